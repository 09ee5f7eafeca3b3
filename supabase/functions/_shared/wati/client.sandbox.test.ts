import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWatiSandbox, type WatiSandbox } from '../../../../scripts/sandbox/wati/sandbox.ts';
import {
  startWebhookReceiver,
  type WebhookReceiver,
} from '../../../../test-support/wati/webhook-receiver.ts';
import { createWatiClient, type WatiClientOptions } from './client.ts';
import {
  WatiAuthError,
  WatiQuotaError,
  WatiRateLimitError,
  WatiServerError,
  WatiUnknownOutcomeError,
  WatiValidationError,
} from './errors.ts';
import type { WatiSendTemplateMessagesRequest } from './requests.ts';
import { failure } from '../../../../test-support/wati/failure.ts';

// The client against the sandbox, in process: every call, every error class, and the webhooks
// that follow a send.

let sandbox: WatiSandbox;
let receiver: WebhookReceiver;
let tenants = 0;

beforeAll(async () => {
  sandbox = await startWatiSandbox({ webhookDelayMs: { sent: 5, delivered: 30, read: 60 } });
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver.stop();
  await sandbox.stop();
});

/** A client for a fresh sandbox tenant whose webhooks reach the receiver. */
function tenantClient(options: Partial<WatiClientOptions> = {}) {
  tenants += 1;
  const tenantId = `client-${tenants}`;
  const credentials = sandbox.addTenant({ id: tenantId, webhookUrl: receiver.url });
  const sleeps: number[] = [];
  const client = createWatiClient({
    endpoint: credentials.endpoint,
    token: credentials.token,
    retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 3000 },
    sleep: (ms) => {
      sleeps.push(ms);
      return new Promise((resolve) => setTimeout(resolve, ms));
    },
    ...options,
  });
  return { tenantId, client, credentials, sleeps };
}

const welcome = (phone: string, localMessageId: string): WatiSendTemplateMessagesRequest => ({
  template_name: 'bienvenue',
  broadcast_name: `campagne-${localMessageId}`,
  recipients: [
    {
      phone_number: phone,
      local_message_id: localMessageId,
      custom_params: [{ name: 'name', value: 'Awa' }],
    },
  ],
});

