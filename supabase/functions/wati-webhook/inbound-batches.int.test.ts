import { beforeAll, describe, expect, it } from 'vitest';
import { organizationWebhookUrl, randomWaId } from '../../../test-support/wati/stack-tenant';
import { createTeam, type Team } from '../../../test-support/personas';
import { sql } from '../../../test-support/database';
import { poller } from '../../../test-support/wait';

// Messages contacts write arrive in bursts: those reaching the webhook together are filed by one
// database call (private.ingest_contact_messages). Each is still filed once, in its contact's one
// conversation and in the order the contact wrote; one that cannot be filed is kept alone for
// another try while the others of its batch are filed.

const waitUntil = poller({ timeoutMs: 45_000, intervalMs: 200 });

interface Answer {
  status: number;
  body: { ok?: boolean; outcome?: string; duplicate?: boolean };
}

/** A contact's text message as Wati posts it (`message`), written at `at`. */
function message(waId: string, text: string, at: Date): Record<string, unknown> {
  return {
    eventType: 'message',
    id: crypto.randomUUID().replaceAll('-', '').slice(0, 24),
    created: at.toISOString(),
    whatsappMessageId: `wamid.${crypto.randomUUID()}`,
    conversationId: crypto.randomUUID(),
    ticketId: crypto.randomUUID(),
    text,
    type: 'text',
    data: null,
    timestamp: String(Math.floor(at.getTime() / 1000)),
    owner: false,
    eventDescription: null,
    waId,
    senderName: `Client ${waId.slice(-4)}`,
    replyContextId: '',
  };
}

/** Numbers no other contact of the test has. */
function distinctWaIds(count: number): string[] {
  const numbers = new Set<string>();
  while (numbers.size < count) numbers.add(randomWaId());
  return [...numbers];
}

