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
      content: InboundContent;
      watiMessageId: string | null;
      whatsappMessageId: string | null;
      senderName: string | null;
      at: string;
    }
  /** Wati's notice that a number wrote for the first time; its text comes as a `message` event. */
  | { kind: 'seen'; phone: string; at: string }
  /**
   * WhatsApp reviewed a template. One name can be several templates (one per language) and the
   * event has no language: `watiTemplateId` says which one.
   */
  | { kind: 'template'; templateName: string; watiTemplateId: string | null; status: string | null }
  | { kind: 'ignored'; eventType: string }
  /** Kept, never applied: a field WCAP reads cannot be read (`reason`, in French, says which). */
  | { kind: 'invalid'; eventType: string; reason: string };

/** What a contact's message is, as public.messages files it (its `kind` column). */
export type InboundKind =
  | 'text'
  | 'image'
  | 'document'
  | 'audio'
  | 'video'
  | 'sticker'
  | 'location'
  | 'contacts'
  | 'button_reply'
  | 'list_reply'
  | 'interactive'
  | 'unsupported';

/**
 * What a contact's message carries besides its words (public.messages.media): a file, a place,
 * contact cards, or what identifies the button or row pressed (the bot matches on it).
 */
export type InboundMedia =
  | { url?: string; caption?: string; fileName?: string }
  | { latitude: number; longitude: number; name?: string; address?: string }
  | { contacts: Array<{ name: string; phone: string }> }
  | { payload: string }
  | { id: string; description?: string };

export interface InboundContent {
  kind: InboundKind;
  /** The text, a file's caption, or the title of the button or row pressed. */
  body: string | null;
  media: InboundMedia | null;
  /** The WhatsApp message (wamid) the contact quoted, or whose button it pressed. */
  replyToWamid: string | null;
}

type Payload = Record<string, unknown>;

/** What every Wati event carries: its name. A body without one is not a Wati event. */
export const watiEnvelope = z.looseObject({ eventType: z.string().min(1).max(100) });

const absentIfEmpty = (value: string | number | null | undefined): string | null =>
  value === null || value === undefined || value === '' ? null : String(value);

/** Wati writes strings, sometimes numbers; empty means absent. At most `max` characters. */
const boundedText = (max?: number) =>
  z
    .union([max === undefined ? z.string() : z.string().max(max), z.number()])
    .nullish()
    .transform(absentIfEmpty);

/** An id or a code. */
const idField = boundedText(256);

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
  failedDetail: boundedText(),
});

// WhatsApp caps a message at 4,096 characters and its other parts far lower: these bounds leave
// room for Wati counting otherwise (UTF-16 units), and SQL trims what it stores.
const MESSAGE_TEXT_LIMIT = 8192;
const PART_LIMIT = 1024;
const NAME_LIMIT = 256;

const coordinate = (bound: number) =>
  z.number().refine((value) => Math.abs(value) <= bound, {
    error: `n’est pas une coordonnée entre -${bound} et ${bound}`,
  });

// Wati's own names for a shared place and a file's name are unverified (the sandbox's are read).
const messageFields = z.looseObject({
  ...timed,
  waId: idField,
  id: idField,
  whatsappMessageId: idField,
  type: boundedText(64),
  text: boundedText(MESSAGE_TEXT_LIMIT),
  senderName: boundedText(NAME_LIMIT),
  /** A file's media reference: its URL, for files that are reachable. */
  data: boundedText(2048),
  fileName: boundedText(NAME_LIMIT),
  replyContextId: idField,
  location: z
    .looseObject({
      latitude: coordinate(90),
      longitude: coordinate(180),
      name: boundedText(PART_LIMIT),
      address: boundedText(PART_LIMIT),
    })
    .nullish(),
  messageContact: z
    .array(z.looseObject({ name: boundedText(NAME_LIMIT), phone: boundedText(64) }))
    .max(50)
    .nullish(),
  buttonReply: z
    .looseObject({ text: boundedText(PART_LIMIT), payload: boundedText(PART_LIMIT) })
    .nullish(),
  interactiveButtonReply: z.looseObject({ id: idField, title: boundedText(PART_LIMIT) }).nullish(),
  listReply: z
    .looseObject({
      id: idField,
      title: boundedText(PART_LIMIT),
      description: boundedText(PART_LIMIT),
    })
    .nullish(),
});
type MessageFields = z.infer<typeof messageFields>;

