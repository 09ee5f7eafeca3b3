import { contactDto, ensureContact, mergeParams, PHONE_NUMBER } from '../contacts';
import { readFaults, type WatiSandboxFaults } from '../faults';
import { type Answer } from '../http-answers';
import type { InboundInput } from '../inbound';
import type { OperatorMessageInput } from '../operator-messages';
import { SimulationInputError } from '../simulation-input';
import type {
  SandboxCallRecord,
  SandboxEventRecord,
  SandboxMessage,
  SandboxTenant,
  WatiSandboxTenantSettings,
} from '../tenant-state';
import { TENANT_ID_PATTERN } from '../tokens';
import { readNameValues } from '../template-params';
import type { WebhookPayload } from '../webhook-events';

/** What a WCAP organisation stores to reach its sandbox tenant, as it would for real Wati. */
export interface WatiSandboxCredentials {
  tenantId: string;
  /** The "API Endpoint URL": sandbox URL followed by the tenant id. */
  endpoint: string;
  token: string;
}

/** What tests (in process) and the control endpoints (over HTTP) can do with the sandbox. */
export interface SandboxControl {
  /** Creates the tenant or updates its settings; idempotent. */
  addTenant(settings: WatiSandboxTenantSettings): WatiSandboxCredentials;
  tenant(tenantId: string): SandboxTenant;
  /**
   * Messages in the order they were accepted (each with its `created` time, in ms, and its
   * `localMessageId`); all of them, or `limit` of them after the first `after`.
   */
  messages(tenantId: string, page?: MessagePage): SandboxMessage[];
  events(tenantId: string): SandboxEventRecord[];
  /** API calls received (last 10,000), to check a client's pace against Wati's rate limits. */
  calls(tenantId: string): SandboxCallRecord[];
  /** Replaces the tenant's webhook endpoints with this one; no event types = all of them. */
  registerWebhook(tenantId: string, url: string, eventTypes?: string[]): void;
  /** A contact writes (text, media, location, contacts, a button or list reply). */
  simulateInbound(tenantId: string, input: InboundInput): WebhookPayload;
  /** Someone answers the contact from Wati's dashboard; the message as accepted. */
  simulateOperatorMessage(tenantId: string, input: OperatorMessageInput): SandboxMessage;
  /** For one tenant, or for all tenants without their own faults. */
  setFaults(faults: WatiSandboxFaults, tenantId?: string): void;
  /** Forgets every tenant's data and faults; scheduled webhooks are dropped. */
  reset(): void;
}

export interface MessagePage {
  /** How many messages to skip, from the first accepted. */
  after?: number;
  limit?: number;
}

export interface ControlRoute {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  handle(params: Record<string, string>, body: unknown, query: URLSearchParams): Answer;
}

const json = (json: unknown, status = 200): Answer => ({ status, json });
const problem = (message: string): Answer => json({ error: message }, 400);
const fields = (body: unknown): Record<string, unknown> =>
  body !== null && typeof body === 'object' && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : {};

const MAX_MESSAGES_PAGE = 100_000;

/** `after` (0 or more) and `limit` (1 to 100,000), both optional; a string says what is wrong. */
function messagePage(query: URLSearchParams): MessagePage | string {
  const page: MessagePage = {};
  const read = (name: 'after' | 'limit', smallest: number, largest: number) => {
    const raw = query.get(name);
    if (raw === null) return null;
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isInteger(value) || value < smallest || value > largest) {
      return `${name} must be a whole number from ${smallest} to ${largest}`;
    }
    page[name] = value;
    return null;
  };
  return read('after', 0, Number.MAX_SAFE_INTEGER) ?? read('limit', 1, MAX_MESSAGES_PAGE) ?? page;
}

/** Runs a simulation; input it refuses is answered 400 with the reason. */
function simulated(run: () => unknown): Answer {
  try {
    return json(run());
  } catch (error) {
    if (error instanceof SimulationInputError) return problem(error.message);
    throw error;
  }
}

function tenantIdOf(params: Record<string, string>): string | Answer {
  const id = params.tenantId ?? '';
  return TENANT_ID_PATTERN.test(id)
    ? id
    : problem('tenant ids are 1 to 64 letters, digits, _ or -');
}

