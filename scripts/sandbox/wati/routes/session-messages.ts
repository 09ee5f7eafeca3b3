import { ensureContact, phoneOfTarget } from '../contacts';
import { ok, v3Error, type Answer } from '../http-answers';
import { localMessageId } from '../ids';
import { acceptSessionMessage, messageDto, SESSION_TEXT_LIMIT } from '../messages';
import {
  isAnswer,
  objectBody,
  optionalString,
  requiredString,
  type Checked,
} from '../request-fields';
import type { ApiRequest, ApiRoute, ApiServices } from '../router';

// Limits WhatsApp puts on interactive messages (reference §5).
const INTERACTIVE_BODY_LIMIT = 1024;
const HEADER_FOOTER_LIMIT = 60;
const BUTTON_TEXT_LIMIT = 20;
const LIST_ROWS_LIMIT = 10;
const LIST_TITLE_LIMIT = 24;
const LIST_DESCRIPTION_LIMIT = 72;

// A bound of the sandbox's own: Wati documents none, and WCAP's ids are far shorter.
const LOCAL_MESSAGE_ID_LIMIT = 100;

interface SessionContent {
  type: string;
  text: string | null;
  data?: string;
}

/**
 * The caller's own id for the message, echoed in its status webhooks so that it can match them to
 * its row without waiting for the answer; Wati makes one up when there is none.
 */
function readLocalMessageId(fields: Record<string, unknown>): Checked<string> {
  const local = optionalString(fields, 'local_message_id');
  if (isAnswer(local)) return local;
  if (local.value === null) return { value: localMessageId() };
  if (local.value === '' || local.value.length > LOCAL_MESSAGE_ID_LIMIT) {
    return {
      answer: v3Error(
        400,
        `The local_message_id field must be 1 to ${LOCAL_MESSAGE_ID_LIMIT} characters.`,
      ),
    };
  }
  return { value: local.value };
}

/** A V3 session send: the target, the caller's local id, then the content `read` checks. */
function sendSession(
  { tenant, body }: ApiRequest,
  { lifecycle }: ApiServices,
  read: (fields: Record<string, unknown>) => SessionContent | Answer,
): Answer {
  const fields = objectBody(body);
  if (isAnswer(fields)) return fields.answer;
  const target = requiredString(fields.value, 'target');
  if (isAnswer(target)) return target.answer;
  const phone = phoneOfTarget(tenant, target.value);
  if (phone === null) return v3Error(400, `Invalid target '${target.value}'.`);
  const local = readLocalMessageId(fields.value);
  if (isAnswer(local)) return local.answer;
  const content = read(fields.value);
  if ('status' in content) return content;
  const contact = ensureContact(tenant, phone);
  const message = acceptSessionMessage(
    tenant,
    contact,
    { ...content, localMessageId: local.value },
    lifecycle,
  );
  return ok({ message: messageDto(message, contact) });
}

function tooLong(field: string, value: unknown, limit: number): Answer | null {
  return typeof value === 'string' && value.length > limit
    ? v3Error(400, `The ${field} field must be at most ${limit} characters.`)
    : null;
}

function readText(fields: Record<string, unknown>): SessionContent | Answer {
  const text = requiredString(fields, 'text');
  if (isAnswer(text)) return text.answer;
  return tooLong('text', text.value, SESSION_TEXT_LIMIT) ?? { type: 'text', text: text.value };
}

function readFileViaUrl(fields: Record<string, unknown>): SessionContent | Answer {
  const url = requiredString(fields, 'file_url');
  if (isAnswer(url)) return url.answer;
  if (!/^https?:\/\/\S+$/i.test(url.value)) {
    return v3Error(400, 'The file_url field must be an http(s) URL.');
  }
  const caption = optionalString(fields, 'caption');
  if (isAnswer(caption)) return caption.answer;
  const extension = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(url.value)?.[1]?.toLowerCase() ?? '';
  const type = ['jpg', 'jpeg', 'png', 'webp'].includes(extension)
    ? 'image'
    : ['mp4', '3gp'].includes(extension)
      ? 'video'
      : ['mp3', 'ogg', 'aac', 'amr', 'm4a'].includes(extension)
        ? 'audio'
        : 'document';
  return { type, text: caption.value, data: url.value };
}

