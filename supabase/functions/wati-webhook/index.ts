import { sameSecret } from '../_shared/constant-time.ts';
import { database } from '../_shared/database.ts';
import { errorResponse, json, methodNotAllowed, serveJson } from '../_shared/http.ts';
import { afterResponse } from '../_shared/after-response.ts';
import { confirmOptOut } from './confirmation.ts';
import { classifyEvent, eventKey, type WebhookAction } from './events.ts';
import { contactNumber, receiveMessage, touchContact } from './inbound.ts';
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_BODY_BYTES = 256 * 1024;

// A burst of webhooks checks the secret once, not once per event. A rotated secret therefore
// stops the old webhook URL within 30 s, not immediately.
const verifiedSecrets = new SecretCache({ ttlMs: 30_000, maxEntries: 1_000 });

async function secretMatches(organizationId: string, given: string): Promise<boolean> {
  if (await verifiedSecrets.recentlyMatched(organizationId, given)) return true;
  const [row] = await database()<{ secret: string }[]>`
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
      database()<IngestRow[]>`
        select * from private.ingest_status_events(${database().json(items as never)})`,
  ),
});

async function ingestStatus(item: StatusItem): Promise<Response> {
  const { result, repeated } = await statusBatcher.submit(item);
  // The database error goes to the log; Wati gets a 500 and sends the event again.
  if ('failed' in result) throw result.failed;
  if (repeated || result.duplicate) return json({ ok: true, duplicate: true });
  return json({ ok: true, outcome: result.outcome });
}

interface Applied {
  /** Kept beside the raw event. */
  outcome: string;
  /** What remains to do once Wati has its answer; returns words added to the outcome. */
  afterwards?: () => Promise<string>;
}

/** Carries out one event other than a status (those go through the batcher). */
async function apply(
  organizationId: string,
  action: Exclude<WebhookAction, { kind: 'status' }>,
): Promise<Applied> {
  const sql = database();
  switch (action.kind) {
    case 'inbound': {
      // The inbox entry point: later issues (chatbot, inbox) start from the row filed here.
      const received = await receiveMessage(organizationId, action);
      if (!received.confirmOptOut) return { outcome: received.outcome };
      const waId = action.phone.slice(1);
      const { phone } = contactNumber(action.phone);
      return {
        outcome: received.outcome,
        afterwards: () => confirmOptOut(organizationId, waId, phone),
      };
    }
    case 'seen':
      await touchContact(organizationId, contactNumber(action.phone).phone, action.at);
      return { outcome: 'seen' };
    case 'template': {
      const updated = await sql`
        update public.whatsapp_templates set status = coalesce(${action.status}, status)
        where organization_id = ${organizationId} and name = ${action.templateName}`;
      return { outcome: updated.count > 0 ? 'template' : 'unmatched' };
    }
    case 'ignored':
      console.warn(`wati-webhook: event type ${action.eventType} kept but not handled`);
      return { outcome: 'ignored' };
  }
}

/**
 * Wati's webhooks for one organisation. Wati signs nothing, so the URL carries the organisation's
 * secret, checked in constant time. Each event is stored once (a retry finds it and changes
 * nothing), then applied; statuses only move forward, whatever order they arrive in.
 */
Deno.serve(
  serveJson(async (request) => {
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

    const raw = await request.text();
    if (raw.length > MAX_BODY_BYTES)
      return errorResponse(413, 'payload_too_large', 'Événement trop volumineux.');
    let payload: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new Error('not an object');
      payload = parsed as Record<string, unknown>;
    } catch {
      return errorResponse(400, 'invalid_json', 'Le corps de la requête doit être un objet JSON.');
    }

    const key = await eventKey(payload, raw);
    const eventType = typeof payload.eventType === 'string' ? payload.eventType : 'unknown';
    const action = classifyEvent(payload);
    if (action.kind === 'status') {
      return await ingestStatus(statusItem(organizationId, key, eventType, payload, action));
    }

    const sql = database();
    const [stored] = await sql<{ id: number }[]>`
      insert into private.wati_webhook_events (organization_id, event_key, event_type, payload)
      values (${organizationId}, ${key}, ${eventType}, ${sql.json(payload as never)})
      on conflict (organization_id, event_key) do nothing
      returning id`;
    if (!stored) return json({ ok: true, duplicate: true });

    const { outcome, afterwards } = await apply(organizationId, action);
    await sql`update private.wati_webhook_events set processed_at = now(), outcome = ${outcome} where id = ${stored.id}`;
    if (afterwards) {
      // A duplicate of this event stops at the insert above: the follow-up happens once.
      afterResponse('wati-webhook', async () => {
        const more = await afterwards();
        await sql`
          update private.wati_webhook_events set outcome = outcome || ' ' || ${more}
          where id = ${stored.id}`;
      });
    }
    return json({ ok: true, outcome });
  }),
);