async function post(url: string, event: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(event),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

/** Posts every event at once; the answers in the same order. */
const burst = (url: string, events: Record<string, unknown>[]): Promise<Answer[]> =>
  Promise.all(events.map((event) => post(url, event)));

interface StoredEvent extends Record<string, unknown> {
  wati_id: string;
  processed_at: Date | null;
  outcome: string | null;
  attempts: number;
  last_error: string | null;
}

async function storedEvents(organizationId: string): Promise<Map<string, StoredEvent>> {
  const rows = await sql<StoredEvent>(
    `select payload ->> 'id' as wati_id, processed_at, outcome, attempts, last_error
     from private.wati_webhook_events where organization_id = $1 and event_type = 'message'`,
    [organizationId],
  );
  return new Map(rows.map((row) => [row.wati_id, row]));
}

describe('a burst of messages from many contacts', () => {
  let team: Team;
  let webhookUrl: string;

  beforeAll(async () => {
    team = await createTeam('inbound-burst');
    webhookUrl = await organizationWebhookUrl(team.organizationId, team.clients.owner);
  });

  it('files each message once, in its contact’s one conversation, in the order written', async () => {
    const contacts = distinctWaIds(100);
    const start = Date.now() - 60_000;
    // Each contact writes three messages, a second apart.
    const written = contacts.map((waId, c) =>
      [1, 2, 3].map((n) =>
        message(waId, `Contact ${c}, message ${n}`, new Date(start + c * 10 + n * 1000)),
      ),
    );
    const first = written.map((messages) => messages[0]!);
    const second = written.map((messages) => messages[1]!);
    const third = written.map((messages) => messages[2]!);

    // Each contact's first two messages come together, and Wati sends every first one twice
    // (a retry racing the original): 300 posts at once. The third messages follow, with a late
    // copy of every second one.
    const together = await burst(webhookUrl, [...first, ...second, ...first]);
    const after = await burst(webhookUrl, [...third, ...second]);

    expect(new Set([...together, ...after].map((answer) => answer.status))).toEqual(new Set([200]));
    const outcomes = new Map<unknown, string[]>();
    [...first, ...second, ...first, ...third, ...second].forEach((event, index) => {
      const { body } = [...together, ...after][index]!;
      const list = outcomes.get(event.id) ?? [];
      list.push(body.duplicate ? 'duplicate' : (body.outcome ?? 'none'));
      outcomes.set(event.id, list);
    });
    for (const event of [...first, ...second]) {
      expect(outcomes.get(event.id)!.sort()).toEqual(['duplicate', 'inbound']);
    }
    for (const event of third) expect(outcomes.get(event.id)).toEqual(['inbound']);

    const filed = await sql<{ phone: string; conversation_id: string; body: string; n: number }>(
      `select k.phone, m.conversation_id, m.body,
              count(*) over (partition by m.wati_message_id)::int as n
       from public.messages m join public.contacts k on k.id = m.contact_id
       where m.organization_id = $1 and m.author = 'contact'
       order by k.phone, m.created_at, m.id`,
      [team.organizationId],
    );
    expect(filed).toHaveLength(300);
    expect(filed.every((row) => row.n === 1)).toBe(true);
    const byContact = new Map<string, { conversations: Set<string>; bodies: string[] }>();
    for (const row of filed) {
      const entry = byContact.get(row.phone) ?? { conversations: new Set(), bodies: [] };
      entry.conversations.add(row.conversation_id);
      entry.bodies.push(row.body);
      byContact.set(row.phone, entry);
    }
    contacts.forEach((waId, c) => {
      const entry = byContact.get(`+${waId}`)!;
      expect(entry.conversations.size).toBe(1);
      expect(entry.bodies).toEqual([1, 2, 3].map((n) => `Contact ${c}, message ${n}`));
    });

    const conversations = await sql<{ phone: string; preview: string; total: number }>(
      `select k.phone, c.last_message_preview as preview,
              count(*) over (partition by c.contact_id)::int as total
       from public.conversations c join public.contacts k on k.id = c.contact_id
       where c.organization_id = $1`,
      [team.organizationId],
    );
    expect(conversations).toHaveLength(100);
    for (const [c, waId] of contacts.entries()) {
      const conversation = conversations.find((row) => row.phone === `+${waId}`)!;
      // The last message written was filed last: the conversation shows it.
      expect(conversation).toEqual({
        phone: `+${waId}`,
        preview: `Contact ${c}, message 3`,
        total: 1,
      });
    }

    const stored = await storedEvents(team.organizationId);
    expect(stored.size).toBe(300);
    for (const event of stored.values()) {
      expect(event).toMatchObject({ outcome: 'inbound', attempts: 0, last_error: null });
      expect(event.processed_at).toBeInstanceOf(Date);
    }
  });
});

describe('a message that cannot be filed, in a burst', () => {
  let team: Team;
  let webhookUrl: string;
  // 2025-12-16 is a Tuesday, 2025-12-15 a Monday (13:00 in Douala, the organisation's time zone).
  const tuesday = new Date('2025-12-16T12:00:00.000Z');
  const monday = new Date('2025-12-15T12:00:00.000Z');

  beforeAll(async () => {
    team = await createTeam('inbound-poison');
    webhookUrl = await organizationWebhookUrl(team.organizationId, team.clients.owner);
    // An away message, and office hours whose Monday cannot be read: filing a message written on
    // a Monday fails (private.within_office_hours), those written on a Tuesday (office hours all
    // day: no away message) are filed.
    await sql(
      `update public.inbox_settings
       set away_enabled = true, away_message = 'Nous sommes fermés.',
           office_hours = '{"1": "fermé", "2": [{"open": "00:00", "close": "24:00"}]}'::jsonb
       where organization_id = $1`,
      [team.organizationId],
    );
  });

  it('is kept alone for another try while the rest of its batch is filed', async () => {
    const [poisonWaId, ...contacts] = distinctWaIds(41) as [string, ...string[]];
    const fine = contacts.map((waId, c) =>
      message(waId, `Bonjour ${c}`, new Date(tuesday.getTime() + c)),
    );
    const poison = message(poisonWaId, 'Bonjour lundi', monday);
    const events = [...fine.slice(0, 20), poison, ...fine.slice(20)];

    const answers = await burst(webhookUrl, events);
    expect(answers[20]).toEqual({ status: 200, body: { ok: true, outcome: 'deferred' } });
    expect(answers.filter((_, i) => i !== 20)).toEqual(
      fine.map(() => ({ status: 200, body: { ok: true, outcome: 'inbound' } })),
    );

    const stored = await storedEvents(team.organizationId);
    expect(stored.get(poison.id as string)).toMatchObject({
      processed_at: null,
      outcome: null,
      attempts: 1,
      last_error: '22023 cannot extract elements from a scalar',
    });
    for (const event of fine) {
      expect(stored.get(event.id as string)).toMatchObject({ outcome: 'inbound', attempts: 0 });
    }
    const filed = await sql<{ phone: string; body: string }>(
      `select k.phone, m.body from public.messages m join public.contacts k on k.id = m.contact_id
       where m.organization_id = $1 and m.author = 'contact' order by m.created_at`,
      [team.organizationId],
    );
    expect(filed).toEqual(contacts.map((waId, c) => ({ phone: `+${waId}`, body: `Bonjour ${c}` })));

    // Once the office hours are fixed, Wati's next delivery of the event files it.
    await sql(
      `update public.inbox_settings
       set office_hours = '{"1": [{"open": "00:00", "close": "24:00"}]}'::jsonb
       where organization_id = $1`,
      [team.organizationId],
    );
    expect(await post(webhookUrl, poison)).toEqual({
      status: 200,
      body: { ok: true, outcome: 'inbound' },
    });
    await waitUntil(
      async () =>
        (await storedEvents(team.organizationId)).get(poison.id as string)?.outcome === 'inbound',
      'the message kept for another try, filed',
    );
    const [kept] = await sql<{ body: string }>(
      `select m.body from public.messages m join public.contacts k on k.id = m.contact_id
       where k.organization_id = $1 and k.phone = $2 and m.author = 'contact'`,
      [team.organizationId, `+${poisonWaId}`],
    );
    expect(kept).toEqual({ body: 'Bonjour lundi' });
  });
});
