import { randomBytes } from 'node:crypto';
import type { Answer } from '../wati/http-answers';
import { whatsappMessageId } from '../wati/ids';
import { AUTH_TEMPLATE_LANGUAGES, MAX_CODE_LENGTH, authTemplateText } from './auth-template';
import type { MetaCredentials } from './credentials';
import { graphJson } from './graph-json';
import { phoneDigits, type Outbox, type SentMessage } from './outbox';
import type { SendFailure, SendFaults } from './send-faults';

// `POST /{version}/{phone-number-id}/messages` of Meta's Cloud API (reference §A5, §A10): text
// messages and the authentication template, refused with the Graph API's error body; a send
// fault (send-faults.ts) refuses a valid one as Meta does when it fails or is busy.

export interface GraphRequest {
  method: string;
  pathname: string;
  segments: string[];
  query: URLSearchParams;
  authorization: string | undefined;
  body: string;
}

const MAX_TEXT_LENGTH = 4096;

interface GraphErrorFields {
  message: string;
  code: number;
  type?: 'OAuthException' | 'GraphMethodException';
  subcode?: number;
  /** WhatsApp's own errors carry `error_data.details`. */
  details?: string;
}

/** A refusal, thrown from deep in the body's reading and answered once at the top. */
class GraphRefusal extends Error {
  constructor(
    readonly status: number,
    readonly fields: GraphErrorFields,
  ) {
    super(fields.message);
  }
}

/** Meta's answers to a send it fails on (its error codes reference, with their HTTP statuses). */
const SEND_FAILURES: Record<SendFailure, { status: number; fields: GraphErrorFields }> = {
  server_error: {
    status: 500,
    fields: {
      message: '(#131000) Something went wrong',
      code: 131000,
      details: 'Message failed to send due to an unknown error.',
    },
  },
  rate_limit: {
    status: 400,
    fields: {
      message: '(#130429) Rate limit hit',
      code: 130429,
      details: 'Cloud API message throughput has been reached.',
    },
  },
};

function refuse(fields: GraphErrorFields, status = 400): never {
  throw new GraphRefusal(status, fields);
}

/** `(#100) The parameter X is required.` */
function missing(parameter: string): never {
  refuse({ message: `(#100) The parameter ${parameter} is required.`, code: 100 });
}

function invalid(details: string): never {
  refuse({ message: '(#100) Invalid parameter', code: 100, details });
}

function graphAnswer(status: number, json: unknown, headers: Record<string, string>): Answer {
  return {
    status,
    text: graphJson(json),
    headers: { 'Content-Type': 'application/json; charset=UTF-8', ...headers },
  };
}

function graphError(status: number, fields: GraphErrorFields): Answer {
  const kind = status === 401 ? 'invalid_token' : 'invalid_request';
  return graphAnswer(
    status,
    {
      error: {
        message: fields.message,
        type: fields.type ?? 'OAuthException',
        code: fields.code,
        ...(fields.subcode === undefined ? {} : { error_subcode: fields.subcode }),
        ...(fields.details === undefined
          ? {}
          : { error_data: { messaging_product: 'whatsapp', details: fields.details } }),
        fbtrace_id: `A${randomBytes(16).toString('base64url').slice(0, 22)}`,
      },
    },
    {
      'WWW-Authenticate': `OAuth "Facebook Platform" "${kind}" "${fields.message.replaceAll('"', "'")}"`,
    },
  );
}

