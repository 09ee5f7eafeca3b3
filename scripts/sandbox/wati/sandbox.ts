import type { IncomingMessage, ServerResponse } from 'node:http';
import { FaultBook, type WatiSandboxFaults } from './faults';
import {
  delay,
  gatewayError,
  readBody,
  unauthorized,
  v3Error,
  writeAnswer,
  type Answer,
} from './http-answers';
import { receiveInbound } from './inbound';
import { MessageLifecycle, type WebhookDelays } from './message-lifecycle';
import { sendOperatorMessage } from './operator-messages';
import { RateLimiter } from './rate-limiter';
import { matchRoute, type ApiRoute, type ApiServices } from './router';
import { broadcastRoutes } from './routes/broadcasts';
import { chatbotRoutes } from './routes/chatbots';
import { contactRoutes } from './routes/contacts';
import { controlRoutes, type SandboxControl, type WatiSandboxCredentials } from './routes/control';
import { conversationRoutes } from './routes/conversations';
import { sessionMessageRoutes } from './routes/session-messages';
import { templateSendRoutes } from './routes/template-sends';
import { templateRoutes } from './routes/templates';
import { webhookEndpointRoutes } from './routes/webhook-endpoints';
import { TemplateReviews } from './template-review';
import {
  createTenant,
  registerWebhook,
  type SandboxTenant,
  type WatiSandboxTenantSettings,
} from './tenant-state';
import { Timers } from './timers';
import { tenantOfToken, tenantToken } from './tokens';
import { WebhookDispatcher } from './webhook-delivery';
import { closeServer, listen, sandboxServer, visibleHost } from '../listen';

export interface WatiSandboxOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /**
   * The sandbox token: guards `/_sandbox/*` and signs the tenants' API tokens (so the same
   * sandbox token always yields the same tenant tokens). Default `DEFAULT_SANDBOX_TOKEN`.
   */
  token?: string;
  /** Tenants set up in advance; any other tenant id is created on first use. */
  tenants?: WatiSandboxTenantSettings[];
  /**
   * Webhook URL for tenants that register none, `{tenantId}` replaced by the tenant's id; lets
   * webhooks flow again after a restart without registering anew.
   */
  webhookUrl?: string;
  /** From acceptance to each webhook; default 300 / 1,500 / 4,000 ms. */
  webhookDelayMs?: Partial<WebhookDelays>;
  webhookRetry?: { attempts?: number; intervalMs?: number; timeoutMs?: number };
  /**
   * Webhook POSTs in flight at once, all tenants together (default 16). Wati posts one event per
   * POST; benchmarks raise this to see how many events a second the receiver ingests.
   */
  webhookConcurrency?: number;
  /** Webhook events kept per tenant for inspection (`/events`), newest; default 10,000. */
  webhookEventLogLimit?: number;
  /** Share (0..1) of accepted template messages that fail (`templateMessageFailed`). */
  failureRate?: number;
  /**
   * From a template's creation to WhatsApp's verdict (`templateReviewed`); default 2,000 ms.
   * Names starting with `sandbox_reject` are rejected, the others approved.
   */
  templateReviewDelayMs?: number;
  /** Calls allowed per tenant and endpoint in 10 s; default 100 (Wati's Business plan). */
  rateLimit?: { requestsPer10s?: number };
  faults?: WatiSandboxFaults;
}

export interface WatiSandbox extends SandboxControl {
  url: string;
  /** The sandbox token (see `WatiSandboxOptions.token`), not a tenant's API token. */
  token: string;
  stop(): Promise<void>;
}

export const DEFAULT_SANDBOX_TOKEN = 'wcap-wati-sandbox';
export const DEFAULT_WEBHOOK_DELAYS: WebhookDelays = { sent: 300, delivered: 1500, read: 4000 };
const DEFAULT_TEMPLATE_REVIEW_DELAY_MS = 2000;
const DEFAULT_REQUESTS_PER_10S = 100;
const DEFAULT_WEBHOOK_CONCURRENCY = 16;
const DEFAULT_EVENT_LOG_LIMIT = 10_000;
const CALL_LOG_LIMIT = 10_000;
const BODY_LIMIT_BYTES = 16 * 1024 * 1024;

const apiRoutes: readonly ApiRoute[] = [
  ...templateRoutes,
  ...templateSendRoutes,
  ...sessionMessageRoutes,
  ...contactRoutes,
  ...conversationRoutes,
  ...chatbotRoutes,
  ...broadcastRoutes,
  ...webhookEndpointRoutes,
];

