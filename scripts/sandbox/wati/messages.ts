import { objectId, unixSeconds, watiCreated, whatsappMessageId } from './ids';
import type { MessageLifecycle } from './message-lifecycle';
import type { SandboxContact, SandboxMessage, SandboxTenant } from './tenant-state';

/** WhatsApp's limit on a free-form text (reference §5). */
export const SESSION_TEXT_LIMIT = 4096;

export interface MessageInit {
  kind: SandboxMessage['kind'];
  type: string;
  text: string | null;
  data?: string | null;
  localMessageId: string;
  templateId?: string;
  templateName?: string;
  broadcastId?: string;
  customParams?: SandboxMessage['customParams'];
  scheduledAt?: string;
  operator?: SandboxMessage['operator'];
}

export function createMessage(contact: SandboxContact, init: MessageInit): SandboxMessage {
  return {
    id: objectId(),
    whatsappMessageId: whatsappMessageId(),
    localMessageId: init.localMessageId,
    kind: init.kind,
    type: init.type,
    waId: contact.waId,
    contactId: contact.id,
    conversationId: contact.conversationId,
    ticketId: contact.ticketId,
    templateId: init.templateId ?? null,
    templateName: init.templateName ?? null,
    broadcastId: init.broadcastId ?? null,
    text: init.text,
    data: init.data ?? null,
    customParams: init.customParams ?? [],
    operator: init.operator ?? null,
    status: init.scheduledAt === undefined ? 'accepted' : 'scheduled',
    failedCode: null,
    failedDetail: null,
    created: new Date().toISOString(),
    scheduledAt: init.scheduledAt ?? null,
  };
}

/** Records a session message; the 24-hour window decides later, by webhook, whether it went out. */
export function acceptSessionMessage(
  tenant: SandboxTenant,
  contact: SandboxContact,
  init: Omit<MessageInit, 'kind'>,
  lifecycle: MessageLifecycle,
): SandboxMessage {
  const message = createMessage(contact, { ...init, kind: 'session' });
  tenant.messages.set(message.id, message);
  lifecycle.startSession(tenant, message, contact);
  return message;
}

/** The V3 `MessageDto` a session send answers with. */
export function messageDto(message: SandboxMessage, contact: SandboxContact) {
  const created = new Date(message.created);
  return {
    id: message.id,
    created: watiCreated(created),
    conversation_id: message.conversationId,
    ticket_id: message.ticketId,
    event_type: 'message',
    text: message.text,
    type: message.type,
    timestamp: unixSeconds(created),
    owner: true,
    status: 'PENDING',
    failed_detail: null,
    local_message_id: message.localMessageId,
    assigned_id: null,
    operator_name: contact.assigneeEmail,
    avatar_url: null,
    bot_type: null,
  };
}