function readButtons(message: Record<string, unknown>): SessionContent | Answer {
  const body = requiredString(message, 'body');
  if (isAnswer(body)) return body.answer;
  const header = message.header as Record<string, unknown> | undefined;
  const buttons = message.buttons;
  if (!Array.isArray(buttons) || buttons.length < 1 || buttons.length > 3) {
    return v3Error(400, 'An interactive button message needs 1 to 3 buttons.');
  }
  for (const button of buttons) {
    const text = (button as { text?: unknown } | null)?.text;
    if (typeof text !== 'string' || text === '') return v3Error(400, 'Every button needs a text.');
    const problem = tooLong('button text', text, BUTTON_TEXT_LIMIT);
    if (problem) return problem;
  }
  return (
    tooLong('body', body.value, INTERACTIVE_BODY_LIMIT) ??
    tooLong('footer', message.footer, HEADER_FOOTER_LIMIT) ??
    tooLong('header text', header?.text, HEADER_FOOTER_LIMIT) ?? {
      type: 'interactive',
      text: body.value,
    }
  );
}

function readList(message: Record<string, unknown>): SessionContent | Answer {
  const body = requiredString(message, 'body');
  if (isAnswer(body)) return body.answer;
  const buttonText = requiredString(message, 'button_text');
  if (isAnswer(buttonText)) return buttonText.answer;
  const sections = message.sections;
  if (!Array.isArray(sections) || sections.length === 0) {
    return v3Error(400, 'An interactive list message needs at least one section.');
  }
  let rows = 0;
  for (const section of sections) {
    const { title, rows: sectionRows } = (section ?? {}) as Record<string, unknown>;
    const titleProblem = tooLong('section title', title, LIST_TITLE_LIMIT);
    if (titleProblem) return titleProblem;
    if (!Array.isArray(sectionRows) || sectionRows.length === 0) {
      return v3Error(400, 'Every section needs at least one row.');
    }
    for (const row of sectionRows) {
      const { title: rowTitle, description } = (row ?? {}) as Record<string, unknown>;
      if (typeof rowTitle !== 'string' || rowTitle === '') {
        return v3Error(400, 'Every row needs a title.');
      }
      const problem =
        tooLong('row title', rowTitle, LIST_TITLE_LIMIT) ??
        tooLong('row description', description, LIST_DESCRIPTION_LIMIT);
      if (problem) return problem;
      rows += 1;
    }
  }
  if (rows > LIST_ROWS_LIMIT) return v3Error(400, `A list holds at most ${LIST_ROWS_LIMIT} rows.`);
  return (
    tooLong('body', body.value, INTERACTIVE_BODY_LIMIT) ??
    tooLong('header', message.header, HEADER_FOOTER_LIMIT) ??
    tooLong('footer', message.footer, HEADER_FOOTER_LIMIT) ?? {
      type: 'interactive',
      text: body.value,
    }
  );
}

function readInteractive(fields: Record<string, unknown>): SessionContent | Answer {
  const part = (name: string) => {
    const value = fields[name];
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  };
  if (fields.type === 'buttons') {
    const message = part('button_message');
    return message ? readButtons(message) : v3Error(400, 'The button_message field is required.');
  }
  if (fields.type === 'list') {
    const message = part('list_message');
    return message ? readList(message) : v3Error(400, 'The list_message field is required.');
  }
  return v3Error(400, "The type field must be 'buttons' or 'list'.");
}

export const sessionMessageRoutes: ApiRoute[] = [
  {
    method: 'POST',
    path: '/api/ext/v3/conversations/messages/text',
    name: 'sendSessionText',
    sendsMessages: true,
    handle: (request, services) => sendSession(request, services, readText),
  },
  {
    method: 'POST',
    path: '/api/ext/v3/conversations/messages/fileViaUrl',
    name: 'sendSessionFileViaUrl',
    sendsMessages: true,
    handle: (request, services) => sendSession(request, services, readFileViaUrl),
  },
  {
    method: 'POST',
    path: '/api/ext/v3/conversations/messages/interactive',
    name: 'sendInteractiveMessage',
    sendsMessages: true,
    handle: (request, services) => sendSession(request, services, readInteractive),
  },
];
