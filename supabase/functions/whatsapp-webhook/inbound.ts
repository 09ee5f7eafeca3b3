import type { WhatsAppProvider } from '../_shared/platform-whatsapp/client.ts';
import { asRecord as record, type Json } from '../_shared/platform-whatsapp/transport.ts';

/** A message a person wrote to the platform number, from either provider's webhook. */
export interface InboundMessage {
  provider: WhatsAppProvider;
  /** Meta's wamid or Twilio's MessageSid: what a redelivery repeats. */
  messageId: string;
  /** E.164, with its `+`. */
  from: string;
  /**
   * What the person wrote: '' for a photo, a voice note and the like (they get the help); null
   * for what calls for no answer (a reaction, a system notice).
   */
  text: string | null;
  /** The name the person gave themselves on WhatsApp, when the provider says it. */
  profileName?: string;
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const string = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

const MESSAGE_ID = /^[\x21-\x7e]{1,256}$/;
const E164 = /^\+[1-9]\d{6,14}$/;

const usableId = (id: string | undefined): id is string => id !== undefined && MESSAGE_ID.test(id);

// Meta's message types that no one expects an answer to.
const SILENT_TYPES = new Set(['reaction', 'system', 'unsupported', 'errors']);

/** The words of a Meta message: its text, a button's or a list row's title. */
function metaText(message: Json): string | null {
  const type = string(message.type);
  if (type === undefined || SILENT_TYPES.has(type)) return null;
  if (type === 'text') return string(record(message.text).body) ?? '';
  if (type === 'button') return string(record(message.button).text) ?? '';
  if (type === 'interactive') {
    const interactive = record(message.interactive);
    const reply = record(interactive.button_reply ?? interactive.list_reply);
    return string(reply.title) ?? '';
  }
  return '';
}

/**
 * The messages of a Meta webhook (`object: whatsapp_business_account`): every `entry[]` →
 * `changes[]` → `value.messages[]` addressed to the platform's phone number id. Statuses and
 * out-of-band errors, messages to another number of the app, and messages without a phone
 * number (`from` absent) are left out.
 */
export function metaMessages(payload: unknown, phoneNumberId: string): InboundMessage[] {
  const body = record(payload);
  if (body.object !== 'whatsapp_business_account') return [];
  const messages: InboundMessage[] = [];
  for (const entry of list(body.entry)) {
    for (const change of list(record(entry).changes)) {
      const { field, value } = record(change);
      const content = record(value);
      if (field !== 'messages' || record(content.metadata).phone_number_id !== phoneNumberId) {
        continue;
      }
      // The senders' profiles, by WhatsApp id (their number without `+`).
      const names = new Map<string, string>();
      for (const contact of list(content.contacts)) {
        const { wa_id: waId, profile } = record(contact);
        const name = string(record(profile).name);
        if (typeof waId === 'string' && name) names.set(waId, name);
      }
      for (const item of list(content.messages)) {
        const message = record(item);
        const id = string(message.id);
        const from = `+${string(message.from) ?? ''}`;
        if (!usableId(id) || !E164.test(from)) continue;
        const profileName = names.get(from.slice(1));
        messages.push({
          provider: 'meta',
          messageId: id,
          from,
          text: metaText(message),
          ...(profileName ? { profileName } : {}),
        });
      }
    }
  }
  return messages;
}

const whatsappAddress = (value: string): string =>
  value.startsWith('whatsapp:') ? value : `whatsapp:${value}`;

/**
 * The message of a Twilio webhook (form fields), when it is one a person sent to the platform's
 * sender: a status callback (`MessageStatus` sent, delivered, read…) is none.
 */
export function twilioMessages(params: URLSearchParams, sender: string): InboundMessage[] {
  const status = params.get('MessageStatus') ?? params.get('SmsStatus');
  if (status !== null && status !== 'received' && status !== 'receiving') return [];
  const id = params.get('MessageSid') ?? undefined;
  const from = params.get('From') ?? '';
  const phone = from.replace(/^whatsapp:/, '');
  if (
    !usableId(id) ||
    !from.startsWith('whatsapp:') ||
    !E164.test(phone) ||
    params.get('To') !== whatsappAddress(sender)
  ) {
    return [];
  }
  const profileName = params.get('ProfileName');
  return [
    {
      provider: 'twilio',
      messageId: id,
      from: phone,
      text: params.get('Body') ?? '',
      ...(profileName ? { profileName } : {}),
    },
  ];
}
