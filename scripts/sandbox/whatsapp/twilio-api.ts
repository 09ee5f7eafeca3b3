import { randomBytes } from 'node:crypto';
import type { Answer } from '../wati/http-answers';
import { AUTH_CONTENT_LANGUAGE, MAX_CODE_LENGTH, authTemplateText } from './auth-template';
import type { TwilioCredentials } from './credentials';
import type { Outbox, SentMessage } from './outbox';
import type { SendFailure, SendFaults } from './send-faults';

// `POST /2010-04-01/Accounts/{AccountSid}/Messages.json` of Twilio's Messages API (reference §B4):
// `Body`, or the authentication content template (`ContentSid` + `ContentVariables`), answered with
// the Message resource or Twilio's error body; a send fault (send-faults.ts) refuses a valid one
// as Twilio does when it fails or is busy.

export const TWILIO_API_VERSION = '2010-04-01';
const MAX_BODY_LENGTH = 1600;
const E164 = /^\+[1-9]\d{6,14}$/;

export interface TwilioRequest {
  method: string;
  pathname: string;
  segments: string[];
  authorization: string | undefined;
  body: string;
}

/** Twilio's answers to a send it fails on. */
const SEND_FAILURES: Record<SendFailure, { status: number; code: number; message: string }> = {
  server_error: { status: 500, code: 20500, message: 'Internal Server Error' },
  rate_limit: { status: 429, code: 20429, message: 'Too Many Requests' },
};

/** Twilio's ids: a two-letter prefix and 32 hex digits. */
export function twilioSid(prefix: 'SM'): string {
  return `${prefix}${randomBytes(16).toString('hex')}`;
}

function twilioError(status: number, code: number, message: string): Answer {
  return {
    status,
    json: { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status },
    ...(status === 401 ? { headers: { 'WWW-Authenticate': 'Basic realm="Twilio API"' } } : {}),
  };
}

/** `Thu, 24 Aug 2023 05:01:45 +0000`, as Twilio dates its resources. */
function twilioDate(at: Date): string {
  return at.toUTCString().replace('GMT', '+0000');
}

/** The account SID and auth token of an HTTP Basic header, or null. */
function basicCredentials(header: string | undefined): { user: string; password: string } | null {
  const encoded = /^Basic\s+(\S+)$/i.exec(header ?? '')?.[1];
  if (!encoded) return null;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? null : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

export function answerTwilio(
  request: TwilioRequest,
  credentials: TwilioCredentials,
  outbox: Outbox,
  /** The WhatsApp authentication template the content template was made from. */
  authTemplate: string,
  faults: SendFaults,
): Answer {
  const [, accounts, accountSid, resource, ...rest] = request.segments;
  if (accounts !== 'Accounts' || resource !== 'Messages.json' || rest.length > 0) {
    return twilioError(404, 20404, `The requested resource ${request.pathname} was not found`);
  }
  const basic = basicCredentials(request.authorization);
  if (
    basic?.user !== credentials.accountSid ||
    basic.password !== credentials.authToken ||
    accountSid !== credentials.accountSid
  ) {
    return twilioError(401, 20003, 'Authenticate');
  }
  if (request.method !== 'POST') return twilioError(405, 20004, 'Method not allowed');

  const params = new URLSearchParams(request.body);
  const to = params.get('To');
  const from = params.get('From');
  if (!to) return twilioError(400, 21604, "A 'To' phone number is required.");
  if (!from) return twilioError(400, 21603, "A 'From' phone number is required.");
  if (!from.startsWith('whatsapp:')) {
    return twilioError(
      400,
      21606,
      `The From phone number ${from} is not a valid, SMS-capable inbound phone number or short code for your account.`,
    );
  }
  if (from !== credentials.from) {
    return twilioError(
      400,
      63007,
      'Twilio could not find a Channel with the specified From address',
    );
  }
  if (!to.startsWith('whatsapp:')) {
    return twilioError(
      400,
      21910,
      'Invalid From and To pair. From and To should be of the same channel',
    );
  }
  const phone = to.slice('whatsapp:'.length);
  if (!E164.test(phone)) return twilioError(400, 21211, `Invalid 'To' Phone Number: ${to}`);

  const contentSid = params.get('ContentSid');
  const body = params.get('Body');
  let content: Pick<SentMessage, 'kind' | 'text' | 'code' | 'template'>;
  if (contentSid) {
    if (contentSid !== credentials.authContentSid) {
      return twilioError(400, 21655, 'The ContentSid is Invalid.');
    }
    const code = authCode(params.get('ContentVariables'));
    if (code === null) return twilioError(400, 21656, 'The ContentVariables Parameter is invalid.');
    content = {
      kind: 'template',
      text: authTemplateText(AUTH_CONTENT_LANGUAGE, code),
      code,
      template: { name: authTemplate, language: AUTH_CONTENT_LANGUAGE, contentSid },
    };
  } else {
    if (!body) return twilioError(400, 21602, 'Message body is required.');
    if (body.length > MAX_BODY_LENGTH) {
      return twilioError(
        400,
        21617,
        `The concatenated message body exceeds the ${MAX_BODY_LENGTH} character limit.`,
      );
    }
    content = { kind: 'text', text: body };
  }

  const failure = faults.take(phone);
  if (failure) {
    const { status, code, message } = SEND_FAILURES[failure];
    return twilioError(status, code, message);
  }

  const sid = twilioSid('SM');
  const now = new Date();
  outbox.add({ id: sid, provider: 'twilio', to: phone, ...content, at: now.toISOString() });
  const uri = `/${TWILIO_API_VERSION}/Accounts/${credentials.accountSid}/Messages/${sid}`;
  return {
    status: 201,
    json: {
      account_sid: credentials.accountSid,
      api_version: TWILIO_API_VERSION,
      body: content.text,
      date_created: twilioDate(now),
      date_sent: null,
      date_updated: twilioDate(now),
      direction: 'outbound-api',
      error_code: null,
      error_message: null,
      from,
      messaging_service_sid: null,
      num_media: '0',
      num_segments: '1',
      price: null,
      price_unit: 'USD',
      sid,
      status: 'queued',
      subresource_uris: { media: `${uri}/Media.json` },
      to,
      uri: `${uri}.json`,
    },
  };
}

/** Variable `1` of the authentication content template: the code, or null when it is unusable. */
function authCode(variables: string | null): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(variables ?? '');
  } catch {
    return null;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const code = (parsed as Record<string, unknown>)['1'];
  return typeof code === 'string' && code.trim() !== '' && code.length <= MAX_CODE_LENGTH
    ? code
    : null;
}