/** Sandbox-only endpoints under `/_sandbox`, guarded by the sandbox token. */
export function controlRoutes(control: SandboxControl): ControlRoute[] {
  const perTenant = (
    method: ControlRoute['method'],
    path: string,
    handle: (tenantId: string, body: Record<string, unknown>, query: URLSearchParams) => Answer,
  ): ControlRoute => ({
    method,
    path: `/_sandbox/tenants/:tenantId${path}`,
    handle(params, body, query) {
      const tenantId = tenantIdOf(params);
      return typeof tenantId === 'string' ? handle(tenantId, fields(body), query) : tenantId;
    },
  });

  return [
    {
      method: 'POST',
      path: '/_sandbox/tenants',
      handle(_params, body) {
        const { id, name, plan, channelPhoneNumber, webhookUrl } = fields(body);
        if (typeof id !== 'string' || !TENANT_ID_PATTERN.test(id)) {
          return problem('id is required: 1 to 64 letters, digits, _ or -');
        }
        if (plan !== undefined && plan !== 'growth' && plan !== 'pro' && plan !== 'business') {
          return problem('plan must be growth, pro or business');
        }
        const optional = (value: unknown) => (typeof value === 'string' ? value : undefined);
        return json(
          control.addTenant({
            id,
            name: optional(name),
            plan,
            channelPhoneNumber: optional(channelPhoneNumber),
            webhookUrl: optional(webhookUrl),
          }),
        );
      },
    },
    // Paged with `?after=<messages already read>&limit=<at most>` (a 100,000-message broadcast
    // is read in slices); without them, every message, as before.
    perTenant('GET', '/messages', (tenantId, _body, query) => {
      const page = messagePage(query);
      if (typeof page === 'string') return problem(page);
      const messages = control.messages(tenantId, page);
      if (page.after === undefined && page.limit === undefined) return json({ messages });
      const after = page.after ?? 0;
      const total = control.tenant(tenantId).messages.size;
      const next = after + messages.length < total ? after + messages.length : null;
      return json({ messages, after, next, total });
    }),
    perTenant('GET', '/events', (tenantId) => json({ events: control.events(tenantId) })),
    perTenant('GET', '/calls', (tenantId) => json({ calls: control.calls(tenantId) })),
    perTenant('GET', '/contacts', (tenantId) =>
      json({ contacts: [...control.tenant(tenantId).contacts.values()].map(contactDto) }),
    ),
    perTenant('PUT', '/webhook', (tenantId, { url, eventTypes }) => {
      if (typeof url !== 'string' || !/^https?:\/\/\S+$/i.test(url)) {
        return problem('url must be an http(s) URL');
      }
      if (
        eventTypes !== undefined &&
        (!Array.isArray(eventTypes) || !eventTypes.every((type) => typeof type === 'string'))
      ) {
        return problem('eventTypes must be a list of event names');
      }
      control.registerWebhook(tenantId, url, eventTypes as string[] | undefined);
      return json({ tenantId, url, eventTypes: eventTypes ?? [] });
    }),
    // A workspace that already has contacts (as a real one would), without spending API calls.
    perTenant('POST', '/contacts', (tenantId, { contacts }) => {
      if (!Array.isArray(contacts)) return problem('contacts must be a list');
      const tenant = control.tenant(tenantId);
      const seeded = [];
      for (const item of contacts) {
        const { whatsapp_number: number, name, custom_params: params } = fields(item);
        const values = readNameValues(params);
        if (typeof number !== 'string' || !PHONE_NUMBER.test(number) || values === null) {
          return problem(
            'each contact needs a whatsapp_number (digits) and optional custom_params',
          );
        }
        const contact = ensureContact(tenant, number, typeof name === 'string' ? name : undefined);
        mergeParams(contact, values);
        seeded.push(contactDto(contact));
      }
      return json({ contacts: seeded });
    }),
    // Bodies go through as they came: the simulation checks every field itself.
    perTenant('POST', '/inbound', (tenantId, body) =>
      simulated(() => ({ event: control.simulateInbound(tenantId, body as InboundInput) })),
    ),
    perTenant('POST', '/operator-messages', (tenantId, body) =>
      simulated(() => ({
        message: control.simulateOperatorMessage(tenantId, body as OperatorMessageInput),
      })),
    ),
    {
      method: 'PUT',
      path: '/_sandbox/faults',
      handle(_params, body) {
        const { tenantId, ...rest } = fields(body);
        if (
          tenantId !== undefined &&
          (typeof tenantId !== 'string' || !TENANT_ID_PATTERN.test(tenantId))
        ) {
          return problem('tenantId must be a tenant id');
        }
        const faults = readFaults(rest);
        if (typeof faults === 'string') return problem(faults);
        control.setFaults(faults, tenantId);
        return json({ tenantId: tenantId ?? null, faults });
      },
    },
    {
      method: 'POST',
      path: '/_sandbox/reset',
      handle() {
        control.reset();
        return json({ reset: true });
      },
    },
  ];
}
