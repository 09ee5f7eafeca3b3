import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  randomWaId,
  sandboxTenant,
  type SandboxTenantControl,
} from '../../../test-support/wati/stack-tenant';
import { createTeam, type Team } from '../../../test-support/personas';
import { sql } from '../../../test-support/database';
import { stackInfo } from '../../../test-support/clients';
import { poller } from '../../../test-support/wait';
import { messagesOf } from '../inbox-send/inbox-fixtures.ts';

// No webhook event is lost: an event whose application fails is kept with its error and applied
// when Wati delivers it again or when the redelivery job comes to it; an event that cannot be read
// is kept with the reason and answered 200, so Wati does not send it again for a day.

const waitUntil = poller({ timeoutMs: 45_000, intervalMs: 200 });

interface StoredEvent extends Record<string, unknown> {
  id: string;
  payload: Record<string, unknown>;
  processed_at: Date | null;
  outcome: string | null;
  attempts: number;
  next_attempt_at: Date | null;
  last_error: string | null;
  dead_at: Date | null;
}

let team: Team;
let wati: SandboxTenantControl;

beforeAll(async () => {
  team = await createTeam('event-retry');
  wati = await sandboxTenant(team.organizationId, team.clients.owner);
});

async function addContact(waId: string): Promise<void> {
  const { error } = await team.clients.agent
    .from('contacts')
    .insert({ organization_id: team.organizationId, phone: `+${waId}`, name: 'Aïcha Mbarga' });
  if (error) throw error;
}

async function optInStatusOf(waId: string): Promise<string | undefined> {
  const [row] = await sql<{ opt_in_status: string }>(
    `select opt_in_status from public.contacts where organization_id = $1 and phone = $2`,
    [team.organizationId, `+${waId}`],
  );
  return row?.opt_in_status;
}

async function storedEvent(watiId: unknown): Promise<StoredEvent | undefined> {
  const [row] = await sql<StoredEvent>(
    `select id, payload, processed_at, outcome, attempts, next_attempt_at, last_error, dead_at
     from private.wati_webhook_events where organization_id = $1 and payload ->> 'id' = $2`,
    [team.organizationId, watiId],
  );
  return row;
}

/** How Wati's first delivery of the event was answered, if it was. */
async function deliveryOf(watiId: unknown) {
  const record = (await wati.events()).find((event) => event.payload.id === watiId);
  const delivery = record?.deliveries[0];
  if (delivery?.lastHttpStatus == null) return undefined;
  return { attempts: delivery.attempts, lastHttpStatus: delivery.lastHttpStatus };
}

/** How Wati's first delivery of the event was answered, once it was. */
async function firstDelivery(watiId: unknown) {
  let answered: Awaited<ReturnType<typeof deliveryOf>>;
  await waitUntil(
    async () => (answered = await deliveryOf(watiId)) !== undefined,
    'the delivery of the event',
  );
  return answered!;
}

const confirmationsTo = async (waId: string) =>
  (await wati.messages()).filter((message) => message.waId === waId && message.kind === 'session');

/** What WCAP filed to tell the contact its opt-out is done (queued by SQL, sent after commit). */
const confirmationsFiled = async (waId: string) =>
  (await messagesOf(team.organizationId, waId)).filter((message) => message.author === 'system');

/**
 * Wati delivers a STOP while the test holds the contact's row; the application, waiting for it,
 * is cancelled (as a statement timeout or an operator would): it fails once. Returns the event.
 */
async function stopThatFailsOnce(waId: string): Promise<Record<string, unknown>> {
  const holder = new pg.Client({ connectionString: stackInfo().dbUrl });
  await holder.connect();
  try {
    await holder.query('begin');
    await holder.query(
      `select id from public.contacts where organization_id = $1 and phone = $2 for update`,
      [team.organizationId, `+${waId}`],
    );
    const event = await wati.inbound(waId, 'STOP');
    const holderPid = (await holder.query<{ pid: number }>('select pg_backend_pid() as pid'))
      .rows[0]!.pid;
    // Every batch of contact events that waits for the test, or for another writer waiting for
    // it (the contact sync), is cancelled until Wati's delivery of the STOP is answered. The STOP
    // and Wati's notice of a first message may come in one batch: cancelled, it is tried again in
    // halves, each of which waits and is cancelled in turn, so the STOP itself fails once.
    let answered: Awaited<ReturnType<typeof deliveryOf>>;
    await waitUntil(async () => {
      answered = await deliveryOf(event.id);
      if (answered) return true;
      await sql(
        `with recursive waiting (pid) as (
           select pid from pg_stat_activity where $1 = any (pg_blocking_pids(pid))
           union
           select a.pid from pg_stat_activity a join waiting w on w.pid = any (pg_blocking_pids(a.pid))
         )
         select pg_cancel_backend(pid) from pg_stat_activity join waiting using (pid)
         where query like '%ingest_contact_messages%'`,
        [holderPid],
      );
      return false;
    }, 'the opt-out waiting for the contact, cancelled');
    expect(answered).toEqual({ attempts: 1, lastHttpStatus: 200 });
    return event;
  } finally {
    await holder.query('rollback');
    await holder.end();
  }
}