describe('every client call against the sandbox', () => {
  it('templates: all pages, one, statuses', async () => {
    const { client } = tenantClient();
    const templates = await client.listAllTemplates();
    expect(templates.map((template) => template.name)).toContain('rappel_rendez_vous');
    expect(new Set(templates.map((template) => template.status))).toEqual(
      new Set(['APPROVED', 'PENDING', 'REJECTED']),
    );
    const page = await client.listTemplates({ page_number: 2, page_size: 5 });
    expect(page).toMatchObject({ page_number: 2, total: templates.length });
    const first = templates[0];
    expect(await client.getTemplate(first?.id ?? '')).toMatchObject({ name: first?.name });
  });

  it('template send and schedule', async () => {
    const { tenantId, client } = tenantClient();
    const sent = await client.sendTemplateMessages(welcome('237650100001', 'send-1'));
    expect(sent).toMatchObject({
      success: true,
      recipients: [{ local_message_id: 'send-1', phone_number: '237650100001', errors: [] }],
    });
    const scheduled = await client.scheduleTemplateMessages({
      ...welcome('237650100002', 'later-1'),
      scheduled_at: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(scheduled.broadcast_id).toBeTruthy();
    expect(sandbox.messages(tenantId).map((message) => message.status)).toContain('scheduled');
  });

  it('session text, file and interactive messages', async () => {
    const { tenantId, client } = tenantClient();
    sandbox.simulateInbound(tenantId, { from: '237650100003', text: 'Bonjour' });
    const target = '237650100003';
    const text = await client.sendSessionText({ target, text: 'Bonjour, que puis-je faire ?' });
    const file = await client.sendSessionFileViaUrl({
      target,
      file_url: 'https://cdn.cnsa.example/carnet.pdf',
      caption: 'Votre carnet',
    });
    const buttons = await client.sendInteractiveMessage({
      target,
      type: 'buttons',
      button_message: { body: 'Confirmez-vous ?', buttons: [{ text: 'Oui' }, { text: 'Non' }] },
    });
    const list = await client.sendInteractiveMessage({
      target,
      type: 'list',
      list_message: {
        body: 'Choisissez un centre',
        button_text: 'Centres',
        sections: [{ title: 'Yaoundé', rows: [{ title: 'Bastos', description: 'Lun-Ven' }] }],
      },
    });
    for (const message of [text, file, buttons, list]) expect(message.id).toMatch(/^[0-9a-f]{24}$/);
    expect(sandbox.messages(tenantId).map((message) => message.type)).toEqual([
      'text',
      'document',
      'interactive',
      'interactive',
    ]);
  });

  it('contacts: add, get, list, update', async () => {
    const { client } = tenantClient();
    const added = await client.addContact({
      whatsapp_number: '237650100004',
      name: 'Jean',
      custom_params: [{ name: 'ville', value: 'Douala' }],
    });
    expect(await client.getContact(added.id)).toMatchObject({ wa_id: '237650100004' });
    const page = await client.listContacts({ page_number: 1, page_size: 10 });
    expect(page.contact_list).toHaveLength(1);
    const [updated] = await client.updateContacts({
      contacts: [{ target: '237650100004', customParams: [{ name: 'ville', value: 'Kribi' }] }],
    });
    expect(updated?.custom_params).toEqual([{ name: 'ville', value: 'Kribi' }]);
  });

  it('chatbots, operator, teams and conversation status', async () => {
    const { tenantId, client } = tenantClient();
    sandbox.simulateInbound(tenantId, { from: '237650100005', text: 'Bonjour' });
    const { chatbot_list } = await client.listChatbots({ page_number: 1, page_size: 10 });
    expect(chatbot_list.length).toBeGreaterThan(0);
    const target = '237650100005';
    await client.startChatbot({ target, chatbot_id: chatbot_list[0]?.id ?? '' });
    await client.assignOperator(target, 'agent@cnsa.example');
    await client.assignTeams({ target, teams: ['Vaccination'] });
    await client.updateConversationStatus(target, 'pending');
    const contact = sandbox.tenant(tenantId).contacts.get(target);
    expect(contact).toMatchObject({
      assigneeEmail: 'agent@cnsa.example',
      teams: ['Vaccination'],
      conversationStatus: 'pending',
      startedChatbotIds: [chatbot_list[0]?.id],
    });
    await client.assignOperator(target, null);
    expect(contact?.assigneeEmail).toBeNull();
  });

  it('broadcast read-back', async () => {
    const { client } = tenantClient();
    const { broadcast_id } = await client.sendTemplateMessages(welcome('237650100006', 'rb-1'));
    const { broadcasts } = await client.listBroadcasts({ page_number: 1, page_size: 10 });
    expect(broadcasts.map((broadcast) => broadcast.id)).toContain(broadcast_id);
    const broadcast = await client.getBroadcast(broadcast_id ?? '');
    expect(broadcast.statistics?.total_recipients).toBe(1);
    const { recipients } = await client.listBroadcastRecipients(broadcast_id ?? '', {
      page_number: 1,
      page_size: 10,
    });
    expect(recipients).toMatchObject([{ local_message_id: 'rb-1', contact_phone: '237650100006' }]);
  });

  it('webhook subscription by the legacy v2 route; a duplicate is refused', async () => {
    const { client } = tenantClient();
    const endpoint = {
      phoneNumber: '237650000000',
      url: 'https://wcap.example/wati?token=x',
      status: 1 as const,
      eventTypes: ['message', 'templateMessageFailed'],
    };
    const [created] = await client.createWebhookEndpoints([endpoint]);
    expect(created).toMatchObject({ url: endpoint.url, status: 1 });
    expect(await failure(client.createWebhookEndpoints([endpoint]))).toBeInstanceOf(
      WatiValidationError,
    );
  });

  it('template creation by the legacy route: pending, then a refusal carries Wati’s reason', async () => {
    const { tenantId, client } = tenantClient();
    const request = {
      elementName: 'rappel_vaccin',
      category: 'UTILITY' as const,
      language: 'fr',
      body: 'Bonjour {{1}}, votre rappel de vaccin est prévu le {{2}}.',
      customParams: [
        { paramName: '1', paramValue: 'Awa' },
        { paramName: '2', paramValue: '12 mars' },
      ],
    };
    const created = await client.createTemplate(request);
    expect(created).toEqual({ id: expect.stringMatching(/^[0-9a-f]{24}$/), status: 'PENDING' });
    expect(await client.getTemplate(created.id!)).toMatchObject({
      name: 'rappel_vaccin',
      status: 'PENDING',
    });
    const duplicate = await failure(client.createTemplate(request));
    expect(duplicate).toBeInstanceOf(WatiValidationError);
    expect(duplicate.detail).toBe(
      "A template named 'rappel_vaccin' already exists for language 'fr'.",
    );
    expect(sandbox.calls(tenantId).map((call) => call.operation)).toEqual([
      'createTemplate',
      'getTemplate',
      'createTemplate',
    ]);
  });
});

describe('every error class against the sandbox', () => {
  it('auth: a wrong token, and a legacy path for another tenant', async () => {
    const { credentials } = tenantClient();
    const wrong = createWatiClient({ endpoint: credentials.endpoint, token: 'Bearer nope' });
    const error = await failure(wrong.listTemplates({ page_number: 1, page_size: 10 }));
    expect(error).toBeInstanceOf(WatiAuthError);
    expect(error.status).toBe(401);
    const elsewhere = createWatiClient({
      endpoint: `${sandbox.url}/someone-else`,
      token: credentials.token,
    });
    expect(
      await failure(
        elsewhere.createWebhookEndpoints([
          { phoneNumber: '1', url: 'https://x.example', status: 1, eventTypes: [] },
        ]),
      ),
    ).toBeInstanceOf(WatiAuthError);
  });

  it('validation: an unknown template, wrong parameters, a template not approved', async () => {
    const { tenantId, client } = tenantClient();
    const unknown = await failure(
      client.sendTemplateMessages({ ...welcome('237650200001', 'v-1'), template_name: 'nope' }),
    );
    expect(unknown).toBeInstanceOf(WatiValidationError);
    expect(unknown.message).toContain("Template 'nope' was not found.");
    const badParams = welcome('237650200001', 'v-2');
    badParams.recipients[0]!.custom_params = [{ name: 'prenom', value: 'Awa' }];
    const params = await failure(client.sendTemplateMessages(badParams));
    expect(params).toBeInstanceOf(WatiValidationError);
    expect(params.message).toContain('missing parameter(s)');
    const pending = await failure(
      client.sendTemplateMessages({
        ...welcome('237650200001', 'v-3'),
        template_name: 'enquete_satisfaction',
      }),
    );
    expect(pending).toBeInstanceOf(WatiValidationError);
    expect(pending.message).toContain('not approved');
    expect(sandbox.messages(tenantId)).toEqual([]);
  });

  it('rate_limit: a 429 with Retry-After is waited out, then the send succeeds once', async () => {
    const { tenantId, client, sleeps } = tenantClient();
    sandbox.setFaults({ rateLimitBurst: { requests: 1, retryAfterSeconds: 1 } }, tenantId);
    const sent = await client.sendTemplateMessages(welcome('237650200002', 'rl-1'));
    expect(sent.success).toBe(true);
    expect(sleeps).toHaveLength(1);
    expect(sleeps[0]).toBeGreaterThanOrEqual(1000);
    expect(sandbox.messages(tenantId)).toHaveLength(1);
  });

  it('rate_limit: a Retry-After beyond the maximum delay is left to the caller', async () => {
    const { tenantId, client } = tenantClient();
    sandbox.setFaults({ rateLimitBurst: { requests: 1, retryAfterSeconds: 60 } }, tenantId);
    const error = await failure(client.sendTemplateMessages(welcome('237650200003', 'rl-2')));
    expect(error).toBeInstanceOf(WatiRateLimitError);
    expect((error as WatiRateLimitError).retryAfterMs).toBe(60_000);
  });

  it('quota: the monthly quota, and a feature outside the plan', async () => {
    const { tenantId, client, sleeps } = tenantClient();
    sandbox.setFaults({ quotaExhausted: true }, tenantId);
    expect(
      await failure(client.sendTemplateMessages(welcome('237650200004', 'q-1'))),
    ).toBeInstanceOf(WatiQuotaError);
    expect(sleeps).toEqual([]);
    sandbox.setFaults({}, tenantId);
    sandbox.addTenant({ id: tenantId, plan: 'growth' });
    const plan = await failure(client.listChatbots({ page_number: 1, page_size: 10 }));
    expect(plan).toBeInstanceOf(WatiQuotaError);
    expect(plan.status).toBe(403);
  });

  it('server: a 503 before anything is accepted, nothing recorded', async () => {
    const { tenantId, client, sleeps } = tenantClient();
    sandbox.setFaults({ unavailableRate: 1 }, tenantId);
    const send = await failure(client.sendTemplateMessages(welcome('237650200005', 's-1')));
    expect(send).toBeInstanceOf(WatiServerError);
    expect(send.status).toBe(503);
    expect(sleeps).toEqual([]);
    expect(sandbox.messages(tenantId)).toEqual([]);
    // A read is retried before giving up.
    expect(await failure(client.getContact('237650200005'))).toBeInstanceOf(WatiServerError);
    expect(sleeps).toHaveLength(2);
  });

  it('unknown_outcome: a 502 after accepting; the message went out and can be reconciled', async () => {
    const { tenantId, client, sleeps } = tenantClient();
    sandbox.setFaults({ errorAfterAcceptRate: 1, errorAfterAcceptStatus: 502 }, tenantId);
    const error = await failure(client.sendTemplateMessages(welcome('237650200006', 'uo-1')));
    expect(error).toBeInstanceOf(WatiUnknownOutcomeError);
    expect(error.status).toBe(502);
    expect(sleeps).toEqual([]);
    expect(sandbox.messages(tenantId)).toMatchObject([{ localMessageId: 'uo-1' }]);
    await receiver.waitFor((event) => event.localMessageId === 'uo-1', 3);
    sandbox.setFaults({}, tenantId);
    const { broadcasts } = await client.listBroadcasts({ page_number: 1, page_size: 10 });
    const broadcast = broadcasts.find((candidate) => candidate.name === 'campagne-uo-1');
    const { recipients } = await client.listBroadcastRecipients(broadcast?.id ?? '', {
      page_number: 1,
      page_size: 10,
    });
    expect(recipients).toMatchObject([{ local_message_id: 'uo-1', status: 'Read' }]);
  });

  it('unknown_outcome: a send that times out was still recorded by the sandbox', async () => {
    const { tenantId, client, sleeps } = tenantClient({ timeoutMs: 100 });
    sandbox.setFaults({ delayMs: 400 }, tenantId);
    const error = await failure(client.sendTemplateMessages(welcome('237650200007', 'to-1')));
    expect(error).toBeInstanceOf(WatiUnknownOutcomeError);
    expect(error.status).toBeNull();
    expect(sleeps).toEqual([]);
    expect(sandbox.messages(tenantId)).toMatchObject([{ localMessageId: 'to-1' }]);
  });

  it('a GET that times out is retried, and succeeds once the sandbox answers in time', async () => {
    tenants += 1;
    const tenantId = `client-${tenants}`;
    const credentials = sandbox.addTenant({ id: tenantId });
    sandbox.setFaults({ delayMs: 400 }, tenantId);
    let attempts = 0;
    const client = createWatiClient({
      endpoint: credentials.endpoint,
      token: credentials.token,
      timeoutMs: 100,
      retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 100 },
      sleep: () => {
        attempts += 1;
        sandbox.setFaults({}, tenantId);
        return Promise.resolve();
      },
    });
    const page = await client.listContacts({ page_number: 1, page_size: 10 });
    expect(page.contact_list).toEqual([]);
    expect(attempts).toBe(1);
  });

  it('never puts the token in an error', async () => {
    const { credentials } = tenantClient();
    const wrong = `${credentials.token}x`;
    const client = createWatiClient({ endpoint: credentials.endpoint, token: wrong });
    const error = await failure(client.listTemplates({ page_number: 1, page_size: 10 }));
    expect(`${error.message} ${error.stack} ${JSON.stringify(error)}`).not.toContain(wrong);
  });
});

describe('webhooks after client calls', () => {
  it('sent, delivered then read reach the receiver', async () => {
    const { client } = tenantClient();
    await client.sendTemplateMessages(welcome('237650300001', 'wh-1'));
    const events = await receiver.waitFor((event) => event.localMessageId === 'wh-1', 3);
    expect(events.map((event) => event.eventType)).toEqual([
      'templateMessageSent_v2',
      'sentMessageDELIVERED_v2',
      'sentMessageREAD_v2',
    ]);
  });

  it('a failing number gets templateMessageFailed with its Meta code', async () => {
    const { client } = tenantClient();
    const sent = await client.sendTemplateMessages(welcome('237600131049', 'wh-2'));
    expect(sent.recipients?.[0]?.errors).toEqual([]);
    const [failed] = await receiver.waitFor((event) => event.localMessageId === 'wh-2');
    expect(failed).toMatchObject({ eventType: 'templateMessageFailed', failedCode: '131049' });
  });

  it('an inbound message arrives as a message event from the contact number', async () => {
    const { tenantId } = tenantClient();
    sandbox.simulateInbound(tenantId, { from: '237650300002', text: 'STOP' });
    const [message] = await receiver.waitFor(
      (event) => event.eventType === 'message' && event.waId === '237650300002',
    );
    expect(message).toMatchObject({ text: 'STOP', owner: false });
  });
});
