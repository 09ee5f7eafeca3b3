import type { TurnInput } from '../_shared/bot/turn-input.ts';
import { normalizePhone } from '../_shared/phone.ts';
import { isOptOutRequest } from './opt-out-keywords.ts';
import type { BatchedEvent, IngestRow } from './batch-ingest.ts';
import type { InboundKind, InboundMedia, WebhookAction } from './events.ts';

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

/** A contact's message as private.receive_contact_message reads it (its `message` argument). */
export interface ContactMessage {
  /** E.164, as contacts are stored. */
  phone: string;
  country: string | null;
  senderName: string | null;
  kind: InboundKind;
  body: string | null;
  media: InboundMedia | undefined;
  replyToWamid: string | null;
  watiMessageId: string | null;
  whatsappMessageId: string | null;
  at: string;
  /** STOP, ARRÊT or DÉSABONNER: the contact opts out. */
  optOut: boolean;
}

// Words a contact writes or a button they press; a file's caption saying STOP is not a request.
const SAYS_WORDS: ReadonlySet<InboundKind> = new Set([
  'text',
  'button_reply',
  'list_reply',
  'interactive',
]);

/** What SQL files for a contact's message: its number read as imports read it, and whether it is STOP. */
export function contactMessage(message: InboundMessage): ContactMessage {
  const { phone, country } = contactNumber(message.phone);
  const { content } = message;
  // Wati puts the number itself in senderName when the profile has no name.
  const senderName =
    message.senderName && message.senderName.replace(/\D/g, '') !== phone.slice(1)
      ? message.senderName
      : null;
  return {
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
    optOut: SAYS_WORDS.has(content.kind) && isOptOutRequest(content.body),
  };
}

/** The contact wrote for the first time (Wati's notice): its last activity moves forward. */
export interface ContactSeen {
  /** E.164, as contacts are stored. */
  phone: string;
  at: string;
}

/**
 * One event of a contact as `private.ingest_contact_messages` reads it: a message it wrote, or
 * Wati's notice that it wrote for the first time.
 */
export type InboundItem = BatchedEvent &
  ({ message: ContactMessage; seen?: undefined } | { seen: ContactSeen; message?: undefined });

/**
 * A row `private.ingest_contact_messages` returns: its outcome is `inbound`, `opt_out`, or
 * `inbound:duplicate` when the message was filed before (`seen` for a notice); `send` the messages
 * WCAP queued in answer (opt-out confirmation, away message), to send once committed.
 */
export interface InboundRow extends IngestRow {
  send: string[] | null;
  /** The message the chatbot answers (it holds the conversation), once committed. */
  bot: string | null;
  /** Its turn as private.bot_turn_input read it in the batch's transaction. */
  bot_input: TurnInput | null;
}

type ContactAction = Extract<WebhookAction, { kind: 'inbound' } | { kind: 'seen' }>;

export function inboundItem(
  organizationId: string,
  key: string,
  eventType: string,
  payload: Record<string, unknown>,
  action: ContactAction,
): InboundItem {
  const event = { org: organizationId, key, type: eventType, payload };
  if (action.kind === 'seen') {
    return { ...event, seen: { phone: contactNumber(action.phone).phone, at: action.at } };
  }
  const { kind: _kind, ...message } = action;
  return { ...event, message: contactMessage(message) };
}

/**
 * A contact's events lock its contact, then its conversation: batches take contacts in this
 * order, and a contact's events in the order they arrived.
 */
export const inboundLockOrder = (item: InboundItem): string =>
  `${item.org} ${(item.message ?? item.seen).phone}`;
