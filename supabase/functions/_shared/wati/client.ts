import type { z } from 'zod';
import { deriveWatiBases, type WatiBases } from './endpoint.ts';
import { errorFromResponse, WatiValidationError } from './errors.ts';
import type {
  WatiAddContactRequest,
  WatiAssignTeamsRequest,
  WatiConversationStatus,
  WatiCreateTemplateRequest,
  WatiInteractiveRequest,
  WatiPageRequest,
  WatiScheduleTemplateMessagesRequest,
  WatiSendTemplateMessagesRequest,
  WatiSessionFileViaUrlRequest,
  WatiSessionTextRequest,
  WatiStartChatbotRequest,
  WatiUpdateContactsRequest,
  WatiWebhookEndpointRequest,
} from './requests.ts';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry.ts';
import {
  broadcastPageSchema,
  broadcastRecipientPageSchema,
  broadcastSchema,
  chatbotPageSchema,
  contactListSchema,
  contactPageSchema,
  contactSchema,
  createTemplateResponseSchema,
  messageResponseSchema,
  resultSchema,
  sendTemplateMessagesResponseSchema,
  templatePageSchema,
  templateSchema,
  webhookEndpointsResponseSchema,
  type WatiBroadcast,
  type WatiBroadcastPage,
  type WatiBroadcastRecipient,
  type WatiBroadcastRecipientPage,
  type WatiChatbotPage,
  type WatiContact,
  type WatiContactPage,
  type WatiCreatedTemplate,
  type WatiMessage,
  type WatiSendTemplateMessagesResponse,
  type WatiTemplate,
  type WatiTemplatePage,
  type WatiWebhookEndpoint,
} from './schemas.ts';
import { createTransport, type WatiCall, type WatiFetch } from './transport.ts';

export interface WatiClientOptions {
  /** The dashboard's "API Endpoint URL": the host, usually followed by `/{tenantId}`. */
  endpoint: string;
  /** With or without its `Bearer ` prefix. */
  token: string;
  /**
   * The global fetch by default, for scripts and tests; functions take their clients from
   * `_shared/wati-connection.ts`, which passes the outgoing-URL guard here.
   */
  fetch?: WatiFetch;
  /** Per try; default 30 s. */
  timeoutMs?: number;
  retry?: RetryPolicy;
  sleep?: (ms: number) => Promise<void>;
}

export const MAX_PAGE_SIZE = 100;
export const MAX_RECIPIENTS_PER_SEND = 10_000;
const DEFAULT_TIMEOUT_MS = 30_000;
// Stops a server that ignores `page_number` from keeping us in a loop.
const MAX_PAGES = 10_000;

export interface WatiClient {
  readonly bases: WatiBases;
  listTemplates(page: WatiPageRequest & { channel?: string }): Promise<WatiTemplatePage>;
  /** Every template of the channel, page after page. */
  listAllTemplates(options?: { channel?: string }): Promise<WatiTemplate[]>;
  getTemplate(templateId: string): Promise<WatiTemplate>;
  /**
   * Submits a new body template for WhatsApp's review (legacy route, thinly documented: see
   * `WatiCreateTemplateRequest`). Accepted means pending: the verdict arrives by the
   * `templateReviewed` webhook or the next template list. A refusal (`result:false` or a 4xx) is a
   * validation error carrying Wati's reason; never retried after a timeout or 5xx, since the
   * template may exist by then (`WatiUnknownOutcomeError`).
   */
  createTemplate(request: WatiCreateTemplateRequest): Promise<WatiCreatedTemplate>;
  /**
   * Accepted is not delivered: outcomes arrive by webhook. Recipients may come back with `errors`
   * or be missing from the answer. A `success:false` answer is thrown as a validation (or quota)
   * error. Never retried after a timeout or 5xx: that is a `WatiUnknownOutcomeError`.
   */
  sendTemplateMessages(
    request: WatiSendTemplateMessagesRequest,
  ): Promise<WatiSendTemplateMessagesResponse>;
  scheduleTemplateMessages(
    request: WatiScheduleTemplateMessagesRequest,
  ): Promise<WatiSendTemplateMessagesResponse>;
  /** Free-form messages work only inside the 24-hour window; failures arrive by webhook. */
  sendSessionText(request: WatiSessionTextRequest): Promise<WatiMessage>;
  sendSessionFileViaUrl(request: WatiSessionFileViaUrlRequest): Promise<WatiMessage>;
  sendInteractiveMessage(request: WatiInteractiveRequest): Promise<WatiMessage>;
  addContact(request: WatiAddContactRequest): Promise<WatiContact>;
  /** Sets attributes (idempotent, hence retried); returns the contacts Wati updated. */
  updateContacts(request: WatiUpdateContactsRequest): Promise<WatiContact[]>;
  listContacts(page: WatiPageRequest): Promise<WatiContactPage>;
  getContact(target: string): Promise<WatiContact>;
  listChatbots(page: WatiPageRequest): Promise<WatiChatbotPage>;
  startChatbot(request: WatiStartChatbotRequest): Promise<void>;
  /** A null email hands the conversation to the bot. */
  assignOperator(target: string, assigneeEmail: string | null): Promise<void>;
  assignTeams(request: WatiAssignTeamsRequest): Promise<void>;
  updateConversationStatus(target: string, status: WatiConversationStatus): Promise<void>;
  /** Broadcast read-back: how to reconcile after a `WatiUnknownOutcomeError`. */
  listBroadcasts(page: WatiPageRequest & { channel?: string }): Promise<WatiBroadcastPage>;
  getBroadcast(broadcastId: string): Promise<WatiBroadcast>;
  listBroadcastRecipients(
    broadcastId: string,
    page: WatiPageRequest,
  ): Promise<WatiBroadcastRecipientPage>;
  /** Every recipient of the broadcast, page after page. */
  listAllBroadcastRecipients(broadcastId: string): Promise<WatiBroadcastRecipient[]>;
  /** Legacy v2 route, the only way to subscribe a webhook by API. */
  createWebhookEndpoints(endpoints: WatiWebhookEndpointRequest[]): Promise<WatiWebhookEndpoint[]>;
}

