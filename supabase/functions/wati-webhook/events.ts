import { failureMeaning } from '../_shared/whatsapp-failures.ts';

export type MessageStatus = 'sent' | 'delivered' | 'read' | 'replied' | 'failed';

/** What one Wati webhook event asks WCAP to do. */
export type WebhookAction =
  | {
      kind: 'status';
      status: MessageStatus;
      localMessageId: string | null;
      watiMessageId: string | null;
      whatsappMessageId: string | null;
      at: string;
      failureCode: string | null;
      failureReason: string | null;
      /** A failure that may not happen again (WhatsApp busy, rate limited…): worth one retry. */
      transient: boolean;
    }
  | {
      kind: 'inbound';
      phone: string;
      text: string | null;
      watiMessageId: string | null;
      whatsappMessageId: string | null;
      senderName: string | null;
      at: string;
    }
  /** Wati's notice that a number wrote for the first time; its text comes as a `message` event. */
  | { kind: 'seen'; phone: string; at: string }
  | { kind: 'template'; templateName: string; status: string | null }
  | { kind: 'ignored'; eventType: string };

type Payload = Record<string, unknown>;

const text = (value: unknown): string | null =>
  typeof value === 'string' && value !== ''
    ? value
    : typeof value === 'number'
      ? String(value)
      : null;

/** `timestamp` is unix seconds as a string; `created` is ISO-8601; otherwise now. */
export function eventTime(payload: Payload, now: Date = new Date()): string {
  const seconds = Number(payload.timestamp);
  if (Number.isFinite(seconds) && seconds > 0) return new Date(seconds * 1000).toISOString();
  const created = text(payload.created);
  if (created && !Number.isNaN(Date.parse(created))) return new Date(created).toISOString();
  return now.toISOString();
}

// Wati's template status codes (templateReviewed) and the names its API uses.
const templateStatuses: Record<string, string> = {
  '0': 'DRAFT',
  '1': 'PENDING',
  '2': 'APPROVED',
  '3': 'REJECTED',
  '4': 'DELETED',
  '5': 'PENDING',
  '6': 'DISABLED',
  '7': 'PAUSED',
};

function statusOf(eventType: string): MessageStatus | undefined {
  const base = eventType.replace(/(_v2)?(_bsuid)?$/, '');
  switch (base) {
    case 'templateMessageSent':
    case 'sessionMessageSent':
    case 'sentMessageSENT':
      return 'sent';
    case 'sentMessageDELIVERED':
      return 'delivered';
    case 'sentMessageREAD':
      return 'read';
    case 'sentMessageREPLIED':
      return 'replied';
    case 'templateMessageFailed':
    case 'sessionMessageFailed':
    case 'sentMessageFAILED':
      return 'failed';
    default:
      return undefined;
  }
}

export function classifyEvent(payload: Payload): WebhookAction {
  const eventType = text(payload.eventType) ?? 'unknown';
  const status = statusOf(eventType);
  if (status) {
    const failureCode = status === 'failed' ? text(payload.failedCode) : null;
    const failure =
      status === 'failed' ? failureMeaning(failureCode, text(payload.failedDetail)) : null;
    return {
      kind: 'status',
      status,
      localMessageId: text(payload.localMessageId),
      watiMessageId: text(payload.id),
      whatsappMessageId: text(payload.whatsappMessageId),
      at: eventTime(payload),
      failureCode,
      failureReason: failure?.reason ?? null,
      transient: failure?.transient ?? false,
    };
  }
  const base = eventType.replace(/_bsuid$/, '');
  if (base === 'message' || base === 'newContactMessageReceived') {
    const waId = text(payload.waId);
    if (!waId || !/^[1-9][0-9]{6,14}$/.test(waId)) return { kind: 'ignored', eventType };
    // Wati sends both for a first message: filing both would show the message twice in the inbox.
    if (base === 'newContactMessageReceived')
      return { kind: 'seen', phone: `+${waId}`, at: eventTime(payload) };
    return {
      kind: 'inbound',
      phone: `+${waId}`,
      text: text(payload.text),
      watiMessageId: text(payload.id),
      whatsappMessageId: text(payload.whatsappMessageId),
      senderName: text(payload.senderName),
      at: eventTime(payload),
    };
  }
  if (base === 'templateReviewed') {
    const templateName = text(payload.templateName);
    if (!templateName) return { kind: 'ignored', eventType };
    const code = text(payload.newTemplateStatus);
    return {
      kind: 'template',
      templateName,
      status: code ? (templateStatuses[code] ?? code) : null,
    };
  }
  return { kind: 'ignored', eventType };
}

/**
 * Wati has no universal event id: an event is identified by its type and the ids and time it
 * carries, so the same event delivered twice maps to the same key.
 */
export async function eventKey(payload: Payload, rawBody: string): Promise<string> {
  const parts = [
    'eventType',
    'id',
    'localMessageId',
    'whatsappMessageId',
    'statusString',
    'timestamp',
    'created',
    'templateName',
    'newTemplateStatus',
  ].map((field) => text(payload[field]) ?? '');
  const identified = parts[1] || parts[2] || parts[3] || parts[7];
  const material = identified ? parts.join('|') : rawBody;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(material));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