// A Map, not an object: a `type` such as "constructor" must not find anything.
const FILE_TYPES = new Map<string, InboundKind>([
  ['image', 'image'],
  ['document', 'document'],
  ['audio', 'audio'],
  ['voice', 'audio'],
  ['video', 'video'],
  ['sticker', 'sticker'],
]);

type Present<T> = { [K in keyof T]?: Exclude<T[K], null | undefined> };

/** Absent fields left out, so that what is stored holds only what was said. */
function present<T extends Record<string, unknown>>(fields: T): Present<T> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== null && value !== undefined),
  ) as Present<T>;
}

/** A file: its URL only when it is one (the inbox links to it), its caption and name. */
function fileMedia(fields: MessageFields): InboundMedia | null {
  const url = fields.data && /^https?:\/\//i.test(fields.data) ? fields.data : null;
  const media = present({ url, caption: fields.text, fileName: fields.fileName });
  return Object.keys(media).length > 0 ? media : null;
}

/** The place shared: Wati's `location`, else the text `"lat,lng"` it also carries. */
function locationMedia(fields: MessageFields): InboundMedia | null {
  if (fields.location) {
    const { latitude, longitude, name, address } = fields.location;
    return { latitude, longitude, ...present({ name, address }) };
  }
  const match = /^\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$/.exec(fields.text ?? '');
  if (!match) return null;
  const [latitude, longitude] = [Number(match[1]), Number(match[2])];
  return Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180 ? { latitude, longitude } : null;
}

/** What the contact sent, by Wati's `type` (absent on older events: text). */
function inboundContent(fields: MessageFields): InboundContent {
  const replyToWamid = fields.replyContextId;
  const type = fields.type ?? 'text';
  const file = FILE_TYPES.get(type);
  if (file) return { kind: file, body: fields.text, media: fileMedia(fields), replyToWamid };
  switch (type) {
    case 'text':
      return { kind: 'text', body: fields.text, media: null, replyToWamid };
    case 'location':
      return { kind: 'location', body: null, media: locationMedia(fields), replyToWamid };
    case 'contacts': {
      const contacts = (fields.messageContact ?? []).map((card) => ({
        name: card.name ?? '',
        phone: card.phone ?? '',
      }));
      return {
        kind: 'contacts',
        body: null,
        media: contacts.length > 0 ? { contacts } : null,
        replyToWamid,
      };
    }
    case 'button': {
      const reply = fields.buttonReply;
      const payload = reply?.payload ?? null;
      return {
        kind: 'button_reply',
        body: reply?.text ?? fields.text,
        media: payload === null ? null : { payload },
        replyToWamid,
      };
    }
    case 'interactive': {
      const choice = fields.listReply ?? fields.interactiveButtonReply;
      const description = fields.listReply?.description ?? null;
      return {
        kind: fields.listReply ? 'list_reply' : 'interactive',
        body: choice?.title ?? fields.text,
        media: choice?.id ? { id: choice.id, ...present({ description }) } : null,
        replyToWamid,
      };
    }
    default:
      // Reactions, orders, catalogues…: shown as such, with whatever text came along.
      return { kind: 'unsupported', body: fields.text, media: null, replyToWamid };
  }
}

const templateReviewFields = z.looseObject({
  templateName: idField,
  watiTemplateId: idField,
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
      content: inboundContent(fields),
      watiMessageId: fields.id,
      whatsappMessageId: fields.whatsappMessageId,
      senderName: fields.senderName,
      // `created` to the millisecond first: two messages written within a second keep their order
      // in the conversation.
      at: fields.created ?? eventTime(fields),
    };
  }
  if (base === 'templateReviewed') {
    const parsed = templateReviewFields.safeParse(payload);
    if (!parsed.success) return { kind: 'invalid', eventType, reason: unreadable(parsed.error) };
    const { templateName, watiTemplateId, newTemplateStatus: code } = parsed.data;
    if (!templateName) return { kind: 'ignored', eventType };
    return {
      kind: 'template',
      templateName,
      watiTemplateId,
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
  // Template reviews carry no time: the same name's reviews in two languages differ only by the
  // template's id, and a template approved again after a pause only by the status it left. Added
  // when present, so that the keys of other events stay what they were.
  const review = ['watiTemplateId', 'oldTemplateStatus'].flatMap((field) => {
    const value = payload[field];
    return typeof value === 'string' || typeof value === 'number' ? [`${field}=${value}`] : [];
  });
  const material = identified ? [...parts, ...review].join('|') : rawBody;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(material));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