async function expectConfirmedOnce(waId: string, watiId: unknown): Promise<void> {
  await waitUntil(
    async () => (await storedEvent(watiId))?.outcome?.includes('send:') ?? false,
    'the opt-out confirmation',
  );
  expect((await storedEvent(watiId))!.outcome).toBe('opt_out send:sent');
  const [filed, ...more] = await confirmationsFiled(waId);
  expect(more).toEqual([]);
  const sent = await confirmationsTo(waId);
  expect(sent.map(({ text, localMessageId }) => ({ text, localMessageId }))).toEqual([
    { text: filed!.body, localMessageId: filed!.local_message_id },
  ]);
}

describe('a webhook event whose application fails once', () => {
  it('is kept with its error, answered 200, and applied when Wati delivers it again', async () => {
    const waId = randomWaId();
    await addContact(waId);
    const event = await stopThatFailsOnce(waId);

    const kept = (await storedEvent(event.id))!;
    expect(kept).toMatchObject({
      processed_at: null,
      outcome: null,
      attempts: 1,
      dead_at: null,
      last_error: '57014 canceling statement due to user request',
    });
    expect(kept.next_attempt_at!.getTime()).toBeGreaterThan(Date.now());
    // Nothing of the failed attempt stayed: neither the opt-out nor any message.
    expect(await optInStatusOf(waId)).toBe('opted_in');
    expect(await messagesOf(team.organizationId, waId)).toEqual([]);

    const again = await fetch(wati.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(event),
    });
    expect({ status: again.status, body: await again.json() }).toEqual({
      status: 200,
      body: { ok: true, outcome: 'opt_out' },
    });
    expect(await optInStatusOf(waId)).toBe('opted_out');
    await expectConfirmedOnce(waId, event.id);
    expect(await storedEvent(event.id)).toMatchObject({ attempts: 1, next_attempt_at: null });
  });

  it('is applied by the redelivery job when Wati does not send it again, and confirmed once', async () => {
    const waId = randomWaId();
    await addContact(waId);
    const event = await stopThatFailsOnce(waId);
    expect(await storedEvent(event.id)).toMatchObject({ processed_at: null, attempts: 1 });

    // Its next attempt comes after the back-off (15 s), at the job's next run.
    await waitUntil(
      async () => (await storedEvent(event.id))?.processed_at != null,
      'the redelivery job',
    );
    expect(await optInStatusOf(waId)).toBe('opted_out');
    await expectConfirmedOnce(waId, event.id);
    const [backlog] = await sql<{ n: number }>(
      `select count(*)::int as n from private.wati_webhook_event_backlog where id = $1`,
      [(await storedEvent(event.id))!.id],
    );
    expect(backlog!.n).toBe(0);
  });
});

describe('a webhook event that cannot be read', () => {
  it.each([
    ['a NUL character', 'STOP\u0000', 'STOP\uFFFD'],
    ['a lone surrogate', 'STOP \ud83d', 'STOP \uFFFD'],
  ])(
    'holding %s is answered 200, kept as a dead letter with its reason, and the number can still opt out',
    async (_, text, storedText) => {
      const waId = randomWaId();
      await addContact(waId);
      const event = await wati.inbound(waId, text);

      expect(await firstDelivery(event.id)).toEqual({ attempts: 1, lastHttpStatus: 200 });
      const kept = (await storedEvent(event.id))!;
      expect(kept).toMatchObject({
        processed_at: null,
        attempts: 0,
        next_attempt_at: null,
        last_error:
          'Événement illisible : le champ « text » contient un caractère nul ou un caractère Unicode incomplet.',
      });
      expect(kept.dead_at).toBeInstanceOf(Date);
      expect(kept.payload.text).toBe(storedText);
      const [backlog] = await sql<{ state: string; last_error: string }>(
        `select state, last_error from private.wati_webhook_event_backlog where id = $1`,
        [kept.id],
      );
      expect(backlog).toEqual({ state: 'dead', last_error: kept.last_error });
      expect(await optInStatusOf(waId)).toBe('opted_in');

      const genuine = await wati.inbound(waId, 'STOP');
      await waitUntil(async () => (await optInStatusOf(waId)) === 'opted_out', 'the opt-out');
      expect(await firstDelivery(genuine.id)).toEqual({ attempts: 1, lastHttpStatus: 200 });
    },
  );
});
