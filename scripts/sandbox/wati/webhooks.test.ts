import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { TEMPLATE_FAILURES } from './message-lifecycle';
import { startWatiSandbox, type WatiSandbox } from './sandbox';
import { controlCall, sandboxApi } from '../../../test-support/wati/sandbox-api';
import { fixture, shapeDifferences } from '../../../test-support/wati/same-shape';
import {
  startWebhookReceiver,
  type ReceivedEvent,
  type WebhookReceiver,
} from '../../../test-support/wati/webhook-receiver';

const SEND = '/api/ext/v3/messageTemplates/send';
const tiny = { sent: 5, delivered: 30, read: 60 };

function welcome(phone: string, localMessageId: string) {
  return {
    template_name: 'bienvenue',
    broadcast_name: 'webhooks',
    recipients: [
      {
        phone_number: phone,
        local_message_id: localMessageId,
        custom_params: [{ name: 'name', value: 'Awa' }],
      },
    ],
  };
}

let sandbox: WatiSandbox;
let receiver: WebhookReceiver;
let tenantCount = 0;

/** A fresh tenant whose webhooks go to the receiver, registered through the control API. */
async function freshTenant() {
  tenantCount += 1;
  const tenantId = `hooks-${tenantCount}`;
  const api = sandboxApi(sandbox, tenantId);
  const registered = await controlCall(sandbox, 'PUT', `/tenants/${tenantId}/webhook`, {
    url: `${receiver.url}?tenant=${tenantId}`,
  });
  expect(registered.status).toBe(200);
  return { tenantId, ...api };
}

const byMessage = (localMessageId: string) => (event: ReceivedEvent) =>
  event.localMessageId === localMessageId;

beforeAll(async () => {
  sandbox = await startWatiSandbox({
    webhookDelayMs: tiny,
    webhookRetry: { attempts: 3, intervalMs: 20, timeoutMs: 1000 },
  });
});
afterAll(() => sandbox.stop());

