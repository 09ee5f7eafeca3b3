import { refuseUnlessServicePost } from '../_shared/caller.ts';
import { readBoundedJson } from '../_shared/bounded-json.ts';
import { sameSecret } from '../_shared/constant-time.ts';
import { serviceDatabase } from '../_shared/database.ts';
import { errorResponse, json, methodNotAllowed, serveJson } from '../_shared/http.ts';
import { classifyEvent, eventKey, watiEnvelope } from './events.ts';
import { MicroBatcher } from './micro-batcher.ts';
import { SecretCache } from './secret-cache.ts';
import {
  ingestWith,
  itemKey,
  statusItem,
  type IngestResult,
  type IngestRow,
  type StatusItem,
} from './status-ingest.ts';
import { deferEvent, receiveEvent, redeliverDue, type Handled } from './stored-events.ts';

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

/**
 * Status events (sent, delivered, read, replied, failed) are the bulk of Wati's webhooks: those
 * arriving within a few milliseconds are stored and applied by one database call. While a batch
 * is being written the next one fills up, so batches grow with the load. One flush at a time: it
 * takes one connection of the shared pool (two), the other stays free for secret checks and the
 * other events; a second flush in flight measured no faster and only made batches contend for
 * the same recipients.
 */
const statusBatcher = new MicroBatcher<StatusItem, IngestResult>({
  maxItems: 500,
  maxWaitMs: 3,
  maxInFlight: 1,
  keyOf: itemKey,
  flush: ingestWith(
    (items) =>
      serviceDatabase()<IngestRow[]>`
        select * from private.ingest_status_events(${serviceDatabase().json(items as never)})`,
    (item, error) =>
      deferEvent(
        serviceDatabase(),
        { organizationId: item.org, key: item.key, eventType: item.type, payload: item.payload },
        error,
      ),
  ),
});

async function ingestStatus(item: StatusItem): Promise<Handled> {
  const { result, repeated } = await statusBatcher.submit(item);
  // The database could not be reached: Wati gets a 500 and sends the event again.
  if ('failed' in result) throw result.failed;
  return repeated || result.duplicate ? { duplicate: true } : result;
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
  const handled =
    action.kind === 'status'
      ? await ingestStatus(
          statusItem(organizationId, event.key, event.eventType, event.payload, action),
        )
      : await receiveEvent(event, action);
  return json(
    handled.duplicate
      ? { ok: true, duplicate: true }
      : { ok: true, outcome: handled.outcome, reason: handled.reason },
  );
}

Deno.serve(
  serveJson((request) =>
    new URL(request.url).pathname.endsWith('/redeliver') ? redeliver(request) : receive(request),
  ),
);
