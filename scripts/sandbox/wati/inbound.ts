import { ensureContact } from './contacts';
import { answersButtons, readInboundContent, type InboundBody } from './inbound-content';
import { objectId } from './ids';
import type { MessageLifecycle } from './message-lifecycle';
import { optionalText, whatsappNumber, type InputFields } from './simulation-input';
import type { SandboxMessage, SandboxTenant } from './tenant-state';
import { inboundMessage, newContactMessageReceived, type WebhookPayload } from './webhook-events';

export type InboundInput = {
  /** The contact's WhatsApp number: digits with country code. */
  from: string;
  /** The contact's WhatsApp profile name (default: the number). */
  senderName?: string;
  /** The wamid of the message the contact quotes. */
  replyContextId?: string;
} & InboundBody;

/** The message a button or list reply answers: the latest that went out to the contact. */
function lastSentTo(tenant: SandboxTenant, waId: string): SandboxMessage | undefined {
  return [...tenant.messages.values()]
    .reverse()
    .find(
      (message) =>
        message.waId === waId && message.status !== 'scheduled' && message.status !== 'failed',
    );
}

/**
 * A contact writes to the tenant's number: the contact is created on its first message
 * (`newContactMessageReceived` then `message`), the 24-hour window opens, a solved conversation
 * reopens on a new ticket, and the last message the contact received is marked replied.
 */
export function receiveInbound(
  tenant: SandboxTenant,
  input: InboundInput,
  lifecycle: MessageLifecycle,
  emit: (tenant: SandboxTenant, payload: WebhookPayload) => void,
): WebhookPayload {
  const fields: InputFields = input;
  const from = whatsappNumber(fields, 'from');
  const content = readInboundContent(fields);
  const senderName = optionalText(fields, 'senderName') ?? from;
  const quoted = optionalText(fields, 'replyContextId');
  const replyContextId =
    quoted ?? (answersButtons(content) ? (lastSentTo(tenant, from)?.whatsappMessageId ?? '') : '');
  const isNew = !tenant.contacts.has(from);
  const contact = ensureContact(tenant, from, senderName);
  const now = new Date();
  contact.lastInboundAt = now.getTime();
  if (contact.conversationStatus === 'solved') {
    contact.conversationStatus = 'open';
    contact.ticketId = objectId();
  }
  if (isNew) emit(tenant, newContactMessageReceived(contact, senderName, now));
  const message = inboundMessage(tenant, contact, { content, senderName, replyContextId }, now);
  emit(tenant, message);
  lifecycle.replied(tenant, contact);
  return message;
}