/** Starts a local Wati look-alike serving several tenants, for development and tests. */
export async function startWatiSandbox(options: WatiSandboxOptions = {}): Promise<WatiSandbox> {
  const host = options.host ?? '127.0.0.1';
  const sandboxToken = options.token ?? DEFAULT_SANDBOX_TOKEN;
  const timers = new Timers();
  const dispatcher = new WebhookDispatcher(
    {
      attempts: options.webhookRetry?.attempts ?? 3,
      retryIntervalMs: options.webhookRetry?.intervalMs ?? 2000,
      timeoutMs: options.webhookRetry?.timeoutMs ?? 10_000,
      concurrency: positiveInteger(
        'webhookConcurrency',
        options.webhookConcurrency ?? DEFAULT_WEBHOOK_CONCURRENCY,
      ),
      defectiveAfter: 100,
      eventLogLimit: positiveInteger(
        'webhookEventLogLimit',
        options.webhookEventLogLimit ?? DEFAULT_EVENT_LOG_LIMIT,
      ),
    },
    timers,
  );
  const emit = dispatcher.emit.bind(dispatcher);
  const lifecycle = new MessageLifecycle(
    {
      delays: { ...DEFAULT_WEBHOOK_DELAYS, ...options.webhookDelayMs },
      failureRate: options.failureRate ?? 0,
      random: Math.random,
    },
    timers,
    emit,
  );
  const templateReviews = new TemplateReviews(
    options.templateReviewDelayMs ?? DEFAULT_TEMPLATE_REVIEW_DELAY_MS,
    timers,
    emit,
  );
  const services: ApiServices = { lifecycle, templateReviews, timers };
  const faults = new FaultBook(options.faults);
  const limiter = new RateLimiter(options.rateLimit?.requestsPer10s ?? DEFAULT_REQUESTS_PER_10S);
  const settings = new Map((options.tenants ?? []).map((tenant) => [tenant.id, tenant]));
  const tenants = new Map<string, SandboxTenant>();
  let url = '';

  const tenantFor = (id: string): SandboxTenant => {
    let tenant = tenants.get(id);
    if (!tenant) {
      const configured = settings.get(id) ?? { id };
      const webhookUrl = configured.webhookUrl ?? options.webhookUrl?.replaceAll('{tenantId}', id);
      tenant = createTenant({ ...configured, webhookUrl });
      tenants.set(id, tenant);
    }
    return tenant;
  };

  const control: SandboxControl = {
    addTenant(tenantSettings): WatiSandboxCredentials {
      const { id } = tenantSettings;
      const given = Object.fromEntries(
        Object.entries(tenantSettings).filter(([, value]) => value !== undefined),
      );
      const merged = { ...settings.get(id), ...given, id };
      settings.set(id, merged);
      const existing = tenants.get(id);
      if (existing) {
        existing.plan = merged.plan ?? existing.plan;
        existing.name = merged.name ?? existing.name;
        existing.channel.phoneNumber = merged.channelPhoneNumber ?? existing.channel.phoneNumber;
        if (tenantSettings.webhookUrl) registerWebhook(existing, tenantSettings.webhookUrl, []);
      } else {
        tenantFor(id);
      }
      return { tenantId: id, endpoint: `${url}/${id}`, token: tenantToken(sandboxToken, id) };
    },
    tenant: tenantFor,
    messages: (tenantId, page) => {
      const all = [...tenantFor(tenantId).messages.values()];
      const after = page?.after ?? 0;
      return structuredClone(
        all.slice(after, page?.limit === undefined ? undefined : after + page.limit),
      );
    },
    events: (tenantId) => structuredClone(dispatcher.eventLog(tenantFor(tenantId))),
    calls: (tenantId) => structuredClone(tenantFor(tenantId).calls),
    registerWebhook: (tenantId, webhookUrl, eventTypes = []) =>
      registerWebhook(tenantFor(tenantId), webhookUrl, eventTypes),
    simulateInbound: (tenantId, input) =>
      receiveInbound(tenantFor(tenantId), input, lifecycle, emit),
    simulateOperatorMessage: (tenantId, input) =>
      structuredClone(sendOperatorMessage(tenantFor(tenantId), input, lifecycle)),
    setFaults: (newFaults, tenantId) => faults.set(newFaults, tenantId),
    reset() {
      timers.clear();
      dispatcher.clear();
      tenants.clear();
      limiter.reset();
      faults.reset(options.faults ?? {});
    },
  };
  const controlTable = controlRoutes(control);

  const authorizedTenant = (req: IncomingMessage): string | null => {
    const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    return match?.[1] ? tenantOfToken(sandboxToken, match[1]) : null;
  };

  /** `/_sandbox/health` is open (readiness probes); the rest needs the sandbox token. */
  const answerControl = (
    method: string,
    segments: string[],
    query: URLSearchParams,
    body: unknown,
    req: IncomingMessage,
  ): Answer => {
    if (segments.length === 2 && segments[1] === 'health') {
      return { status: 200, json: { ok: true } };
    }
    if (req.headers.authorization !== `Bearer ${sandboxToken}`) return unauthorized();
    const match = matchRoute(controlTable, method, segments);
    if (match === 'not_found') return { status: 404, json: { error: 'no such control endpoint' } };
    if (match === 'method_not_allowed') return { status: 405 };
    return match.route.handle(match.params, body, query);
  };

  /** Routing, auth, quota and rate limits, faults, then the route itself. */
  const answerApi = async (
    method: string,
    segments: string[],
    query: URLSearchParams,
    body: unknown,
    req: IncomingMessage,
  ): Promise<Answer> => {
    const match = matchRoute(apiRoutes, method, segments);
    if (match === 'not_found') return { status: 404 };
    if (match === 'method_not_allowed') return { status: 405 };
    const tenantId = authorizedTenant(req);
    // Legacy routes carry the tenant in the path; it must be the token's.
    if (tenantId === null || (match.params.tenant ?? tenantId) !== tenantId) return unauthorized();
    const active = faults.faultsFor(tenantId);
    const arrivedAt = Date.now();
    const decide = (): Answer => {
      if (active.quotaExhausted) {
        return {
          status: 429,
          text: 'API usage limit reached for this month. The quota resets on the 1st.',
          headers: { 'Content-Type': 'text/plain' },
        };
      }
      const retryAfter =
        faults.takeBurst(tenantId) ??
        limiter.take(`${tenantId} ${match.route.name}`, arrivedAt, match.route.requestsPer10s);
      if (retryAfter !== null) {
        return { status: 429, headers: { 'Retry-After': String(retryAfter) } };
      }
      if (Math.random() < (active.unavailableRate ?? 0)) return gatewayError(503);
      if (body === INVALID_JSON) return v3Error(400, 'The request body is not valid JSON.');
      const tenant = tenantFor(tenantId);
      const answer = match.route.handle({ tenant, params: match.params, query, body }, services);
      const failAfterAccept =
        match.route.sendsMessages === true &&
        answer.status === 200 &&
        Math.random() < (active.errorAfterAcceptRate ?? 0);
      if (!failAfterAccept) return answer;
      const status = active.errorAfterAcceptStatus ?? 502;
      return status === 500 ? v3Error(500, 'An unexpected error occurred.') : gatewayError(status);
    };
    const answer = decide();
    const calls = tenantFor(tenantId).calls;
    calls.push({
      operation: match.route.name,
      method,
      status: answer.status,
      at: new Date(arrivedAt).toISOString(),
    });
    if (calls.length > CALL_LOG_LIMIT) calls.splice(0, calls.length - CALL_LOG_LIMIT);
    // Held back after the work is done: a client that gives up meanwhile leaves sends recorded.
    if (active.delayMs) await delay(active.delayMs);
    return answer;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = req.method ?? 'GET';
    const requestUrl = new URL(req.url ?? '/', 'http://sandbox');
    const body = parseJson(await readBody(req, BODY_LIMIT_BYTES));
    const segments = pathSegments(requestUrl.pathname);
    if (segments === null) {
      writeAnswer(res, { status: 400 });
    } else if (segments[0] === '_sandbox') {
      writeAnswer(res, answerControl(method, segments, requestUrl.searchParams, body, req));
    } else {
      writeAnswer(res, await answerApi(method, segments, requestUrl.searchParams, body, req));
    }
  };

  const server = sandboxServer('wati', handle, {
    tooLarge: (message) => v3Error(413, message),
    failed: v3Error(500, 'An unexpected error occurred.'),
  });
  const port = await listen(server, options.port ?? 0, host);
  url = `http://${visibleHost(host)}:${port}`;
  for (const tenant of options.tenants ?? []) tenantFor(tenant.id);

  return {
    ...control,
    url,
    token: sandboxToken,
    stop() {
      timers.clear();
      dispatcher.close();
      return closeServer(server);
    },
  };
}

const INVALID_JSON = Symbol('invalid JSON');

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number ≥ 1`);
  return value;
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return INVALID_JSON;
  }
}

function pathSegments(pathname: string): string[] | null {
  try {
    return pathname
      .split('/')
      .filter((segment) => segment !== '')
      .map(decodeURIComponent);
  } catch {
    return null;
  }
}
