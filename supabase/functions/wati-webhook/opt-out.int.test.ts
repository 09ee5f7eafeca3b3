import { beforeAll, describe, expect, it } from 'vitest';
import {
  randomWaId,
  sandboxTenant,
  type SandboxTenantControl,
} from '../../../test-support/wati/stack-tenant';
import { createTeam, type Team } from '../../../test-support/personas';
import { sql } from '../../../test-support/database';
import { poller } from '../../../test-support/wait';
import { messagesOf } from '../inbox-send/inbox-fixtures.ts';

const waitUntil = poller({ timeoutMs: 15_000, intervalMs: 150 });

interface ContactRow {
  id: string;
  opt_in_status: string;
  opt_in_source: string;
  opted_out_at: Date | null;
  last_seen_at: Date | null;
  name: string | null;
}

let team: Team;
let wati: SandboxTenantControl;

beforeAll(async () => {
  team = await createTeam('opt-out');
  wati = await sandboxTenant(team.organizationId, team.clients.owner);
});

async function addContact(waId: string): Promise<string> {
  const { data, error } = await team.clients.agent
    .from('contacts')
    .insert({ organization_id: team.organizationId, phone: `+${waId}`, name: 'Moïse Nkodo' })
    .select('id')
    .single();
  if (error) throw error;
  return data.id as string;
}

async function contactOf(waId: string): Promise<ContactRow | undefined> {
  const [row] = await sql<ContactRow & Record<string, unknown>>(
    `select id, opt_in_status, opt_in_source, opted_out_at, last_seen_at, name
     from public.contacts where organization_id = $1 and phone = $2`,
    [team.organizationId, `+${waId}`],
  );
  return row;
}

/** The outcome kept beside the `message` event the number sent last (undefined until filed). */
async function outcomeOf(waId: string): Promise<string | undefined> {
  const [row] = await sql<{ outcome: string | null }>(
    `select outcome from private.wati_webhook_events
     where organization_id = $1 and event_type = 'message' and payload ->> 'waId' = $2
     order by id desc limit 1`,
    [team.organizationId, waId],
  );
  return row?.outcome ?? undefined;
}

const confirmationsTo = async (waId: string) =>
  (await wati.messages()).filter((message) => message.waId === waId && message.kind === 'session');

/**
 * The contact was told, once, in French: the confirmation WCAP filed in the conversation reached
 * Wati under its own local id, and the contact's STOP is shown as such.
 */
async function expectConfirmed(waId: string): Promise<void> {
  await waitUntil(
    async () => (await outcomeOf(waId))?.includes(' send:') ?? false,
    `the confirmation to ${waId}`,
  );
  expect(await outcomeOf(waId)).toBe('opt_out send:sent');
  const messages = await messagesOf(team.organizationId, waId);
  const stop = messages.filter((message) => message.author === 'contact');
  expect(stop.map((message) => message.opt_out)).toEqual([true]);
  const [confirmation, ...more] = messages.filter((message) => message.author === 'system');
  expect(more).toEqual([]);
  expect(confirmation).toMatchObject({
    kind: 'text',
    body: expect.stringMatching(/^Vous êtes désabonné\(e\) : vous ne recevrez plus nos messages\./),
  });
  const sent = await confirmationsTo(waId);
  expect(sent.map(({ text, localMessageId }) => ({ text, localMessageId }))).toEqual([
    { text: confirmation!.body, localMessageId: confirmation!.local_message_id },
  ]);
}

