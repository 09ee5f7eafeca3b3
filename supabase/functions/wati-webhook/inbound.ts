import type postgres from 'postgres';
import { normalizePhone } from '../_shared/phone.ts';
import { isOptOutRequest } from './opt-out-keywords.ts';
import type { WebhookAction } from './events.ts';

// Wati's numbers always carry their calling code: no default country is needed to read them.
const NO_DEFAULT_COUNTRY = '';

export interface ContactNumber {
  /** E.164, as contacts are stored. */
  phone: string;
  country: string | null;
}

/**
 * A Wati number (`+` and the `waId` digits) read by the same rules as imports, so that it finds
 * the contact an import created; kept as is when the rules cannot read it.
 */
export function contactNumber(phone: string): ContactNumber {
  const parsed = normalizePhone(phone, NO_DEFAULT_COUNTRY);
  return parsed.ok ? { phone: parsed.phone, country: parsed.country } : { phone, country: null };
}

export type InboundMessage = Omit<Extract<WebhookAction, { kind: 'inbound' }>, 'kind'>;

export interface InboundOutcome {
  outcome: string;
  /** Set when the contact asked to opt out and should be told it is done. */
  confirmOptOut: boolean;
}

/** The contact wrote: its last activity moves forward, when it is a contact. */
export async function touchContact(
  sql: postgres.TransactionSql,
  organizationId: string,
  phone: string,
  at: string,
) {
  await sql`
    update public.contacts set last_seen_at = ${at}::timestamptz
    where organization_id = ${organizationId} and phone = ${phone}
      and (last_seen_at is null or last_seen_at < ${at}::timestamptz)`;
}

/**
 * Files an inbound message for the inbox, then either opts the contact out (STOP, ARRÊT,
 * DÉSABONNER) or records that it was seen.
 */
export async function receiveMessage(
  sql: postgres.TransactionSql,
  organizationId: string,
  message: InboundMessage,
): Promise<InboundOutcome> {
  const { phone, country } = contactNumber(message.phone);
  await sql`
    insert into public.whatsapp_messages
      (organization_id, direction, wati_message_id, whatsapp_message_id, phone, text, status, sent_at)
    values (${organizationId}, 'inbound', ${message.watiMessageId}, ${message.whatsappMessageId},
            ${phone}, ${message.text}, 'delivered', ${message.at}::timestamptz)`;

  if (!isOptOutRequest(message.text)) {
    await touchContact(sql, organizationId, phone, message.at);
    return { outcome: 'inbound', confirmOptOut: false };
  }

  // Wati puts the number itself in senderName when the profile has no name.
  const senderName =
    message.senderName && message.senderName.replace(/\D/g, '') !== phone.slice(1)
      ? message.senderName
      : null;
  const [row] = await sql<{ result: string }[]>`
    select private.opt_out_from_whatsapp(
      ${organizationId}, ${phone}, ${country}, ${senderName}, ${message.at}::timestamptz) as result`;
  const result = row?.result ?? 'unknown';
  return { outcome: `opt_out:${result}`, confirmOptOut: true };
}
