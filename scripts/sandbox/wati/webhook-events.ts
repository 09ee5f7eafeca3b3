import { createHash } from 'node:crypto';
import { objectId, unixSeconds, watiCreated, whatsappMessageId } from './ids';
import type { InboundContent } from './inbound-content';
import type { SandboxTemplate } from './seed-templates';
import { fillPlaceholders } from './template-params';
import type { SandboxContact, SandboxMessage, SandboxTenant } from './tenant-state';

// Webhook bodies as Wati posts them (reference §9.4): camelCase, `timestamp` in unix seconds as a
// string, `created` in ISO with 7 digits, `statusString` cased per event. BSUID fields are left out:
// Wati sends them only when available.

export type WebhookPayload = Record<string, unknown> & { eventType: string };

/** Digits derived from `seed`, stable: Meta's numeric ids (WABA, template) for sandbox objects. */
function metaId(seed: string, digits: number): string {
  const hex = createHash('sha1').update(seed).digest('hex');
  return (BigInt(`0x${hex}`) % 10n ** BigInt(digits)).toString().padStart(digits, '1');
}

/** Operators have ObjectIds in Wati; the sandbox derives a stable one from the email. */
function operatorId(email: string | null): string | null {
  return email === null ? null : createHash('sha1').update(email).digest('hex').slice(0, 24);
}

function channelFields(tenant: SandboxTenant) {
  return { channelId: null, channelPhoneNumber: tenant.channel.phoneNumber };
}

export function templateMessageSent(
  tenant: SandboxTenant,
  message: SandboxMessage,
  template: SandboxTemplate,
  at: Date,
): WebhookPayload {
  const { header } = template;
  return {
    eventType: 'templateMessageSent_v2',
    localMessageId: message.localMessageId,
    id: message.id,
    whatsappMessageId: message.whatsappMessageId,
    templateId: message.templateId,
    templateName: message.templateName,
    created: watiCreated(at),
    conversationId: message.conversationId,
    ticketId: message.ticketId,
    text: message.text,
    operatorEmail: tenant.apiUserEmail,
    waId: message.waId,
    type: 'template',
    statusString: 'SENT',
    sourceType: 'API',
    headerLink: header?.link ?? null,
    headerType: header?.type ?? null,
    templateContent: {
      headerText:
        header?.text === null || header?.text === undefined
          ? null
          : fillPlaceholders(header.text, message.customParams),
      footerText: template.footer,
      buttons: template.buttons.map((button, index) => ({
        index,
        cardIndex: null,
        type: button.type,
        text: button.parameter.text,
        url: button.parameter.url ?? null,
        targetUrl: button.parameter.url ?? null,
        originalUrl: button.parameter.url ?? null,
        phoneNumber: button.parameter.phoneNumber ?? null,
      })),
    },
    ...channelFields(tenant),
  };
}

const STATUS_STRINGS = { DELIVERED: 'Delivered', READ: 'Read', REPLIED: 'Replied' } as const;

/** `sentMessageDELIVERED_v2`, `sentMessageREAD_v2` and `sentMessageREPLIED_v2` share one shape. */
export function sentMessageStatus(
  tenant: SandboxTenant,
  message: SandboxMessage,
  contact: SandboxContact,
  status: keyof typeof STATUS_STRINGS,
  at: Date,
): WebhookPayload {
  return {
    eventType: `sentMessage${status}_v2`,
    statusString: STATUS_STRINGS[status],
    localMessageId: message.localMessageId,
    id: message.id,
    whatsappMessageId: message.whatsappMessageId,
    conversationId: message.conversationId,
    ticketId: message.ticketId,
    text: message.text,
    type: message.type,
    timestamp: unixSeconds(at),
    assigneeId: operatorId(contact.assigneeEmail),
    operatorEmail: contact.assigneeEmail ?? tenant.apiUserEmail,
    ...channelFields(tenant),
  };
}

export function templateMessageFailed(
  tenant: SandboxTenant,
  message: SandboxMessage,
  contact: SandboxContact,
  at: Date,
): WebhookPayload {
  return {
    eventType: 'templateMessageFailed',
    statusString: 'Failed',
    localMessageId: message.localMessageId,
    failedCode: message.failedCode,
    failedDetail: message.failedDetail,
    id: message.id,
    whatsappMessageId: message.whatsappMessageId,
    conversationId: message.conversationId,
    ticketId: message.ticketId,
    text: null,
    type: 'template',
    timestamp: unixSeconds(at),
    assigneeId: operatorId(contact.assigneeEmail),
    operatorEmail: contact.assigneeEmail ?? tenant.apiUserEmail,
  };
}

