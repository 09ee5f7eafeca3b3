import { beforeAll, describe, expect, it } from 'vitest';
import { organizationWebhookUrl } from '../../../test-support/wati/stack-tenant';
import { createTeam, type Team } from '../../../test-support/personas';
import { sql } from '../../../test-support/database';
import { poller } from '../../../test-support/wait';
import { queuedMessages } from '../inbox-send/inbox-fixtures.ts';

// Status webhooks of every organisation are applied together, in batches: what one tenant posts
// to its own webhook URL must never make another tenant's events fail.

const waitUntil = poller({ timeoutMs: 45_000, intervalMs: 200 });
const CONCURRENCY = 40;

interface Answer {
  status: number;
  body: {
    ok?: boolean;
    outcome?: string;
    duplicate?: boolean;
    error?: { code: string; message: string };
  };
}

let team: Team;
let webhookUrl: string;
let strangerWebhookUrl: string;

beforeAll(async () => {
  team = await createTeam('isolation');
  webhookUrl = await organizationWebhookUrl(team.organizationId, team.clients.owner);
  strangerWebhookUrl = await organizationWebhookUrl(
    team.otherOrganizationId,
    team.clients.stranger,
  );
});

async function post(url: string, body: string): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

/** Posts every body, `CONCURRENCY` at a time; the answers in the same order. */
async function storm(posts: Array<{ url: string; body: string }>): Promise<Answer[]> {
  const answers = new Array<Answer>(posts.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < posts.length) {
        const index = next++;
        answers[index] = await post(posts[index]!.url, posts[index]!.body);
      }
    }),
  );
  return answers;
}

function shuffled<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Outbound messages of the organisation, queued, waiting for their status webhooks. */
async function outboundMessages(label: string, count: number): Promise<string[]> {
  const localIds = Array.from(
    { length: count },
    (_, index) => `${label}-${crypto.randomUUID()}-${index}`,
  );
  // Agents' replies: the sweep of WCAP's own queued messages (every 5 s) leaves them alone.
  await queuedMessages(team.organizationId, '+237690000123', localIds, { author: 'agent' });
  return localIds;
}

/** `sentMessageDELIVERED_v2` as Wati posts it (reference §9.4). */
const delivered = (localMessageId: string) =>
  JSON.stringify({
    eventType: 'sentMessageDELIVERED_v2',
    statusString: 'Delivered',
    localMessageId,
    id: crypto.randomUUID().replaceAll('-', '').slice(0, 24),
    whatsappMessageId: `wamid.${crypto.randomUUID()}`,
    text: 'Bonjour, bienvenue.',
    type: 'text',
    timestamp: String(Math.floor(Date.now() / 1000)),
    channelId: null,
    channelPhoneNumber: '237650000000',
  });

async function statuses(localIds: string[]): Promise<Map<string, string>> {
  const rows = await sql<{ local_message_id: string; status: string }>(
    `select local_message_id, status from public.messages
     where organization_id = $1 and local_message_id = any ($2)`,
    [team.organizationId, localIds],
  );
  return new Map(rows.map((row) => [row.local_message_id, row.status]));
}

const storedEvent = async (localMessageId: string) =>
  (
    await sql<{
      processed_at: Date | null;
      outcome: string | null;
      attempts: number;
      last_error: string | null;
      next_attempt_at: Date | null;
      dead_at: Date | null;
    }>(
      `select processed_at, outcome, attempts, last_error, next_attempt_at, dead_at
       from private.wati_webhook_events
       where organization_id = $1 and payload ->> 'localMessageId' = $2`,
      [team.organizationId, localMessageId],
    )
  )[0];

