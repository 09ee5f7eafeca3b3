import type { RealtimeChannel } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureContact } from '../../../scripts/sandbox/wati/contacts';
import { createMessage } from '../../../scripts/sandbox/wati/messages';
import { createTenant, type SandboxMessage } from '../../../scripts/sandbox/wati/tenant-state';
import {
  sentMessageStatus,
  templateMessageFailed,
  templateMessageSent,
  type WebhookPayload,
} from '../../../scripts/sandbox/wati/webhook-events';
import { organizationWebhookUrl } from '../../../test-support/wati/stack-tenant';
import { createTeam, type Team } from '../../../test-support/personas';
import { sql } from '../../../test-support/database';
import { serviceClient } from '../../../test-support/clients';
import { poller } from '../../../test-support/wait';
import {
  approvedTemplates,
  createDraft,
  dispatchByHand,
  launch,
  postWebhook,
  setSendLimits,
  someContacts,
  type DispatcherByHand,
} from '../../../test-support/campaign-fixtures';

// Status webhooks for a launched campaign, posted as Wati posts them (one event per POST, real
// shapes, the organisation's webhook URL), hundreds at once and out of order: recipients only move
// forward, a duplicate changes nothing, any event proves Wati took the message, and a transient
// failure on the first attempt schedules the one retry under a new local id.

const waitUntil = poller({ timeoutMs: 30_000, intervalMs: 200 });
const RECIPIENTS = 150;
const CONCURRENCY = 100;

interface Recipient {
  id: string;
  local_message_id: string;
  phone: string;
  dispatch: string;
  status: string;
  attempts: number;
  due_at: Date;
  wati_message_id: string | null;
  accepted_at: Date | null;
  sent_at: Date | null;
  delivered_at: Date | null;
  read_at: Date | null;
  replied_at: Date | null;
  failed_at: Date | null;
  failure_code: string | null;
  failure_reason: string | null;
}

interface Answer {
  status: number;
  body: { ok?: boolean; outcome?: string; duplicate?: boolean; error?: unknown };
}

// Each recipient plays one scenario; `first` is posted in one shuffled storm (with duplicates),
// `then` after it, in a second storm.
const scenarios = [
  'read',
  'replied',
  'failedAfterDelivered',
  'readBeforeSent',
  'permanentFailure',
  'transientFailure',
] as const;
type Scenario = (typeof scenarios)[number];

// The times Wati gives the events (whole seconds, as its `timestamp` fields are).
const base = Math.floor(Date.now() / 1000) * 1000 - 3_600_000;
const at = {
  sent: new Date(base + 1_000),
  delivered: new Date(base + 2_000),
  read: new Date(base + 3_000),
  replied: new Date(base + 4_000),
  failed: new Date(base + 5_000),
  late: new Date(base + 6_000),
};

let team: Team;
let webhookUrl: string;
let campaignId: string;
let dispatcher: DispatcherByHand;
const tenant = createTenant({ id: 'campaign-status' });
const template = tenant.templates.find((candidate) => candidate.name === 'bienvenue')!;

/**
 * The Wati message each attempt became (by local message id), so that its events carry Wati's ids
 * as real ones do.
 */
const messages = new Map<string, SandboxMessage>();
function messageOf(recipient: Recipient): SandboxMessage {
  let message = messages.get(recipient.local_message_id);
  if (!message) {
    const contact = ensureContact(tenant, recipient.phone.slice(1), 'Contact');
    message = createMessage(contact, {
      kind: 'template',
      type: 'template',
      text: 'Bonjour, bienvenue.',
      localMessageId: recipient.local_message_id,
      templateId: template.id,
      templateName: template.name,
    });
    messages.set(recipient.local_message_id, message);
  }
  return message;
}

type EventName = 'sent' | 'delivered' | 'read' | 'replied' | 'late-delivered' | 'late-sent';

function event(recipient: Recipient, name: EventName, failedCode?: string): WebhookPayload {
  const message = messageOf(recipient);
  const contact = tenant.contacts.get(message.waId)!;
  if (failedCode) {
    const failed = { ...message, failedCode, failedDetail: `Meta error ${failedCode}` };
    return templateMessageFailed(tenant, failed, contact, at.failed);
  }
  switch (name) {
    case 'sent':
      return templateMessageSent(tenant, message, template, at.sent);
    case 'late-sent':
      return templateMessageSent(tenant, message, template, at.late);
    case 'delivered':
      return sentMessageStatus(tenant, message, contact, 'DELIVERED', at.delivered);
    case 'late-delivered':
      return sentMessageStatus(tenant, message, contact, 'DELIVERED', at.late);
    case 'read':
      return sentMessageStatus(tenant, message, contact, 'READ', at.read);
    case 'replied':
      return sentMessageStatus(tenant, message, contact, 'REPLIED', at.replied);
  }
}