export function createWatiClient(options: WatiClientOptions): WatiClient {
  const bases = deriveWatiBases(options.endpoint);
  const request = createTransport({
    bases,
    token: options.token,
    fetch: options.fetch ?? ((url, init) => fetch(url, init)),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retry: options.retry ?? DEFAULT_RETRY_POLICY,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    random: Math.random,
  });

  const read = <T>(
    operation: string,
    path: string,
    schema: z.ZodType<T>,
    query?: WatiCall<T>['query'],
  ) => request({ operation, method: 'GET', api: 'v3', path, query, repeatable: true, schema });

  const write = <T>(
    operation: string,
    method: 'POST' | 'PUT',
    path: string,
    body: unknown,
    schema: z.ZodType<T>,
    repeatable = false,
  ) => request({ operation, method, api: 'v3', path, body, repeatable, schema });

  /** Calls answering `{result}`: a `result:false` is a refusal. */
  const writeResult = async (
    operation: string,
    path: string,
    body: unknown,
    method: 'POST' | 'PUT' = 'PUT',
    repeatable = false,
  ): Promise<void> => {
    const answer = await write(operation, method, path, body, resultSchema, repeatable);
    if (!answer.result) {
      throw new WatiValidationError({
        operation,
        status: 200,
        detail: 'Wati answered result:false',
      });
    }
  };

  const sendSession = async (operation: string, kind: string, body: unknown) =>
    (await write(operation, 'POST', `/conversations/messages/${kind}`, body, messageResponseSchema))
      .message;

  const sendTemplates = async (
    operation: string,
    path: string,
    body: WatiSendTemplateMessagesRequest,
  ): Promise<WatiSendTemplateMessagesResponse> => {
    checkRecipients(operation, body);
    const answer = await write(operation, 'POST', path, body, sendTemplateMessagesResponseSchema);
    if (!answer.success) {
      throw errorFromResponse({
        operation,
        status: 200,
        detail: answer.error ?? 'Wati answered success:false',
        retryAfterMs: null,
        hasEffects: true,
      });
    }
    return answer;
  };

  const client: WatiClient = {
    bases,
    listTemplates: ({ channel, ...page }) =>
      read('listTemplates', '/messageTemplates', templatePageSchema, { ...page, channel }),
    listAllTemplates: ({ channel } = {}) =>
      collectPages(async (page_number) => {
        const page = await client.listTemplates({ page_number, page_size: MAX_PAGE_SIZE, channel });
        return { items: page.templates, total: page.total };
      }),
    getTemplate: (templateId) =>
      read('getTemplate', `/messageTemplates/${segment(templateId)}`, templateSchema),
    createTemplate: async (body) => {
      const operation = 'createTemplate';
      const answer = await request({
        operation,
        method: 'POST',
        api: 'legacy',
        path: '/v1/whatsApp/templates',
        body,
        repeatable: false,
        schema: createTemplateResponseSchema,
      });
      if (answer.result === false || answer.ok === false) {
        throw new WatiValidationError({
          operation,
          status: 200,
          detail: answer.info ?? answer.message ?? answer.error ?? 'Wati answered result:false',
        });
      }
      return {
        id: answer.template?.id ?? answer.id ?? null,
        status: answer.template?.status ?? answer.status ?? null,
      };
    },
    sendTemplateMessages: (body) =>
      sendTemplates('sendTemplateMessages', '/messageTemplates/send', body),
    scheduleTemplateMessages: (body) =>
      sendTemplates('scheduleTemplateMessages', '/messageTemplates/schedule', body),
    sendSessionText: (body) => sendSession('sendSessionText', 'text', body),
    sendSessionFileViaUrl: (body) => sendSession('sendSessionFileViaUrl', 'fileViaUrl', body),
    sendInteractiveMessage: (body) => sendSession('sendInteractiveMessage', 'interactive', body),
    addContact: (body) => write('addContact', 'POST', '/contacts', body, contactSchema),
    updateContacts: async (body) =>
      (await write('updateContacts', 'PUT', '/contacts', body, contactListSchema, true))
        .contact_list,
    listContacts: (page) => read('listContacts', '/contacts', contactPageSchema, { ...page }),
    getContact: (target) => read('getContact', `/contacts/${segment(target)}`, contactSchema),
    listChatbots: (page) => read('listChatbots', '/chatbots', chatbotPageSchema, { ...page }),
    startChatbot: (body) => writeResult('startChatbot', '/chatbots/start', body, 'POST'),
    assignOperator: (target, assigneeEmail) =>
      writeResult('assignOperator', `/conversations/${segment(target)}/operator`, {
        assignee_email: assigneeEmail,
      }),
    // Teams replace the previous ones: repeating the call changes nothing.
    assignTeams: (body) => writeResult('assignTeams', '/contacts/teams', body, 'PUT', true),
    updateConversationStatus: (target, status) =>
      writeResult('updateConversationStatus', `/conversations/${segment(target)}/status`, {
        new_status: status,
      }),
    listBroadcasts: ({ channel, ...page }) =>
      read('listBroadcasts', '/broadcasts', broadcastPageSchema, { ...page, channel }),
    getBroadcast: (broadcastId) =>
      read('getBroadcast', `/broadcasts/${segment(broadcastId)}`, broadcastSchema),
    listBroadcastRecipients: (broadcastId, page) =>
      read(
        'listBroadcastRecipients',
        `/broadcasts/${segment(broadcastId)}/recipients`,
        broadcastRecipientPageSchema,
        { ...page },
      ),
    listAllBroadcastRecipients: (broadcastId) =>
      collectPages(async (page_number) => {
        const page = await client.listBroadcastRecipients(broadcastId, {
          page_number,
          page_size: MAX_PAGE_SIZE,
        });
        return { items: page.recipients, total: page.total_count };
      }),
    createWebhookEndpoints: async (endpoints) => {
      const operation = 'createWebhookEndpoints';
      const answer = await request({
        operation,
        method: 'POST',
        api: 'legacy',
        path: '/v2/webhookEndpoints',
        body: endpoints,
        repeatable: false,
        schema: webhookEndpointsResponseSchema,
      });
      if (!answer.ok) {
        throw new WatiValidationError({
          operation,
          status: 200,
          detail: answer.message ?? answer.error ?? 'Wati answered ok:false',
        });
      }
      return answer.result ?? [];
    },
  };
  return client;
}