describe('template message webhooks', () => {
  beforeAll(async () => {
    receiver = await startWebhookReceiver();
  });
  afterAll(() => receiver.stop());

  it('posts sent, delivered then read, shaped as the reference says', async () => {
    const { call } = await freshTenant();
    const reply = await call('POST', SEND, welcome('237650000101', 'seq-1'));
    expect(reply.status).toBe(200);
    const events = await receiver.waitFor(byMessage('seq-1'), 3);
    expect(events.map((event) => event.eventType)).toEqual([
      'templateMessageSent_v2',
      'sentMessageDELIVERED_v2',
      'sentMessageREAD_v2',
    ]);
    const [sent, delivered, read] = events;
    expect(shapeDifferences(sent, fixture('webhook-template-message-sent-v2'))).toEqual([]);
    expect(shapeDifferences(delivered, fixture('webhook-sent-message-delivered-v2'))).toEqual([]);
    expect(shapeDifferences(read, fixture('webhook-sent-message-read-v2'))).toEqual([]);
    expect(sent).toMatchObject({
      statusString: 'SENT',
      templateName: 'bienvenue',
      waId: '237650000101',
      text: expect.stringContaining('Bonjour Awa,'),
    });
    expect(sent?.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$/);
    expect(delivered?.statusString).toBe('Delivered');
    expect(read?.statusString).toBe('Read');
    expect(read?.timestamp).toMatch(/^\d{10}$/);
    // The three ids stay distinct and the same across events.
    for (const event of events) {
      expect(event.id).toBe(sent?.id);
      expect(event.whatsappMessageId).toBe(sent?.whatsappMessageId);
    }
    expect(sent?.id).not.toBe(sent?.whatsappMessageId);
  });

  it('fails a number ending in a Meta error code with that code', async () => {
    const { tenantId, call } = await freshTenant();
    await call('POST', SEND, welcome('237600131026', 'fail-1'));
    const [failed] = await receiver.waitFor(byMessage('fail-1'));
    expect(shapeDifferences(failed, fixture('webhook-template-message-failed'))).toEqual([]);
    expect(failed).toMatchObject({
      eventType: 'templateMessageFailed',
      statusString: 'Failed',
      failedCode: '131026',
      failedDetail: 'Message undeliverable',
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(receiver.events.filter(byMessage('fail-1'))).toHaveLength(1);
    expect(sandbox.messages(tenantId)[0]).toMatchObject({ status: 'failed', failedCode: '131026' });
  });

  it('an inbound reply from a new number: newContactMessageReceived, then message', async () => {
    const { tenantId } = await freshTenant();
    const reply = await controlCall(sandbox, 'POST', `/tenants/${tenantId}/inbound`, {
      from: '237650000202',
      text: 'Bonjour, je voudrais un rendez-vous',
      senderName: 'Fatou',
    });
    expect(reply.status).toBe(200);
    const [created] = await receiver.waitFor(
      (event) => event.eventType === 'newContactMessageReceived' && event.waId === '237650000202',
    );
    const [message] = await receiver.waitFor(
      (event) => event.eventType === 'message' && event.waId === '237650000202',
    );
    expect(shapeDifferences(created, fixture('webhook-new-contact-message-received'))).toEqual([]);
    expect(shapeDifferences(message, fixture('webhook-message'))).toEqual([]);
    expect(message).toMatchObject({
      text: 'Bonjour, je voudrais un rendez-vous',
      senderName: 'Fatou',
      owner: false,
    });
    expect(receiver.events.indexOf(created!)).toBeLessThan(receiver.events.indexOf(message!));
  });

  it('a reply to a delivered template marks it replied', async () => {
    const { tenantId, call } = await freshTenant();
    await call('POST', SEND, welcome('237650000303', 'reply-1'));
    await receiver.waitFor(byMessage('reply-1'), 3);
    sandbox.simulateInbound(tenantId, { from: '237650000303', text: 'Merci !' });
    const [replied] = await receiver.waitFor(
      (event) => event.eventType === 'sentMessageREPLIED_v2' && event.localMessageId === 'reply-1',
    );
    expect(shapeDifferences(replied, fixture('webhook-sent-message-replied-v2'))).toEqual([]);
    expect(replied?.statusString).toBe('Replied');
    expect(
      receiver.events.some(
        (event) => event.eventType === 'newContactMessageReceived' && event.waId === '237650000303',
      ),
    ).toBe(false);
  });

  it('session messages go out inside the 24-hour window and fail with 131047 outside', async () => {
    const { tenantId, call } = await freshTenant();
    const outside = await call('POST', '/api/ext/v3/conversations/messages/text', {
      target: '237650000404',
      text: 'Bonjour',
    });
    expect(outside.status).toBe(200);
    const outsideId = (outside.json as { message: { id: string } }).message.id;
    const [failed] = await receiver.waitFor((event) => event.id === outsideId);
    expect(shapeDifferences(failed, fixture('webhook-session-message-failed'))).toEqual([]);
    expect(failed).toMatchObject({ eventType: 'sessionMessageFailed', failedCode: '131047' });

    sandbox.simulateInbound(tenantId, { from: '237650000404', text: 'Allô ?' });
    const inside = await call('POST', '/api/ext/v3/conversations/messages/text', {
      target: '237650000404',
      text: 'Bonjour, comment pouvons-nous vous aider ?',
    });
    const insideId = (inside.json as { message: { id: string } }).message.id;
    const events = await receiver.waitFor((event) => event.id === insideId, 3);
    expect(events.map((event) => event.eventType)).toEqual([
      'sessionMessageSent_v2',
      'sentMessageDELIVERED_v2',
      'sentMessageREAD_v2',
    ]);
    expect(shapeDifferences(events[0], fixture('webhook-session-message-sent-v2'))).toEqual([]);
  });

  it('only posts the event types an endpoint subscribed to', async () => {
    tenantCount += 1;
    const tenantId = `hooks-${tenantCount}`;
    const { call } = sandboxApi(sandbox, tenantId);
    const url = `${receiver.url}?only-read=${tenantId}`;
    await call('POST', `/${tenantId}/api/v2/webhookEndpoints`, [
      { phoneNumber: '237650000000', url, status: 1, eventTypes: ['sentMessageREAD_v2'] },
    ]);
    await call('POST', SEND, welcome('237650000505', 'only-read'));
    await receiver.waitFor(byMessage('only-read'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(receiver.events.filter(byMessage('only-read')).map((event) => event.eventType)).toEqual([
      'sentMessageREAD_v2',
    ]);
  });
});

describe('failure rate', () => {
  it('fails the configured share with real Meta codes', async () => {
    const failing = await startWatiSandbox({ webhookDelayMs: tiny, failureRate: 1 });
    const hooks = await startWebhookReceiver();
    try {
      failing.addTenant({ id: 'fails', webhookUrl: hooks.url });
      const { call } = sandboxApi(failing, 'fails');
      const recipients = Array.from({ length: 20 }, (_, index) => ({
        phone_number: `2376500010${String(index).padStart(2, '0')}`,
        custom_params: [{ name: 'name', value: 'Awa' }],
      }));
      await call('POST', SEND, { template_name: 'bienvenue', broadcast_name: 'x', recipients });
      const failed = await hooks.waitFor(
        (event) => event.eventType === 'templateMessageFailed',
        20,
      );
      const codes = TEMPLATE_FAILURES.map((failure) => failure.code);
      for (const event of failed) expect(codes).toContain(event.failedCode);
      expect(hooks.events.some((event) => event.eventType === 'sentMessageDELIVERED_v2')).toBe(
        false,
      );
    } finally {
      await hooks.stop();
      await failing.stop();
    }
  });
});

describe('webhook delivery', () => {
  let flaky: WebhookReceiver;
  afterEach(() => flaky.stop());

  it('retries a POST answered with anything but 200, then delivers it', async () => {
    flaky = await startWebhookReceiver((attempt) => (attempt <= 2 ? 500 : 200));
    const tenantId = 'flaky';
    sandbox.registerWebhook(tenantId, flaky.url, ['message']);
    sandbox.simulateInbound(tenantId, { from: '237650000606', text: 'Bonjour' });
    await flaky.waitFor((event) => event.eventType === 'message');
    expect(flaky.attempts).toBe(3);
    // The receiver has the event before the sandbox has read its 200: wait for the record to say so.
    await vi.waitFor(() => {
      const [record] = sandbox.events(tenantId).filter((event) => event.eventType === 'message');
      expect(record?.deliveries[0]).toMatchObject({ state: 'delivered', attempts: 3 });
    });
  });

  it('gives up after the last attempt and keeps serving', async () => {
    flaky = await startWebhookReceiver(() => 204);
    const tenantId = 'down';
    sandbox.registerWebhook(tenantId, flaky.url, ['message']);
    sandbox.simulateInbound(tenantId, { from: '237650000707', text: 'Bonjour' });
    const deadline = Date.now() + 2000;
    let state: string | undefined;
    while (Date.now() < deadline && state !== 'failed') {
      await new Promise((resolve) => setTimeout(resolve, 10));
      state = sandbox.events(tenantId).find((event) => event.eventType === 'message')
        ?.deliveries[0]?.state;
    }
    expect(state).toBe('failed');
    expect(flaky.attempts).toBe(3);
    const { call } = sandboxApi(sandbox, tenantId);
    expect((await call('GET', '/api/ext/v3/contacts?page_number=1&page_size=1')).status).toBe(200);
  });

  it('survives an endpoint that refuses connections', async () => {
    flaky = await startWebhookReceiver();
    const tenantId = 'refused';
    sandbox.registerWebhook(tenantId, 'http://127.0.0.1:9/closed', []);
    sandbox.simulateInbound(tenantId, { from: '237650000808', text: 'Bonjour' });
    await new Promise((resolve) => setTimeout(resolve, 150));
    const [record] = sandbox.events(tenantId);
    expect(record?.deliveries[0]?.state).toBe('failed');
    expect(record?.deliveries[0]?.lastError).toBeTruthy();
  });

  it('counts an answer slower than `timeoutMs` as a failure, and tries again', async () => {
    flaky = await startWebhookReceiver(() => 200, { answerAfterMs: 150 });
    const impatient = await startWatiSandbox({
      webhookRetry: { attempts: 2, intervalMs: 10, timeoutMs: 50 },
    });
    try {
      impatient.registerWebhook('slow', flaky.url, ['message']);
      impatient.simulateInbound('slow', { from: '237650000919', text: 'Bonjour' });
      const deadline = Date.now() + 2000;
      let delivery = impatient.events('slow').find((event) => event.eventType === 'message')
        ?.deliveries[0];
      while (Date.now() < deadline && delivery?.state !== 'failed') {
        await new Promise((resolve) => setTimeout(resolve, 10));
        delivery = impatient.events('slow').find((event) => event.eventType === 'message')
          ?.deliveries[0];
      }
      expect(delivery).toMatchObject({
        state: 'failed',
        attempts: 2,
        lastHttpStatus: null,
        lastError: 'timeout',
      });
    } finally {
      await impatient.stop();
    }
  });

  it('posts to a URL template given at start for tenants that register none', async () => {
    flaky = await startWebhookReceiver();
    const templated = await startWatiSandbox({
      webhookDelayMs: tiny,
      webhookUrl: `${flaky.url}?tenant={tenantId}`,
    });
    try {
      templated.simulateInbound('org-42', { from: '237650000909', text: 'Bonjour' });
      await flaky.waitFor((event) => event.eventType === 'message');
      expect(templated.tenant('org-42').webhooks[0]?.url).toBe(`${flaky.url}?tenant=org-42`);
    } finally {
      await templated.stop();
    }
  });
});

describe('webhook throughput and memory', () => {
  const messagesTo = (count: number, prefix: string) =>
    Array.from({ length: count }, (_, index) => ({
      phone_number: `23765${prefix}${String(index).padStart(4, '0')}`,
      local_message_id: `${prefix}-${index}`,
      custom_params: [{ name: 'name', value: 'Awa' }],
    }));

  it('keeps `webhookConcurrency` POSTs in flight, one event per POST', async () => {
    const slow = await startWebhookReceiver(() => 200, { answerAfterMs: 40 });
    const busy = await startWatiSandbox({
      webhookDelayMs: { sent: 1, delivered: 1_000_000, read: 1_000_000 },
      webhookConcurrency: 5,
    });
    try {
      busy.addTenant({ id: 'busy', webhookUrl: slow.url });
      const { call } = sandboxApi(busy, 'busy');
      const recipients = messagesTo(30, '1001');
      await call('POST', SEND, { template_name: 'bienvenue', broadcast_name: 'x', recipients });
      const sent = await slow.waitFor((event) => event.eventType === 'templateMessageSent_v2', 30);
      expect(new Set(sent.map((event) => event.localMessageId)).size).toBe(30);
      expect(slow.attempts).toBe(30);
      expect(slow.maxInFlight).toBe(5);
    } finally {
      await busy.stop();
      await slow.stop();
    }
  });

  it('refuses a concurrency that is not a whole number of at least 1', async () => {
    await expect(startWatiSandbox({ webhookConcurrency: 0 })).rejects.toThrow(/webhookConcurrency/);
  });

  it('keeps at most `webhookEventLogLimit` events per tenant, the newest', async () => {
    const hooks = await startWebhookReceiver();
    // Reads well after every delivery, so that the newest 20 events are reads whatever the load.
    const small = await startWatiSandbox({
      webhookDelayMs: { sent: 1, delivered: 20, read: 300 },
      webhookEventLogLimit: 20,
    });
    try {
      small.addTenant({ id: 'log', webhookUrl: hooks.url });
      const { call } = sandboxApi(small, 'log');
      const recipients = messagesTo(40, '2002');
      await call('POST', SEND, { template_name: 'bienvenue', broadcast_name: 'x', recipients });
      await hooks.waitFor((event) => event.eventType === 'sentMessageREAD_v2', 40);
      // 120 events emitted; the log holds the last 20 (a tenth more at most, in memory).
      const events = small.events('log');
      expect(events).toHaveLength(20);
      expect(events.every((event) => event.eventType === 'sentMessageREAD_v2')).toBe(true);
      expect(small.tenant('log').events.length).toBeLessThanOrEqual(22);
      const reply = await controlCall(small, 'GET', '/tenants/log/events');
      expect((reply.json as { events: unknown[] }).events).toHaveLength(20);
    } finally {
      await small.stop();
      await hooks.stop();
    }
  });
});
