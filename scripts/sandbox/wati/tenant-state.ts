import { objectId } from './ids';
import {
  sandboxChatbots,
  sandboxTemplates,
  type SandboxChatbot,
  type SandboxTemplate,
} from './seed-templates';

export type SandboxPlan = 'growth' | 'pro' | 'business';

/** How a tenant is set up; everything but the id has a default. */
export interface WatiSandboxTenantSettings {
  id: string;
  name?: string;
  /** Chatbots and teams need Pro or Business, as on Wati (default `pro`). */
  plan?: SandboxPlan;
  /** The WhatsApp number of the tenant's default channel. */
  channelPhoneNumber?: string;
  /** Registered as the tenant's webhook endpoint, for every event type. */
  webhookUrl?: string;
}

export type SandboxConversationStatus = 'open' | 'solved' | 'pending' | 'block';

export interface SandboxContact {
  id: string;
  waId: string;
  name: string;
  created: Date;
  lastUpdated: Date;
  customParams: Array<{ name: string; value: string }>;
  teams: string[];
  conversationId: string;
  ticketId: string;
  /** Opens the 24-hour window for free-form messages. */
  lastInboundAt: number | null;
  assigneeEmail: string | null;
  conversationStatus: SandboxConversationStatus;
  startedChatbotIds: string[];
}

export type SandboxMessageStatus =
  'scheduled' | 'accepted' | 'sent' | 'delivered' | 'read' | 'replied' | 'failed';

/** A message the tenant sent (API or dashboard), with where its webhooks have got to. */
export interface SandboxMessage {
  id: string;
  whatsappMessageId: string;
  localMessageId: string;
  kind: 'template' | 'session';
  /** `template`, `text`, `document`, `interactive`. */
  type: string;
  waId: string;
  contactId: string;
  conversationId: string;
  ticketId: string;
  templateId: string | null;
  templateName: string | null;
  broadcastId: string | null;
  text: string | null;
  /** The media a file message carries (its URL here). */
  data: string | null;
  customParams: Array<{ name: string; value: string }>;
  /** Who sent it from Wati's dashboard; null for a message sent through the API. */
  operator: { name: string; email: string } | null;
  status: SandboxMessageStatus;
  failedCode: string | null;
  failedDetail: string | null;
  created: string;
  scheduledAt: string | null;
}

export interface SandboxBroadcast {
  id: string;
  name: string;
  templateId: string;
  templateName: string;
  created: string;
  lastUpdated: string;
  scheduledAt: string | null;
  messageIds: string[];
}

export interface SandboxWebhookEndpoint {
  id: string;
  url: string;
  /** Empty: every event type. */
  eventTypes: string[];
  /** 0 disabled, 1 enabled, 2 defective (too many failures in a row). */
  status: 0 | 1 | 2;
  failedIterationCount: number;
  created: string;
  lastUpdated: string;
}

export interface SandboxWebhookDelivery {
  url: string;
  attempts: number;
  state: 'pending' | 'delivered' | 'failed';
  lastHttpStatus: number | null;
  lastError: string | null;
}

export interface SandboxEventRecord {
  eventType: string;
  payload: Record<string, unknown>;
  emittedAt: string;
  deliveries: SandboxWebhookDelivery[];
}

/** One API call as the sandbox counted it (rate limits, 429s and faults included). */
export interface SandboxCallRecord {
  /** The route's name, as rate limits count it (e.g. `addContact`). */
  operation: string;
  method: string;
  status: number;
  /** When it arrived, ISO-8601. */
  at: string;
}

export interface SandboxTenant {
  id: string;
  name: string;
  plan: SandboxPlan;
  /** The user behind the API token, as Wati names it in `operatorEmail`. */
  apiUserEmail: string;
  channel: { name: string; phoneNumber: string };
  templates: SandboxTemplate[];
  chatbots: readonly SandboxChatbot[];
  /** By WhatsApp number. */
  contacts: Map<string, SandboxContact>;
  messages: Map<string, SandboxMessage>;
  broadcasts: Map<string, SandboxBroadcast>;
  webhooks: SandboxWebhookEndpoint[];
  /**
   * The most recent events, oldest first: the log limit plus up to a tenth more (trimmed in
   * chunks); `events()` returns the last `limit` of them.
   */
  events: SandboxEventRecord[];
  /** The most recent API calls, oldest first. */
  calls: SandboxCallRecord[];
}

export function createTenant(settings: WatiSandboxTenantSettings): SandboxTenant {
  const tenant: SandboxTenant = {
    id: settings.id,
    name: settings.name ?? `Bac à sable ${settings.id}`,
    plan: settings.plan ?? 'pro',
    apiUserEmail: `api+${settings.id}@wati-sandbox.example`,
    channel: {
      name: settings.name ?? 'Canal principal',
      phoneNumber: settings.channelPhoneNumber ?? '237650000000',
    },
    templates: sandboxTemplates.map((template) => structuredClone(template)),
    chatbots: sandboxChatbots,
    contacts: new Map(),
    messages: new Map(),
    broadcasts: new Map(),
    webhooks: [],
    events: [],
    calls: [],
  };
  if (settings.webhookUrl) registerWebhook(tenant, settings.webhookUrl, []);
  return tenant;
}

/** Replaces the tenant's webhooks with one endpoint, as the control API and settings do. */
export function registerWebhook(tenant: SandboxTenant, url: string, eventTypes: string[]): void {
  tenant.webhooks = [newWebhookEndpoint(url, eventTypes, 1)];
}

export function newWebhookEndpoint(
  url: string,
  eventTypes: string[],
  status: 0 | 1,
): SandboxWebhookEndpoint {
  const now = new Date().toISOString();
  return {
    id: objectId(),
    url,
    eventTypes,
    status,
    failedIterationCount: 0,
    created: now,
    lastUpdated: now,
  };
}