export function sessionMessageSent(
  tenant: SandboxTenant,
  message: SandboxMessage,
  contact: SandboxContact,
  at: Date,
): WebhookPayload {
  return {
    eventType: 'sessionMessageSent_v2',
    localMessageId: message.localMessageId,
    chatbotTriggeredEventId: null,
    id: message.id,
    whatsappMessageId: message.whatsappMessageId,
    conversationId: message.conversationId,
    ticketId: message.ticketId,
    text: message.text,
    type: message.type,
    data: message.data,
    timestamp: unixSeconds(at),
    owner: true,
    statusString: 'SENT',
    assigneeId: operatorId(contact.assigneeEmail),
    operatorEmail: message.operator?.email ?? tenant.apiUserEmail,
    operatorName: message.operator?.name ?? null,
    waId: message.waId,
    replyContextId: '',
    ...channelFields(tenant),
  };
}

export function sessionMessageFailed(message: SandboxMessage, at: Date): WebhookPayload {
  return {
    eventType: 'sessionMessageFailed',
    id: message.id,
    conversationId: message.conversationId,
    ticketId: message.ticketId,
    localMessageId: message.localMessageId,
    type: message.type,
    statusString: 'Failed',
    text: message.text,
    timestamp: unixSeconds(at),
    failedCode: message.failedCode,
    failedDetail: message.failedDetail,
    whatsappMessageId: message.whatsappMessageId,
  };
}

export function newContactMessageReceived(
  contact: SandboxContact,
  senderName: string,
  at: Date,
): WebhookPayload {
  return {
    eventType: 'newContactMessageReceived',
    id: objectId(),
    created: watiCreated(at),
    waId: contact.waId,
    senderName,
    sourceId: null,
    sourceUrl: null,
    sourceType: 0,
  };
}

/** An inbound customer message (`message` event), of any type. */
export function inboundMessage(
  tenant: SandboxTenant,
  contact: SandboxContact,
  input: { content: InboundContent; senderName: string; replyContextId: string },
  at: Date,
): WebhookPayload {
  const { content } = input;
  return {
    eventType: 'message',
    id: objectId(),
    created: watiCreated(at),
    whatsappMessageId: whatsappMessageId(),
    conversationId: contact.conversationId,
    ticketId: contact.ticketId,
    text: content.text,
    type: content.type,
    data: content.data ?? null,
    sourceId: null,
    sourceUrl: null,
    sourceType: 0,
    timestamp: unixSeconds(at),
    owner: false,
    statusString: 'SENT',
    avatarUrl: null,
    assignedId: operatorId(contact.assigneeEmail),
    operatorName: null,
    operatorEmail: contact.assigneeEmail,
    waId: contact.waId,
    senderName: input.senderName,
    messageContact: content.messageContact ?? null,
    listReply: content.listReply ?? null,
    interactiveButtonReply: content.interactiveButtonReply ?? null,
    buttonReply: content.buttonReply ?? null,
    replyContextId: input.replyContextId,
    frequentlyForwarded: false,
    forwarded: false,
    ...channelFields(tenant),
    ...content.unverified,
  };
}

/** Wati's numeric template statuses in `templateReviewed` (reference §3.4). */
export const TEMPLATE_STATUS_CODES = {
  DRAFT: 0,
  PENDING: 1,
  APPROVED: 2,
  REJECTED: 3,
  DELETED: 4,
  DISABLED: 6,
  PAUSED: 7,
} as const satisfies Record<SandboxTemplate['status'], number>;

/** WhatsApp reviewed a template: its status moved from `from` to the template's current one. */
export function templateReviewed(
  tenant: SandboxTenant,
  template: SandboxTemplate,
  from: SandboxTemplate['status'],
): WebhookPayload {
  return {
    eventType: 'templateReviewed',
    wabaId: metaId(`waba:${tenant.id}`, 15),
    templateName: template.name,
    templateId: metaId(`template:${template.id}`, 16),
    watiTemplateId: template.id,
    oldTemplateStatus: TEMPLATE_STATUS_CODES[from],
    newTemplateStatus: TEMPLATE_STATUS_CODES[template.status],
    ...channelFields(tenant),
  };
}
