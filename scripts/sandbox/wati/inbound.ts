import { ensureContact, PHONE_NUMBER } from './contacts';
import { objectId } from './ids';
import type { MessageLifecycle } from './message-lifecycle';
import type { SandboxTenant } from './tenant-state';
import { inboundMessage, newContactMessageReceived, type WebhookPayload } from './webhook-events';

export interface InboundInput {
  /** The contact's WhatsApp number: digits with country code. */
  from: string;
  text: string;
  /** The contact's WhatsApp profile name (default: the number). */
  senderName?: string;
}

export class InboundError extends Error {}

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
  if (!PHONE_NUMBER.test(input.from)) {
    throw new InboundError('from must be a WhatsApp number: digits with the country code');
  }
  if (input.text.trim() === '') throw new InboundError('text must not be empty');
  const senderName = input.senderName ?? input.from;
  const isNew = !tenant.contacts.has(input.from);
  const contact = ensureContact(tenant, input.from, senderName);
  const now = new Date();
  contact.lastInboundAt = now.getTime();
  if (contact.conversationStatus === 'solved') {
    contact.conversationStatus = 'open';
    contact.ticketId = objectId();
  }
  if (isNew) emit(tenant, newContactMessageReceived(contact, senderName, now));
  const message = inboundMessage(
    tenant,
    contact,
    { text: input.text, senderName, replyContextId: '' },
    now,
  );
  emit(tenant, message);
  lifecycle.replied(tenant, contact);
  return message;
}