function record(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** Every request the sandbox does not route to `/_sandbox` or Twilio lands here, as on Graph. */
export function answerGraph(
  request: GraphRequest,
  credentials: MetaCredentials,
  outbox: Outbox,
  faults: SendFaults,
): Answer {
  try {
    return send(request, credentials, outbox, faults);
  } catch (error) {
    if (error instanceof GraphRefusal) return graphError(error.status, error.fields);
    throw error;
  }
}

function send(
  request: GraphRequest,
  credentials: MetaCredentials,
  outbox: Outbox,
  faults: SendFaults,
): Answer {
  const [version, objectId, edge, ...rest] = request.segments;
  if (
    version === undefined ||
    !/^v\d+\.\d+$/.test(version) ||
    objectId === undefined ||
    edge !== 'messages' ||
    rest.length > 0
  ) {
    refuse({ message: `Unknown path components: ${request.pathname}`, code: 2500 });
  }
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.authorization ?? '')?.[1];
  const token = bearer ?? request.query.get('access_token');
  if (!token) {
    refuse({ message: 'An access token is required to request this resource.', code: 104 }, 401);
  }
  if (token !== credentials.accessToken) {
    refuse({ message: 'Invalid OAuth access token - Cannot parse access token', code: 190 }, 401);
  }
  if (objectId !== credentials.phoneNumberId || request.method !== 'POST') {
    refuse({
      message: `Unsupported ${request.method.toLowerCase()} request. Object with ID '${objectId}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
      type: 'GraphMethodException',
      code: 100,
      subcode: 33,
    });
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(request.body);
  } catch {
    invalid('The request body is not valid JSON.');
  }
  const body = record(parsed) ?? invalid('The request body must be a JSON object.');
  const product = body.messaging_product;
  if (product === undefined) missing('messaging_product');
  if (product !== 'whatsapp') {
    refuse({
      message: `(#100) Param messaging_product must be one of {WHATSAPP} - got ${JSON.stringify(product)}.`,
      code: 100,
    });
  }
  if (body.recipient_type !== undefined && body.recipient_type !== 'individual') {
    refuse({
      message: `(#100) Param recipient_type must be one of {INDIVIDUAL} - got ${JSON.stringify(body.recipient_type)}.`,
      code: 100,
    });
  }
  const to = text(body.to) ?? missing('to');
  // Meta accepts `+`, spaces, `-` and brackets in `to`.
  if (!/^\+?[\d\s()-]+$/.test(to) || !/^\d{7,15}$/.test(phoneDigits(to))) {
    invalid(`Invalid parameter 'to': ${to} is not a phone number.`);
  }
  const waId = phoneDigits(to);
  const type = body.type ?? 'text';
  if (type !== 'text' && type !== 'template') {
    invalid(`The WCAP sandbox sends only text and template messages, not ${JSON.stringify(type)}.`);
  }

  let content: Pick<SentMessage, 'kind' | 'text' | 'code' | 'template'>;
  if (type === 'text') {
    const bodyText = text(record(body.text)?.body) ?? missing("text['body']");
    if (bodyText.length > MAX_TEXT_LENGTH) {
      refuse({
        message: `(#100) Param text['body'] must be at most ${MAX_TEXT_LENGTH} characters long.`,
        code: 100,
      });
    }
    content = { kind: 'text', text: bodyText };
  } else {
    const { name, language, code } = readAuthTemplate(body.template, credentials);
    content = {
      kind: 'template',
      text: authTemplateText(language, code),
      code,
      template: { name, language },
    };
  }
  const failure = faults.take(`+${waId}`);
  if (failure) refuse(SEND_FAILURES[failure].fields, SEND_FAILURES[failure].status);
  const message: SentMessage = {
    id: whatsappMessageId(),
    provider: 'meta',
    to: `+${waId}`,
    ...content,
    at: new Date().toISOString(),
  };
  outbox.add(message);
  return graphAnswer(
    200,
    {
      messaging_product: 'whatsapp',
      contacts: [{ input: to, wa_id: waId }],
      messages: [{ id: message.id }],
    },
    { 'facebook-api-version': version },
  );
}

/**
 * The authentication template: its one body parameter is the code, and so is the parameter of
 * its copy-code button (a `url` button at index 0). Meta does not check that both are the same
 * code; neither does the sandbox, which records the body's.
 */
function readAuthTemplate(
  value: unknown,
  credentials: MetaCredentials,
): { name: string; language: string; code: string } {
  const template = record(value) ?? missing('template');
  const name = text(template.name) ?? missing("template['name']");
  const languageField = record(template.language) ?? missing("template['language']");
  const language = text(languageField.code) ?? missing("template['language']['code']");
  if (name !== credentials.authTemplate || !AUTH_TEMPLATE_LANGUAGES.includes(language)) {
    refuse({
      message: '(#132001) Template name does not exist in the translation',
      code: 132001,
      details: `template name (${name}) does not exist in ${language}`,
    });
  }
  const components = template.components ?? [];
  if (!Array.isArray(components)) {
    refuse({ message: "(#100) Param template['components'] must be an array.", code: 100 });
  }
  const ofType = (kind: string) =>
    components
      .map((component) => record(component))
      .filter((component) => String(component?.type).toLowerCase() === kind)
      .map((component) => component as Record<string, unknown>);
  const parametersOf = (component: Record<string, unknown>): unknown[] =>
    Array.isArray(component.parameters) ? component.parameters : [];

  const headerParameters = ofType('header').flatMap(parametersOf);
  if (headerParameters.length > 0) mismatch('header', headerParameters.length, 0);
  const bodyParameters = ofType('body').flatMap(parametersOf);
  if (bodyParameters.length !== 1) mismatch('body', bodyParameters.length, 1);
  const code = textParameter(bodyParameters[0], 'body');

  const buttons = ofType('button');
  for (const button of buttons) {
    if (Number(button.index) !== 0) {
      invalid(`buttons: The template has no button at index ${String(button.index)}.`);
    }
    if (String(button.sub_type).toLowerCase() !== 'url') {
      invalid(`buttons: Button at index 0 is of type Url, not ${JSON.stringify(button.sub_type)}.`);
    }
  }
  const buttonParameters = buttons.flatMap(parametersOf);
  if (buttonParameters.length === 0) {
    refuse({
      message: '(#131008) Required parameter is missing',
      code: 131008,
      details: 'buttons: Button at index 0 of type Url requires a parameter',
    });
  }
  if (buttonParameters.length > 1) mismatch('buttons', buttonParameters.length, 1);
  textParameter(buttonParameters[0], 'buttons');
  return { name, language, code };
}

function mismatch(component: string, given: number, expected: number): never {
  refuse({
    message: '(#132000) Number of parameters does not match the expected number of params',
    code: 132000,
    details: `${component}: number of localizable_params (${given}) does not match the expected number of params (${expected})`,
  });
}

function textParameter(value: unknown, component: string): string {
  const parameter = record(value) ?? invalid(`${component}: A parameter must be an object.`);
  if (parameter.type !== 'text') {
    refuse({
      message: '(#132012) Parameter format does not match format in the created template',
      code: 132012,
      details: `${component}: Format mismatch, expected TEXT, received ${JSON.stringify(parameter.type)}`,
    });
  }
  const code =
    text(parameter.text) ??
    invalid("Parameter 'text' is mandatory for component parameter type 'text'");
  if (code.length > MAX_CODE_LENGTH) {
    refuse({
      message: '(#131009) Parameter value is not valid',
      code: 131009,
      details: `${component}: An authentication code has at most ${MAX_CODE_LENGTH} characters.`,
    });
  }
  return code;
}
