import { sameSecret } from '../_shared/constant-time.ts';
import { database } from '../_shared/database.ts';
import { errorResponse, json, methodNotAllowed, serveJson } from '../_shared/http.ts';
import { classifyEvent, eventKey, type WebhookAction } from './events.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_BODY_BYTES = 256 * 1024;

async function secretMatches(organizationId: string, given: string): Promise<boolean> {
  const [row] = await database()<{ secret: string }[]>`
    select secret from private.webhook_secrets where organization_id = ${organizationId}`;
  // Compare even when there is no secret, so timing says nothing about which organisations exist.
  const matched = await sameSecret(given, row?.secret ?? crypto.randomUUID());
  return Boolean(row) && matched;
}

/** Carries out one event; returns the outcome kept beside the raw event. */
async function apply(organizationId: string, action: WebhookAction): Promise<string> {
  const sql = database();
  switch (action.kind) {
    case 'status': {
      const [row] = await sql<{ applied: boolean }[]>`
        select private.apply_message_status(
          ${organizationId}, ${action.localMessageId}, ${action.watiMessageId}, ${action.whatsappMessageId},
          ${action.status}::public.message_status, ${action.at}::timestamptz,
          ${action.failureCode}, ${action.failureReason}) as applied`;
      return row?.applied ? `status:${action.status}` : 'unmatched';
    }
    case 'inbound': {
      // The inbox entry point: later issues (opt-out, chatbot, inbox) start from this row.
      await sql`
        insert into public.whatsapp_messages
          (organization_id, direction, wati_message_id, whatsapp_message_id, phone, text, status, sent_at)
        values (${organizationId}, 'inbound', ${action.watiMessageId}, ${action.whatsappMessageId},
                ${action.phone}, ${action.text}, 'delivered', ${action.at}::timestamptz)`;
      return 'inbound';
    }
    case 'template': {
      const updated = await sql`
        update public.whatsapp_templates set status = coalesce(${action.status}, status)
        where organization_id = ${organizationId} and name = ${action.templateName}`;
      return updated.count > 0 ? 'template' : 'unmatched';
    }
    case 'ignored':
      console.warn(`wati-webhook: event type ${action.eventType} kept but not handled`);
      return 'ignored';
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

    const outcome = await apply(organizationId, classifyEvent(payload));
    await sql`update private.wati_webhook_events set processed_at = now(), outcome = ${outcome} where id = ${stored.id}`;
    return json({ ok: true, outcome });
  }),
);