describe('one tenant’s webhook cannot make another tenant’s fail', () => {
  it('refuses a stranger’s 20,000-level status events while every genuine one is applied', async () => {
    const localIds = await outboundMessages('genuine', 120);
    const deep = (kind: 'objects' | 'arrays', index: number) => {
      const [open, close] = kind === 'objects' ? ['{"a":', '}'] : ['[', ']'];
      const nested = `${open.repeat(20_000)}1${close.repeat(20_000)}`;
      return `{"eventType":"sentMessageDELIVERED_v2","statusString":"Delivered","localMessageId":"hostile-${kind}-${index}","timestamp":"${Math.floor(Date.now() / 1000)}","data":${nested}}`;
    };
    const hostile = Array.from({ length: 20 }, (_, index) => [
      { url: strangerWebhookUrl, body: deep('arrays', index), expected: 'arrays' as const },
      { url: strangerWebhookUrl, body: deep('objects', index), expected: 'objects' as const },
    ]).flat();
    const genuine = localIds.map((localId) => ({
      url: webhookUrl,
      body: delivered(localId),
      expected: 'genuine' as const,
    }));
    const posts = shuffled([...genuine, ...hostile]);

    const answers = await storm(posts);

    const byKind = (kind: 'genuine' | 'arrays' | 'objects') =>
      answers.filter((_, index) => posts[index]!.expected === kind);
    expect(byKind('genuine')).toEqual(
      genuine.map(() => ({ status: 200, body: { ok: true, outcome: 'status:delivered' } })),
    );
    // Nested arrays are small (40 kB): refused for their depth, before anything reads them.
    expect(byKind('arrays')).toEqual(
      Array.from({ length: 20 }, () => ({
        status: 422,
        body: {
          error: {
            code: 'payload_too_deep',
            message: 'Événement refusé : plus de 32 niveaux d’objets imbriqués.',
          },
        },
      })),
    );
    // Nested objects take 120 kB: refused for their size.
    expect(byKind('objects')).toEqual(
      Array.from({ length: 20 }, () => ({
        status: 413,
        body: {
          error: {
            code: 'payload_too_large',
            message: 'Événement trop volumineux : 64 Kio au plus.',
          },
        },
      })),
    );

    const applied = await statuses(localIds);
    expect(localIds.filter((localId) => applied.get(localId) !== 'delivered')).toEqual([]);
    const [stranger] = await sql<{ n: number }>(
      `select count(*)::int as n from private.wati_webhook_events where organization_id = $1`,
      [team.otherOrganizationId],
    );
    expect(stranger!.n).toBe(0);
  });

  it('keeps apart an event the database refuses, whatever the error, and applies it later', async () => {
    const localIds = await outboundMessages('batch', 60);
    const [retriedByWati, retriedByJob] = localIds as [string, string];
    // The database refuses these two (stack depth, a class the webhook used to let fail its whole
    // batch), as if something in them were too much for it; only them.
    const trigger = `refuse_status_${crypto.randomUUID().replaceAll('-', '')}`;
    await sql(
      `create function private.${trigger}() returns trigger language plpgsql as $$
       begin raise exception 'stack depth limit exceeded' using errcode = '54001'; end $$;
       create trigger ${trigger} before update on public.messages for each row
       when (old.local_message_id in ('${retriedByWati}', '${retriedByJob}'))
       execute function private.${trigger}()`,
    );
    const bodies = new Map(localIds.map((localId) => [localId, delivered(localId)]));
    let answers: Answer[];
    try {
      answers = await storm(
        shuffled(localIds).map((localId) => ({ url: webhookUrl, body: bodies.get(localId)! })),
      );
    } finally {
      await sql(`drop trigger ${trigger} on public.messages; drop function private.${trigger}()`);
    }
    expect(answers.filter((answer) => answer.status !== 200)).toEqual([]);
    expect(answers.filter((answer) => answer.body.outcome === 'deferred')).toHaveLength(2);
    const applied = await statuses(localIds);
    expect(localIds.filter((localId) => applied.get(localId) !== 'delivered')).toEqual([
      retriedByWati,
      retriedByJob,
    ]);
    for (const localId of [retriedByWati, retriedByJob]) {
      const event = (await storedEvent(localId))!;
      expect(event).toMatchObject({
        processed_at: null,
        outcome: null,
        attempts: 1,
        dead_at: null,
        last_error: '54001 stack depth limit exceeded',
      });
      expect(event.next_attempt_at!.getTime()).toBeGreaterThan(Date.now());
    }

    // Wati delivers one again: it is applied now.
    expect(await post(webhookUrl, bodies.get(retriedByWati)!)).toEqual({
      status: 200,
      body: { ok: true, outcome: 'status:delivered' },
    });
    // Its next attempt comes (as ops would bring it forward): the redelivery job applies the other.
    await sql(
      `update private.wati_webhook_events set next_attempt_at = now()
       where organization_id = $1 and payload ->> 'localMessageId' = $2`,
      [team.organizationId, retriedByJob],
    );
    await waitUntil(
      async () => (await storedEvent(retriedByJob))?.processed_at != null,
      'the redelivery job',
    );
    expect(await statuses([retriedByWati, retriedByJob])).toEqual(
      new Map([
        [retriedByWati, 'delivered'],
        [retriedByJob, 'delivered'],
      ]),
    );
    expect(await storedEvent(retriedByJob)).toMatchObject({
      outcome: 'status:delivered',
      next_attempt_at: null,
      dead_at: null,
    });
  });
});