describe('opt-out by WhatsApp keyword', () => {
  it.each(['STOP', 'stop.', 'Arrêt', 'ARRET', 'désabonner'])(
    '« %s » opts the contact out, records who and how, and confirms in French',
    async (text) => {
      const waId = randomWaId();
      const id = await addContact(waId);
      await wati.inbound(waId, text);

      await waitUntil(
        async () => (await contactOf(waId))?.opt_in_status === 'opted_out',
        'the opt-out',
      );
      const contact = (await contactOf(waId))!;
      expect(contact).toMatchObject({ opt_in_source: 'whatsapp', name: 'Moïse Nkodo' });
      expect(contact.opted_out_at).toBeInstanceOf(Date);
      expect(contact.last_seen_at).toBeInstanceOf(Date);

      const history = await sql(
        `select status, source, changed_by from public.contact_consent_events where contact_id = $1`,
        [id],
      );
      expect(history).toEqual([{ status: 'opted_out', source: 'whatsapp', changed_by: null }]);
      await expectConfirmed(waId);

      // The members see the consent history too (viewer and up).
      const { data } = await team.clients.viewer
        .from('contact_consent_events')
        .select('status, source')
        .eq('contact_id', id);
      expect(data).toEqual([{ status: 'opted_out', source: 'whatsapp' }]);
    },
  );

  it('leaves a contact subscribed when the word is only part of a sentence, and notes the visit', async () => {
    const waId = randomWaId();
    await addContact(waId);
    await wati.inbound(waId, 'stop la musique');
    await waitUntil(async () => (await outcomeOf(waId)) === 'inbound', 'the inbound message');
    const contact = (await contactOf(waId))!;
    expect(contact.opt_in_status).toBe('opted_in');
    expect(contact.opted_out_at).toBeNull();
    expect(contact.last_seen_at).toBeInstanceOf(Date);
    expect(await confirmationsTo(waId)).toEqual([]);
  });

  it('creates an unknown number as a contact already opted out, so an import cannot subscribe it', async () => {
    const waId = randomWaId();
    await wati.inbound(waId, 'Stop !', 'Bérénice Fotso');
    await waitUntil(async () => (await contactOf(waId)) !== undefined, 'the new contact');
    const contact = (await contactOf(waId))!;
    expect(contact).toMatchObject({
      opt_in_status: 'opted_out',
      opt_in_source: 'whatsapp',
      name: 'Bérénice Fotso',
    });
    const history = await sql(
      `select status, source, changed_by from public.contact_consent_events where contact_id = $1`,
      [contact.id],
    );
    expect(history).toEqual([{ status: 'opted_out', source: 'whatsapp', changed_by: null }]);
    await expectConfirmed(waId);

    const imported = await team.clients.admin.rpc('import_contacts', {
      organization_id: team.organizationId,
      rows: [{ line: 2, phone: `+${waId}`, name: 'Bérénice F.' }],
      update_existing: true,
    });
    expect(imported.error).toBeNull();
    expect((await contactOf(waId))!.opt_in_status).toBe('opted_out');
  });

  it('changes nothing and sends no second confirmation when Wati delivers the event again', async () => {
    const waId = randomWaId();
    const id = await addContact(waId);
    const event = await wati.inbound(waId, 'DÉSABONNER');
    await expectConfirmed(waId);

    const again = await fetch(wati.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(event),
    });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ ok: true, duplicate: true });
    // A STOP from another number, posted after that answer, confirmed: a (wrong) second
    // confirmation, which the duplicate would have set off first, would be there by now.
    const later = randomWaId();
    await wati.inbound(later, 'STOP');
    await expectConfirmed(later);
    expect(await confirmationsTo(waId)).toHaveLength(1);
    const history = await sql(`select 1 from public.contact_consent_events where contact_id = $1`, [
      id,
    ]);
    expect(history).toHaveLength(1);
  });

  it('keeps the first opt-out source when an opted-out contact writes STOP again', async () => {
    const waId = randomWaId();
    const id = await addContact(waId);
    const { error } = await team.clients.agent.rpc('bulk_update_contacts', {
      organization_id: team.organizationId,
      action: 'opt_out',
      contact_ids: [id],
    });
    expect(error).toBeNull();
    await wati.inbound(waId, 'stop');
    await expectConfirmed(waId);
    expect((await contactOf(waId))!.opt_in_source).toBe('manual');
    const history = await sql(
      `select source from public.contact_consent_events where contact_id = $1`,
      [id],
    );
    expect(history).toEqual([{ source: 'manual' }]);
  });

  it('keeps the opt-out of a new number even when the contact quota is full, and confirms it', async () => {
    const full = await createTeam('opt-out-quota');
    const fullWati = await sandboxTenant(full.organizationId, full.clients.owner);
    const insert = await full.clients.agent
      .from('contacts')
      .insert({ organization_id: full.organizationId, phone: `+${randomWaId()}` });
    expect(insert.error).toBeNull();
    await sql(`update public.organizations set contacts_quota = 1 where id = $1`, [
      full.organizationId,
    ]);

    const waId = randomWaId();
    const event = await fullWati.inbound(waId, 'STOP');
    const outcome = async () =>
      (
        await sql<{ outcome: string | null }>(
          `select outcome from private.wati_webhook_events where organization_id = $1 and payload ->> 'id' = $2`,
          [full.organizationId, event.id],
        )
      )[0]?.outcome;
    await waitUntil(async () => (await outcome())?.includes(' send:') ?? false, 'the opt-out');
    expect(await outcome()).toBe('opt_out send:sent');
    // Wati got its 200: the sandbox delivered the event once, at the first attempt.
    await waitUntil(async () => {
      const record = (await fullWati.events()).find((item) => item.payload.id === event.id);
      const delivery = record?.deliveries[0];
      return delivery?.state === 'delivered' && delivery.attempts === 1;
    }, 'the acknowledged delivery');
    const [count] = await sql<{ n: number }>(
      `select count(*)::int as n from public.contacts where organization_id = $1`,
      [full.organizationId],
    );
    expect(count!.n).toBe(2);
    const [kept] = await sql(
      `select opt_in_status, opt_in_source from public.contacts where organization_id = $1 and phone = $2`,
      [full.organizationId, `+${waId}`],
    );
    expect(kept).toEqual({ opt_in_status: 'opted_out', opt_in_source: 'whatsapp' });
    // The quota still holds for everything else.
    const more = await full.clients.agent
      .from('contacts')
      .insert({ organization_id: full.organizationId, phone: `+${randomWaId()}` });
    expect(more.error?.message).toMatch(/Quota de contacts atteint/);
  });
});
