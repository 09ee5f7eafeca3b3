import { refuseUnlessServicePost } from '../_shared/caller.ts';
import { readBoundedJson } from '../_shared/bounded-json.ts';
import { sameSecret } from '../_shared/constant-time.ts';
import { serviceDatabase } from '../_shared/database.ts';
import { errorResponse, json, methodNotAllowed, serveJson } from '../_shared/http.ts';
import { answerMessage, sweepBot } from '../_shared/bot/runner.ts';
import { answering } from './apply-event.ts';
import {
  ingestWith,
  itemKey,
  type BatchedEvent,
  type Ingested,
  type IngestResult,
  type IngestRow,
} from './batch-ingest.ts';
import { classifyEvent, eventKey, watiEnvelope } from './events.ts';
import { inboundItem, inboundLockOrder, type InboundItem, type InboundRow } from './inbound.ts';
import { MicroBatcher } from '../_shared/micro-batcher.ts';
import { SecretCache } from './secret-cache.ts';
import { statusItem, statusLockOrder, type StatusItem } from './status-ingest.ts';
import { deferEvent, followUp, receiveEvent, redeliverDue, type Handled } from './stored-events.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Wati's events are a few kilobytes and a handful of levels deep. Bounds far above that keep any
// one body from costing the others: a deep one would exhaust the stack of whatever reads it
// (Postgres answers 54001 for a whole batch), a big one the memory of a batch.
const BODY_LIMITS = { maxBytes: 64 * 1024, maxDepth: 32 };

/** Stored events the redelivery job applies again per run. */
const REDELIVERY_BATCH = 100;

// A burst of webhooks checks the secret once, not once per event. A rotated secret therefore
// stops the old webhook URL within 30 s, not immediately.
const verifiedSecrets = new SecretCache({ ttlMs: 30_000, maxEntries: 1_000 });

async function secretMatches(organizationId: string, given: string): Promise<boolean> {
  if (await verifiedSecrets.recentlyMatched(organizationId, given)) return true;
  const [row] = await serviceDatabase()<{ secret: string }[]>`
    select secret from private.webhook_secrets where organization_id = ${organizationId}`;
  // Compare even when there is no secret, so timing says nothing about which organisations exist.
  const matched = await sameSecret(given, row?.secret ?? crypto.randomUUID());
  if (!row || !matched) return false;
  verifiedSecrets.remember(organizationId, given);
  return true;
}

/** Keeps a batched event whose application failed, alone, for another try. */
const deferItem = (item: BatchedEvent, error: unknown): Promise<string | null> =>
  deferEvent(
    serviceDatabase(),
    { organizationId: item.org, key: item.key, eventType: item.type, payload: item.payload },
    error,
  );

/**
 * Status events (sent, delivered, read, replied, failed) are the bulk of Wati's webhooks, and what
 * contacts write (their messages, Wati's notice of a first message) comes in bursts: events of
 * each kind arriving within a few milliseconds are stored and applied by one database call. While
 * a batch is being written the next one fills up, so batches grow with the load. One flush at a
 * time per kind, each holding one of the pool's two connections while it runs: statuses and
 * contacts' messages never wait for each other, and whatever else needs a connection (a secret
 * not checked lately, other events, deferrals, follow-ups, the redelivery job) waits at most for
 * the end of one flush, as postgres.js serves queries in turn. A second flush in flight measured
 * no faster and only made batches contend for the same rows.
 */
function ingestBatcher<I extends BatchedEvent, R extends IngestRow>(
  ingest: (items: I[]) => Promise<R[]>,
  lockOrder: (item: I) => string,
  maxWaitMs: number,
) {
  return new MicroBatcher<I, IngestResult<R>>({
    maxItems: 500,
    maxWaitMs,
    maxInFlight: 1,
    keyOf: itemKey,
    flush: ingestWith(ingest, deferItem, { lockOrder }),
  });
}

const statusBatcher = ingestBatcher<StatusItem, IngestRow>(
  (items) =>
    serviceDatabase()<IngestRow[]>`
      select * from private.ingest_status_events(${serviceDatabase().json(items as never)})`,
  statusLockOrder,
  // Nobody waits on a status: its batches wait longer and grow larger, leaving the connections
  // to what a contact waits for.
  20,
);

const inboundBatcher = ingestBatcher<InboundItem, InboundRow>(
  (items) =>
    serviceDatabase()<InboundRow[]>`
      select * from private.ingest_contact_messages_for_bot(${serviceDatabase().json(items as never)})`,
  inboundLockOrder,
  3,
);

