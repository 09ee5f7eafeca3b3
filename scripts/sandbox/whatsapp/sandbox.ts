import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, writeAnswer, type Answer } from '../wati/http-answers';
import {
  DEFAULT_AUTH_TEMPLATE,
  DEFAULT_GRAPH_VERSION,
  deriveCredentials,
  randomSandboxToken,
  type MetaCredentials,
  type TwilioCredentials,
} from './credentials';
import {
  InboundDeliveries,
  SandboxInputError,
  WebhookPostError,
  readInboundInput,
  type InboundInput,
  type InboundResult,
} from './inbound';
import { metaInboundWebhook, twilioInboundWebhook } from './inbound-webhooks';
import { answerGraph } from './meta-api';
import { Outbox, type Provider, type SentMessage } from './outbox';
import { SendFaults, readSendFault, type SendFailure, type SendFault } from './send-faults';
import { TWILIO_API_VERSION, answerTwilio } from './twilio-api';
import { closeServer, listen, sandboxServer, visibleHost } from '../listen';

export interface WebhookUrls {
  /** WCAP's `whatsapp-webhook` as Meta calls it. */
  meta: string | null;
  /** As Twilio calls it, query string included: Twilio signs the whole URL. */
  twilio: string | null;
}

export interface WhatsAppSandboxOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /**
   * Guards `/_sandbox/*`, and every secret below is derived from it: the same token gives the
   * same secrets at every start. Default: a random token, hence random secrets.
   */
  token?: string;
  /** E.164; default `+237690000000`. */
  platformNumber?: string;
  /** Where inbound webhooks go; also settable later (`setWebhookUrls`, `PUT /_sandbox/webhooks`). */
  webhookUrls?: Partial<WebhookUrls>;
  /** Overrides of the derived Meta credentials. */
  meta?: Partial<MetaCredentials>;
  /** Overrides of the derived Twilio credentials. */
  twilio?: Partial<TwilioCredentials>;
  /** Sent messages, and inbound webhooks kept for redelivery, newest; default 10,000 each. */
  keep?: number;
  /** How long WCAP's webhook may take to answer; default 10 s. */
  webhookTimeoutMs?: number;
}

export interface WhatsAppSandbox {
  url: string;
  /** The sandbox token (`Authorization: Bearer …` on `/_sandbox/*`), not a provider credential. */
  token: string;
  /** E.164. */
  platformNumber: string;
  meta: MetaCredentials;
  twilio: TwilioCredentials;
  /** The current ones. */
  readonly webhookUrls: WebhookUrls;
  /** Sets the given providers' URLs; `null` unsets one. */
  setWebhookUrls(urls: Partial<WebhookUrls>): WebhookUrls;
  /** What was sent, oldest first; to one number (E.164 or digits) when given. */
  messages(to?: string): SentMessage[];
  /** Someone writes to the platform number; rejects as `/_sandbox/inbound` answers 400 or 502. */
  simulateInbound(input: InboundInput): Promise<InboundResult>;
  /** Posts that webhook again, byte for byte; null when there is none with that id. */
  redeliver(messageId: string): Promise<InboundResult> | null;
  /**
   * The next sends (to one number, `times` of them) fail as the provider fails; throws
   * SandboxInputError as `POST /_sandbox/faults` answers 400.
   */
  addSendFault(fault: Partial<SendFault>): void;
  /** The send faults in force, with the sends they have left (null: until cleared). */
  sendFaults(): (SendFault & { left: number | null })[];
  clearSendFaults(): void;
  stop(): Promise<void>;
}

export const DEFAULT_WHATSAPP_SANDBOX_TOKEN = 'wcap-whatsapp-sandbox';
export const DEFAULT_PLATFORM_NUMBER = '+237690000000';
const DEFAULT_KEEP = 10_000;
const DEFAULT_WEBHOOK_TIMEOUT_MS = 10_000;
const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * Starts a local stand-in for WCAP's platform WhatsApp number, reachable both as Meta's Cloud API
 * and as Twilio's Messages API: it records what is sent and posts signed inbound webhooks.
 */
