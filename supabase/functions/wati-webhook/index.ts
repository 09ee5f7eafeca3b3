import { sameSecret } from '../_shared/constant-time.ts';
import { database } from '../_shared/database.ts';
import { errorResponse, json, methodNotAllowed, serveJson } from '../_shared/http.ts';
import { afterResponse } from './after-response.ts';
import { confirmOptOut } from './confirmation.ts';
import { classifyEvent, eventKey, type WebhookAction } from './events.ts';
import { contactNumber, receiveMessage, touchContact } from './inbound.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_BODY_BYTES = 256 * 1024;

async function secretMatches(organizationId: string, given: string): Promise<boolean> {
  const [row] = await database()<{ secret: string }[]>`
    select secret from private.webhook_secrets where organization_id = ${organizationId}`;
  // Compare even when there is no secret, so timing says nothing about which organisations exist.
  const matched = await sameSecret(given, row?.secret ?? crypto.randomUUID());
  return Boolean(row) && matched;
}

interface Applied {
  /** Kept beside the raw event. */
  outcome: string;
  /** What remains to do once Wati has its answer; returns words added to the outcome. */
  afterwards?: () => Promise<string>;
}

/** Carries out one event. */
async function apply(organizationId: string, action: WebhookAction): Promise<Applied> {
  const sql = database();
  switch (action.kind) {
    case 'status': {
      const [row] = await sql<{ applied: boolean }[]>`
        select private.apply_message_status(
          ${organizationId}, ${action.localMessageId}, ${action.watiMessageId}, ${action.whatsappMessageId},
          ${action.status}::public.message_status, ${action.at}::timestamptz,
          ${action.failureCode}, ${action.failureReason}) as applied`;
      return { outcome: row?.applied ? `status:${action.status}` : 'unmatched' };
    }
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
    const organizationId = url.searchParams.get('org') ?? '';
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

    const sql = database();
    const key = await eventKey(payload, raw);
    const eventType = typeof payload.eventType === 'string' ? payload.eventType : 'unknown';
    const [stored] = await sql<{ id: number }[]>`
      insert into private.wati_webhook_events (organization_id, event_key, event_type, payload)
      values (${organizationId}, ${key}, ${eventType}, ${sql.json(payload as never)})
      on conflict (organization_id, event_key) do nothing
      returning id`;
    if (!stored) return json({ ok: true, duplicate: true });

    const { outcome, afterwards } = await apply(organizationId, classifyEvent(payload));
    await sql`update private.wati_webhook_events set processed_at = now(), outcome = ${outcome} where id = ${stored.id}`;
    if (afterwards) {
      // A duplicate of this event stops at the insert above: the follow-up happens once.
      afterResponse(async () => {
        const more = await afterwards();
        await sql`
          update private.wati_webhook_events set outcome = outcome || ' ' || ${more}
          where id = ${stored.id}`;
      });
    }
    return json({ ok: true, outcome });
  }),
);