const transientCode = (index: number) => (index % 2 === 0 ? '131016' : '131000');

/** What each scenario posts, in two storms. */
function eventsOf(recipient: Recipient, scenario: Scenario, index: number) {
  const e = (name: EventName, code?: string) => event(recipient, name, code);
  switch (scenario) {
    case 'read':
      return { first: [e('sent'), e('delivered'), e('read')], then: [e('late-delivered')] };
    case 'replied':
      return { first: [e('sent'), e('delivered'), e('read'), e('replied')], then: [] };
    case 'failedAfterDelivered':
      return { first: [e('sent'), e('delivered')], then: [e('sent', '131026')] };
    case 'readBeforeSent':
      return { first: [e('read')], then: [e('sent'), e('delivered')] };
    case 'permanentFailure':
      return { first: [e('sent', '131026')], then: [e('late-sent')] };
    case 'transientFailure':
      // The first attempt's late `sent` finds no recipient any more: the retry has a new id.
      return { first: [e('sent', transientCode(index))], then: [e('late-sent')] };
  }
}

const post = (payload: unknown): Promise<Answer> =>
  postWebhook<Answer['body']>(webhookUrl, payload);

/** Posts every payload, `CONCURRENCY` at a time, in the order given; answers in that order. */
async function storm(payloads: unknown[]): Promise<Answer[]> {
  const answers: Answer[] = new Array<Answer>(payloads.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < payloads.length) {
        const index = next++;
        answers[index] = await post(payloads[index]);
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

function recipients(): Promise<Recipient[]> {
  return sql<Recipient & Record<string, unknown>>(
    `select id, local_message_id, phone, dispatch, status, attempts, due_at, wati_message_id,
            accepted_at, sent_at, delivered_at, read_at, replied_at, failed_at, failure_code,
            failure_reason
     from public.campaign_recipients where campaign_id = $1 order by id`,
    [campaignId],
  );
}

async function progress(): Promise<Record<string, unknown>> {
  const { data, error } = await serviceClient().rpc('campaign_progress', {
    campaign_id: campaignId,
  });
  if (error) throw new Error(error.message);
  return data as Record<string, unknown>;
}

beforeAll(async () => {
  team = await createTeam('campaign-status');
  const org = team.organizationId;
  webhookUrl = await organizationWebhookUrl(org, team.clients.owner);
  const templates = await approvedTemplates(org);
  // Marked as already at Wati, so the background contact sync leaves them alone.
  await someContacts(org, RECIPIENTS);

  // The test plays the dispatcher: no real one touches the organisation meanwhile.
  dispatcher = await dispatchByHand(org, '10 minutes');
  await setSendLimits(org, {
    messagesPerSecond: 10000,
    watiCallsPer10s: 100,
    dailyRecipients: null,
  });

  const draft = await createDraft({ ...team, templates }, { name: 'Statuts dans le désordre' });
  campaignId = draft.id;
  await launch(serviceClient(), campaignId);

  // One batch claimed; Wati's answer: a third accepted, a third unknown (timeout), a third never
  // reported (the dispatcher died mid-batch, still claimed).
  const batch = await dispatcher.claimBatch();
  const claimed = batch.recipients.map((recipient) => recipient.id).sort();
  const results = claimed.flatMap((id, index) =>
    index % 3 === 0 ? [] : [{ id, outcome: index % 3 === 1 ? 'unknown' : 'accepted' } as const],
  );
  await dispatcher.finish({ campaignId, batchName: batch.batchName, results });
});

afterAll(async () => {
  if (dispatcher) await dispatcher.release();
});

describe('campaign status webhooks', () => {
  it('move recipients forward only, whatever the order, and a duplicate changes nothing', async () => {
    const before = await recipients();
    expect(before).toHaveLength(RECIPIENTS);
    expect(new Set(before.map((row) => row.dispatch))).toEqual(
      new Set(['claimed', 'unknown', 'accepted']),
    );
    expect(before.every((row) => row.attempts === 1)).toBe(true);

    const scenarioOf = new Map<string, Scenario>();
    const scenarioOfEvent = new Map<WebhookPayload, Scenario>();
    const first: WebhookPayload[] = [];
    const then: WebhookPayload[] = [];
    before.forEach((recipient, index) => {
      const scenario = scenarios[index % scenarios.length]!;
      scenarioOf.set(recipient.id, scenario);
      const planned = eventsOf(recipient, scenario, index);
      first.push(...planned.first);
      then.push(...planned.then);
      for (const payload of [...planned.first, ...planned.then]) {
        scenarioOfEvent.set(payload, scenario);
      }
    });
    const beforeById = new Map(before.map((row) => [row.id, row]));

    // Progress as members see it live: published once a second when webhooks changed it.
    const [{ progress_topic: topic }] = (await sql<{ progress_topic: string }>(
      `select progress_topic from public.campaigns where id = $1`,
      [campaignId],
    )) as [{ progress_topic: string }];
    const published: Array<Record<string, unknown>> = [];
    const channel: RealtimeChannel = team.clients.viewer
      .channel(topic, { config: { private: true } })
      .on('broadcast', { event: 'progress' }, ({ payload }) => {
        published.push(payload as Record<string, unknown>);
      });
    await new Promise<void>((resolve, reject) => {
      channel.subscribe((state) => {
        if (state === 'SUBSCRIBED') resolve();
        else if (state === 'CHANNEL_ERROR' || state === 'TIMED_OUT') reject(new Error(state));
      });
    });

    // Storm 1: every event shuffled, a third of them twice.
    const twice = first.filter((_, index) => index % 3 === 0);
    const firstAnswers = await storm(shuffled([...first, ...twice]));
    expect(firstAnswers.filter((answer) => answer.status !== 200)).toEqual([]);
    expect(firstAnswers.filter((answer) => answer.body.duplicate === true)).toHaveLength(
      twice.length,
    );
    const afterFirst = new Map((await recipients()).map((row) => [row.id, row]));

    // Storm 2: what arrives after (delivered after read, failed after delivered, sent after read,
    // the first attempt's late events).
    const thenOrder = shuffled(then);
    const thenAnswers = await storm(thenOrder);
    expect(thenAnswers.filter((answer) => answer.status !== 200)).toEqual([]);
    // The first attempt's late `sent` after a transient failure matches nothing: the retry
    // has its own local id.
    const late = thenOrder.flatMap((payload, index) =>
      scenarioOfEvent.get(payload) === 'transientFailure' ? [thenAnswers[index]!.body] : [],
    );
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((body) => body.ok === true && body.outcome === 'unmatched')).toBe(true);
    const final = await recipients();

    for (const row of final) {
      const scenario = scenarioOf.get(row.id)!;
      const earlier = afterFirst.get(row.id)!;
      const was = beforeById.get(row.id)!;
      const context = `${scenario} (${was.dispatch})`;
      const stamps = [row.sent_at, row.delivered_at, row.read_at, row.replied_at].filter(
        (stamp): stamp is Date => stamp !== null,
      );
      // Each later step happened no earlier than the one before it.
      for (let i = 1; i < stamps.length; i += 1) {
        expect(stamps[i]!.getTime(), context).toBeGreaterThanOrEqual(stamps[i - 1]!.getTime());
      }
      // Wati's message id is kept: any event is evidence that Wati took the message.
      expect(row.wati_message_id, context).toBe(messages.get(was.local_message_id)!.id);

      switch (scenario) {
        case 'read':
        case 'replied':
        case 'failedAfterDelivered':
        case 'readBeforeSent': {
          const expected = {
            read: 'read',
            replied: 'replied',
            failedAfterDelivered: 'delivered',
            readBeforeSent: 'read',
          }[scenario];
          expect(row, context).toMatchObject({
            status: expected,
            dispatch: 'accepted',
            attempts: 1,
            local_message_id: was.local_message_id,
            failed_at: null,
            failure_code: null,
            failure_reason: null,
          });
          expect(row.sent_at, context).not.toBeNull();
          expect(row.accepted_at, context).not.toBeNull();
          // Nothing that came after moved a step already recorded.
          for (const field of ['sent_at', 'delivered_at', 'read_at', 'replied_at'] as const) {
            expect(row[field], `${context} ${field}`).toEqual(earlier[field]);
          }
          if (scenario === 'readBeforeSent') {
            expect(row.sent_at).toEqual(at.read);
            expect(row.delivered_at).toEqual(at.read);
          }
          if (scenario === 'replied') expect(row.replied_at).toEqual(at.replied);
          break;
        }
        case 'permanentFailure':
          expect(row, context).toMatchObject({
            status: 'failed',
            dispatch: 'accepted',
            attempts: 1,
            local_message_id: was.local_message_id,
            failed_at: at.failed,
            failure_code: '131026',
            failure_reason: expect.stringMatching(/non délivrable/),
          });
          // A `sent` arriving after the failure does not revive the message.
          expect(row.failed_at).toEqual(earlier.failed_at);
          break;
        case 'transientFailure':
          // Sent again once, later, under a new id; the first attempt's late events miss it.
          expect(row, context).toMatchObject({
            status: 'queued',
            dispatch: 'pending',
            attempts: 1,
            local_message_id: `${row.id}-2`,
            failed_at: null,
            sent_at: null,
          });
          expect(row.due_at.getTime(), context).toBeGreaterThan(Date.now() + 5 * 60_000);
          break;
      }
    }

    // Storm 3: Wati delivers everything again; nothing changes.
    const again = await storm(shuffled([...first, ...then]));
    expect(again.every((answer) => answer.status === 200 && answer.body.duplicate === true)).toBe(
      true,
    );
    expect(await recipients()).toEqual(final);
    const [stored] = await sql<{ events: number; keys: number; unprocessed: number }>(
      `select count(*)::int as events, count(distinct event_key)::int as keys,
              count(*) filter (where processed_at is null)::int as unprocessed
       from private.wati_webhook_events where organization_id = $1`,
      [team.organizationId],
    );
    expect(stored).toEqual({
      events: first.length + then.length,
      keys: first.length + then.length,
      unprocessed: 0,
    });

    // The campaign's progress was marked as changed and reached its members.
    const expected = await progress();
    expect(expected).toMatchObject({
      total: RECIPIENTS,
      remaining: final.filter((row) => row.dispatch === 'pending').length,
      read: final.filter((row) => ['read', 'replied'].includes(row.status)).length,
      failed: final.filter((row) => row.status === 'failed').length,
    });
    await waitUntil(
      () =>
        published.some(
          (payload) =>
            payload.read === expected.read &&
            payload.failed === expected.failed &&
            payload.remaining === expected.remaining,
        ),
      'the progress broadcast after the webhooks',
    );
    await team.clients.viewer.removeChannel(channel);
  });

  it('retries a transient failure once: on the second attempt it is final', async () => {
    const [retried] = await sql<{ id: string }>(
      `select id from public.campaign_recipients
       where campaign_id = $1 and dispatch = 'pending' and local_message_id like '%-2' limit 1`,
      [campaignId],
    );
    expect(retried).toBeDefined();
    // Its retry comes due, and the dispatcher sends it again.
    await sql(`update public.campaign_recipients set due_at = now() where id = $1`, [retried!.id]);
    const batch = await dispatcher.claimBatch();
    expect(batch.recipients).toEqual([
      expect.objectContaining({ id: retried!.id, localMessageId: `${retried!.id}-2` }),
    ]);
    await dispatcher.finish({
      campaignId,
      batchName: batch.batchName,
      results: [{ id: retried!.id, outcome: 'accepted' }],
    });

    const [row] = await sql<Recipient & Record<string, unknown>>(
      `select * from public.campaign_recipients where id = $1`,
      [retried!.id],
    );
    expect(row!.local_message_id).toBe(`${retried!.id}-2`);
    const answer = await post(event(row!, 'sent', '131016'));
    expect(answer).toEqual({ status: 200, body: { ok: true, outcome: 'status:failed' } });
    const [final] = await sql<Recipient & Record<string, unknown>>(
      `select * from public.campaign_recipients where id = $1`,
      [retried!.id],
    );
    expect(final).toMatchObject({
      status: 'failed',
      dispatch: 'accepted',
      attempts: 2,
      local_message_id: `${retried!.id}-2`,
      failure_code: '131016',
      failure_reason: 'Service WhatsApp momentanément indisponible.',
    });
  });
});
