import type postgres from 'postgres';
import { normalizePhone } from '../_shared/phone.ts';
import { isOptOutRequest } from './opt-out-keywords.ts';
import type { InboundKind, WebhookAction } from './events.ts';

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
  /** Kept beside the event: `inbound`, `opt_out`, or `inbound:duplicate` when filed before. */
  outcome: string;
  /** Messages WCAP queued in answer (opt-out confirmation, away message), to send once committed. */
  send: string[];
}

/** What private.receive_contact_message answers (the fields the webhook reads). */
interface Received {
  duplicate: boolean;
  send?: string[];
}

// Words a contact writes or a button they press; a file's caption saying STOP is not a request.
const SAYS_WORDS: ReadonlySet<InboundKind> = new Set([
  'text',
  'button_reply',
  'list_reply',
  'interactive',
]);

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
 * Files a contact's message in its conversation (private.receive_contact_message: the contact,
 * created when unknown, the conversation, opened or reopened, and the opt-out when the message is
 * STOP, ARRÊT or DÉSABONNER). Returns the messages SQL queued in answer.
 */
export async function receiveMessage(
  sql: postgres.TransactionSql,
  organizationId: string,
  message: InboundMessage,
): Promise<InboundOutcome> {
  const { phone, country } = contactNumber(message.phone);
  const { content } = message;
  const optOut = SAYS_WORDS.has(content.kind) && isOptOutRequest(content.body);
  // Wati puts the number itself in senderName when the profile has no name.
  const senderName =
    message.senderName && message.senderName.replace(/\D/g, '') !== phone.slice(1)
      ? message.senderName
      : null;
  const filed = {
    phone,
    country,
    senderName,
    kind: content.kind,
    body: content.body,
    // Left out rather than null: SQL files `message -> 'media'`, where a JSON null is no object.
    media: content.media ?? undefined,
    replyToWamid: content.replyToWamid,
    watiMessageId: message.watiMessageId,
    whatsappMessageId: message.whatsappMessageId,
    at: message.at,
    optOut,
  };
  const [row] = await sql<{ received: Received }[]>`
    select private.receive_contact_message(${organizationId}, ${sql.json(filed as never)}) as received`;
  const received = row?.received;
  if (!received || received.duplicate) return { outcome: 'inbound:duplicate', send: [] };
  return { outcome: optOut ? 'opt_out' : 'inbound', send: received.send ?? [] };
}