export async function startWhatsAppSandbox(
  options: WhatsAppSandboxOptions = {},
): Promise<WhatsAppSandbox> {
  const host = options.host ?? '127.0.0.1';
  const token = options.token ?? randomSandboxToken();
  const platformNumber = options.platformNumber ?? DEFAULT_PLATFORM_NUMBER;
  if (!/^\+[1-9]\d{6,14}$/.test(platformNumber)) {
    throw new Error(`platformNumber must be E.164, not ${platformNumber}`);
  }
  const derived = deriveCredentials(token, platformNumber);
  const meta: MetaCredentials = {
    ...derived.meta,
    graphVersion: DEFAULT_GRAPH_VERSION,
    authTemplate: DEFAULT_AUTH_TEMPLATE,
    ...options.meta,
  };
  const twilio: TwilioCredentials = { ...derived.twilio, ...options.twilio };
  const keep = options.keep ?? DEFAULT_KEEP;
  const outbox = new Outbox(keep);
  const sendFaults = new SendFaults();
  const deliveries = new InboundDeliveries(
    keep,
    options.webhookTimeoutMs ?? DEFAULT_WEBHOOK_TIMEOUT_MS,
  );
  const webhookUrls: WebhookUrls = { meta: null, twilio: null };

  const setWebhookUrls = (urls: Partial<WebhookUrls>): WebhookUrls => {
    for (const provider of ['meta', 'twilio'] as const) {
      const url = urls[provider];
      if (url === undefined) continue;
      if (url !== null && (typeof url !== 'string' || !/^https?:\/\/./.test(url))) {
        throw new SandboxInputError(`webhook URL for ${provider} must be http(s), not ${url}`);
      }
      webhookUrls[provider] = url;
    }
    return { ...webhookUrls };
  };
  setWebhookUrls(options.webhookUrls ?? {});

  const simulateInbound = async (input: InboundInput): Promise<InboundResult> => {
    const { from, text, provider, signature, profileName } = readInboundInput(input);
    const url = webhookUrls[provider];
    if (url === null) {
      throw new WebhookPostError(
        `no webhook URL for ${provider}: give webhookUrls at start or PUT /_sandbox/webhooks`,
        null,
      );
    }
    const inbound = { waId: from.slice(1), text, profileName };
    const webhook =
      provider === 'meta'
        ? metaInboundWebhook(inbound, meta, platformNumber)
        : twilioInboundWebhook(inbound, twilio, url);
    return deliveries.deliver(webhook.messageId, {
      url,
      body: webhook.body,
      headers: webhook.headers(signature),
    });
  };

  const answerControl = async (
    method: string,
    route: string,
    query: URLSearchParams,
    rawBody: string,
    req: IncomingMessage,
  ): Promise<Answer> => {
    if (route === 'health') {
      return method === 'GET'
        ? { status: 200, json: { ok: true } }
        : { status: 405, json: { error: 'method not allowed' } };
    }
    if (req.headers.authorization !== `Bearer ${token}`) {
      return {
        status: 401,
        json: { error: 'the sandbox token is required: Authorization: Bearer <token>' },
      };
    }
    const allowed = new Map([
      ['messages', ['GET']],
      ['inbound', ['POST']],
      ['redeliver', ['POST']],
      ['webhooks', ['PUT']],
      ['faults', ['GET', 'POST', 'DELETE']],
    ]);
    if (!allowed.has(route)) return { status: 404, json: { error: 'no such control endpoint' } };
    if (!allowed.get(route)!.includes(method)) {
      return { status: 405, json: { error: 'method not allowed' } };
    }
    if (route === 'messages') {
      return { status: 200, json: { messages: outbox.list(query.get('to') || undefined) } };
    }
    if (route === 'faults' && method !== 'POST') {
      if (method === 'DELETE') sendFaults.clear();
      return { status: 200, json: { faults: sendFaults.list() } };
    }
    let body: unknown;
    try {
      body = JSON.parse(rawBody);
    } catch {
      return { status: 400, json: { error: 'the body must be JSON' } };
    }
    try {
      if (route === 'webhooks') {
        if (body === null || typeof body !== 'object' || Array.isArray(body)) {
          throw new SandboxInputError('the body must be {meta?, twilio?}');
        }
        return { status: 200, json: { webhookUrls: setWebhookUrls(body as Partial<WebhookUrls>) } };
      }
      if (route === 'inbound') {
        return { status: 200, json: await simulateInbound(body as InboundInput) };
      }
      if (route === 'faults') {
        sendFaults.add(readSendFault(body));
        return { status: 200, json: { faults: sendFaults.list() } };
      }
      const messageId = (body as { messageId?: unknown } | null)?.messageId;
      const redelivered = typeof messageId === 'string' ? deliveries.redeliver(messageId) : null;
      if (!redelivered) {
        return { status: 404, json: { error: 'no inbound webhook with that messageId' } };
      }
      return { status: 200, json: await redelivered };
    } catch (error) {
      if (error instanceof SandboxInputError) {
        return { status: 400, json: { error: error.message } };
      }
      if (error instanceof WebhookPostError) {
        return { status: 502, json: { error: error.message, messageId: error.messageId } };
      }
      throw error;
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = req.method ?? 'GET';
    const requestUrl = new URL(req.url ?? '/', 'http://sandbox');
    const body = await readBody(req, BODY_LIMIT_BYTES);
    const segments = requestUrl.pathname.split('/').filter((segment) => segment !== '');
    const request = {
      method,
      pathname: requestUrl.pathname,
      segments,
      query: requestUrl.searchParams,
      authorization: req.headers.authorization,
      body,
    };
    if (segments[0] === '_sandbox' && segments.length === 2) {
      const route = segments[1] as string;
      writeAnswer(res, await answerControl(method, route, requestUrl.searchParams, body, req));
    } else if (segments[0] === TWILIO_API_VERSION) {
      writeAnswer(res, answerTwilio(request, twilio, outbox, meta.authTemplate, sendFaults));
    } else {
      writeAnswer(res, answerGraph(request, meta, outbox, sendFaults));
    }
  };

  const server = sandboxServer('whatsapp', handle);
  const port = await listen(server, options.port ?? 0, host);

  return {
    url: `http://${visibleHost(host)}:${port}`,
    token,
    platformNumber,
    meta,
    twilio,
    get webhookUrls() {
      return { ...webhookUrls };
    },
    setWebhookUrls,
    messages: (to) => outbox.list(to),
    simulateInbound,
    redeliver: (messageId) => deliveries.redeliver(messageId),
    addSendFault: (fault) => sendFaults.add(readSendFault(fault)),
    sendFaults: () => sendFaults.list(),
    clearSendFaults: () => sendFaults.clear(),
    stop: () => closeServer(server),
  };
}

/**
 * The Edge Functions' variables (issue 17's contract) that point the platform provider at this
 * sandbox; `WHATSAPP_PROVIDER` and `WHATSAPP_WEBHOOK_URL` are the stack's choice.
 */
export function whatsAppSandboxEnv(
  sandbox: Pick<WhatsAppSandbox, 'url' | 'meta' | 'twilio'>,
): Record<string, string> {
  return {
    META_GRAPH_URL: sandbox.url,
    META_GRAPH_VERSION: sandbox.meta.graphVersion,
    META_ACCESS_TOKEN: sandbox.meta.accessToken,
    META_PHONE_NUMBER_ID: sandbox.meta.phoneNumberId,
    META_APP_SECRET: sandbox.meta.appSecret,
    META_VERIFY_TOKEN: sandbox.meta.verifyToken,
    META_AUTH_TEMPLATE: sandbox.meta.authTemplate,
    TWILIO_API_URL: sandbox.url,
    TWILIO_ACCOUNT_SID: sandbox.twilio.accountSid,
    TWILIO_AUTH_TOKEN: sandbox.twilio.authToken,
    TWILIO_WHATSAPP_FROM: sandbox.twilio.from,
    TWILIO_AUTH_CONTENT_SID: sandbox.twilio.authContentSid,
  };
}

export type { InboundInput, InboundResult, Provider, SendFailure, SendFault, SentMessage };
