import { z } from 'zod';
import { unstorableTextAt } from '../_shared/bounded-json.ts';
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
  | { kind: 'ignored'; eventType: string }
  /** Kept, never applied: a field WCAP reads cannot be read (`reason`, in French, says which). */
  | { kind: 'invalid'; eventType: string; reason: string };

type Payload = Record<string, unknown>;

/** What every Wati event carries: its name. A body without one is not a Wati event. */
export const watiEnvelope = z.looseObject({ eventType: z.string().min(1).max(100) });

const absentIfEmpty = (value: string | number | null | undefined): string | null =>
  value === null || value === undefined || value === '' ? null : String(value);

/** An id or a code: Wati writes strings, sometimes numbers; empty means absent. */
const idField = z
  .union([z.string().max(256), z.number()])
  .nullish()
  .transform(absentIfEmpty);

/** Free text: a message, a reason, a name. */
const textField = z.union([z.string(), z.number()]).nullish().transform(absentIfEmpty);

// Beyond the year 9999 neither Date#toISOString nor Postgres reads a time the same way.
const LAST_READABLE_MS = Date.UTC(9999, 11, 31, 23, 59, 59);
const isoTime = (ms: number): string | undefined =>
  Number.isFinite(ms) && ms > 0 && ms <= LAST_READABLE_MS ? new Date(ms).toISOString() : undefined;

/** `timestamp`: unix seconds, as a string (Wati's habit) or a number. */
const unixSeconds = idField
  .refine((value) => value === null || isoTime(Number(value) * 1000) !== undefined, {
    error: 'n’est pas un horodatage lisible',
  })
  .transform((value) => (value === null ? null : isoTime(Number(value) * 1000)!));

/** `created`: ISO-8601. */
const createdTime = idField
  .refine((value) => value === null || isoTime(Date.parse(value)) !== undefined, {
    error: 'n’est pas une date lisible',
  })
  .transform((value) => (value === null ? null : isoTime(Date.parse(value))!));

const timed = { timestamp: unixSeconds, created: createdTime };

// Only the fields WCAP reads are checked; the rest of an event is kept as it came.
const statusFields = z.looseObject({
  ...timed,
  localMessageId: idField,
  id: idField,
  whatsappMessageId: idField,
  failedCode: idField,
  failedDetail: textField,
});

const messageFields = z.looseObject({
  ...timed,
  waId: idField,
  id: idField,
  whatsappMessageId: idField,
  text: textField,
  senderName: textField,
});

const templateReviewFields = z.looseObject({
  templateName: idField,
  newTemplateStatus: idField,
});

/** `timestamp` first, then `created`, otherwise now. */
const eventTime = (fields: { timestamp: string | null; created: string | null }): string =>
  fields.timestamp ?? fields.created ?? new Date().toISOString();

/** The French reason kept beside an event whose fields cannot be read. */
function unreadable(error: z.ZodError): string {
  const issue = error.issues[0];
  const field = issue?.path.join('.') ?? '';
  const what = issue?.code === 'custom' ? issue.message : 'n’a pas la forme attendue';
  return `Événement illisible : le champ « ${field} » ${what}.`;
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
  const eventType = typeof payload.eventType === 'string' ? payload.eventType : 'unknown';
  const unstorable = unstorableTextAt(payload);
  if (unstorable !== undefined) {
    const reason = `Événement illisible : le champ « ${unstorable} » contient un caractère nul ou un caractère Unicode incomplet.`;
    return { kind: 'invalid', eventType, reason };
  }
  const status = statusOf(eventType);
  if (status) {
    const parsed = statusFields.safeParse(payload);
    if (!parsed.success) return { kind: 'invalid', eventType, reason: unreadable(parsed.error) };
    const fields = parsed.data;
    const failureCode = status === 'failed' ? fields.failedCode : null;
    const failure = status === 'failed' ? failureMeaning(failureCode, fields.failedDetail) : null;
    return {
      kind: 'status',
      status,
      localMessageId: fields.localMessageId,
      watiMessageId: fields.id,
      whatsappMessageId: fields.whatsappMessageId,
      at: eventTime(fields),
      failureCode,
      failureReason: failure?.reason ?? null,
      transient: failure?.transient ?? false,
    };
  }
  const base = eventType.replace(/_bsuid$/, '');
  if (base === 'message' || base === 'newContactMessageReceived') {
    const parsed = messageFields.safeParse(payload);
    if (!parsed.success) return { kind: 'invalid', eventType, reason: unreadable(parsed.error) };
    const fields = parsed.data;
    // BSUID-first events may come without a number: nothing to file them under.
    if (!fields.waId || !/^[1-9][0-9]{6,14}$/.test(fields.waId)) {
      return { kind: 'ignored', eventType };
    }
    // Wati sends both for a first message: filing both would show the message twice in the inbox.
    if (base === 'newContactMessageReceived') {
      return { kind: 'seen', phone: `+${fields.waId}`, at: eventTime(fields) };
    }
    return {
      kind: 'inbound',
      phone: `+${fields.waId}`,
      text: fields.text,
      watiMessageId: fields.id,
      whatsappMessageId: fields.whatsappMessageId,
      senderName: fields.senderName,
      at: eventTime(fields),
    };
  }
  if (base === 'templateReviewed') {
    const parsed = templateReviewFields.safeParse(payload);
    if (!parsed.success) return { kind: 'invalid', eventType, reason: unreadable(parsed.error) };
    const { templateName, newTemplateStatus: code } = parsed.data;
    if (!templateName) return { kind: 'ignored', eventType };
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
  ].map((field) => {
    const value = payload[field];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  });
  const identified = parts[1] || parts[2] || parts[3] || parts[7];
  const material = identified ? parts.join('|') : rawBody;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(material));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