/** What the webhook answers once its event's batch is committed. */
async function submitTo<I, R extends IngestRow>(
  batcher: MicroBatcher<I, IngestResult<R>>,
  item: I,
): Promise<Ingested<R>> {
  const { result, repeated } = await batcher.submit(item);
  // The database could not be reached: Wati gets a 500 and sends the event again.
  if ('failed' in result) throw result.failed;
  return repeated ? { duplicate: true } : result;
}

async function ingestStatus(item: StatusItem): Promise<Handled> {
  const result = await submitTo(statusBatcher, item);
  return result.duplicate ? result : { duplicate: false, outcome: result.outcome };
}

/**
 * A contact's message or first-message notice. Once its batch is committed, what WCAP queued in
 * answer to a message (the opt-out confirmation, the away message) is sent, after the answer to
 * Wati, and its words join the event's outcome.
 */
async function ingestInbound(item: InboundItem): Promise<Handled> {
  const result = await submitTo(inboundBatcher, item);
  if (result.duplicate) return result;
  const answers = answering(result.send);
  const bot = result.bot;
  // The chatbot holds the conversation: it answers the message once Wati has its 200.
  const botTurn = bot
    ? () => answerMessage(bot, inboundLockOrder(item), result.bot_input)
    : undefined;
  followUp(
    { organizationId: item.org, key: item.key },
    answers && botTurn ? async () => `${await answers()} ${await botTurn()}` : (answers ?? botTurn),
  );
  return { duplicate: false, outcome: result.outcome };
}

/** The chatbot's sweep job (private.scheduled_jobs), with the service role key. */
async function sweepChatbot(request: Request): Promise<Response> {
  const refused = await refuseUnlessServicePost(
    request,
    'Le passage du chatbot est réservé au service WCAP.',
  );
  return refused ?? json(await sweepBot());
}

/** The redelivery job (private.scheduled_jobs), with the service role key. */
async function redeliver(request: Request): Promise<Response> {
  const refused = await refuseUnlessServicePost(
    request,
    'La reprise des événements Wati est réservée au service WCAP.',
  );
  return refused ?? json(await redeliverDue(REDELIVERY_BATCH));
}

/**
 * Wati's webhooks for one organisation. Wati signs nothing, so the URL carries the organisation's
 * secret, checked in constant time. A body that cannot be a Wati event (too big, too deep, not a
 * named JSON object) is refused before anything is stored. Each event is then stored once (a
 * retry finds it and changes nothing) and applied; statuses only move forward, whatever order
 * they arrive in. An event that cannot be read, or whose application fails, is kept with its error
 * and answered 200: Wati would otherwise send it again for a day, then mark the URL defective.
 */
async function receive(request: Request): Promise<Response> {
  if (request.method !== 'POST') return methodNotAllowed(['POST', 'OPTIONS']);
  const url = new URL(request.url);
  // Lower case, as Postgres prints uuids: results of a batch are matched by it.
  const organizationId = (url.searchParams.get('org') ?? '').toLowerCase();
  const token = url.searchParams.get('token') ?? '';
  if (!UUID.test(organizationId) || !token || !(await secretMatches(organizationId, token))) {
    return errorResponse(
      401,
      'invalid_webhook_secret',
      'Adresse de webhook invalide : copiez-la à nouveau depuis les paramètres Wati de WCAP.',
    );
  }

  const body = await readBoundedJson(request, BODY_LIMITS);
  if (!body.ok) {
    const { status, code, message } = body.refusal;
    return errorResponse(status, code, message);
  }
  const envelope = watiEnvelope.safeParse(body.value);
  if (!envelope.success) {
    return errorResponse(
      422,
      'invalid_event',
      'Événement refusé : le champ eventType (le nom de l’événement) est absent ou invalide.',
    );
  }
  const event = {
    organizationId,
    key: await eventKey(body.value, body.raw),
    eventType: envelope.data.eventType,
    payload: body.value,
  };
  const action = classifyEvent(body.value);
  const { key, eventType, payload } = event;
  const handled =
    action.kind === 'status'
      ? await ingestStatus(statusItem(organizationId, key, eventType, payload, action))
      : action.kind === 'inbound' || action.kind === 'seen'
        ? await ingestInbound(inboundItem(organizationId, key, eventType, payload, action))
        : await receiveEvent(event, action);
  return json(
    handled.duplicate
      ? { ok: true, duplicate: true }
      : { ok: true, outcome: handled.outcome, reason: handled.reason },
  );
}

Deno.serve(
  serveJson((request) => {
    const { pathname } = new URL(request.url);
    if (pathname.endsWith('/redeliver')) return redeliver(request);
    if (pathname.endsWith('/bot-sweep')) return sweepChatbot(request);
    return receive(request);
  }),
);