function segment(value: string): string {
  return encodeURIComponent(value);
}

/** Refuses locally what Wati would refuse anyway, before spending a call of the quota. */
function checkRecipients(operation: string, request: WatiSendTemplateMessagesRequest): void {
  const { recipients } = request;
  const refuse = (detail: string) => new WatiValidationError({ operation, status: null, detail });
  if (recipients.length === 0 || recipients.length > MAX_RECIPIENTS_PER_SEND) {
    throw refuse(
      `recipients must hold 1 to ${MAX_RECIPIENTS_PER_SEND} items, not ${recipients.length}`,
    );
  }
  const index = recipients.findIndex((recipient) => !recipient.phone_number && !recipient.target);
  if (index !== -1) throw refuse(`recipient ${index} has neither phone_number nor target`);
}

async function collectPages<T>(
  fetchPage: (pageNumber: number) => Promise<{ items: T[]; total?: number | null }>,
): Promise<T[]> {
  const all: T[] = [];
  for (let pageNumber = 1; pageNumber <= MAX_PAGES; pageNumber += 1) {
    const { items, total } = await fetchPage(pageNumber);
    all.push(...items);
    const done = typeof total === 'number' ? all.length >= total : items.length < MAX_PAGE_SIZE;
    if (done || items.length === 0) break;
  }
  return all;
}
