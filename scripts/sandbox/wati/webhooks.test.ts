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

describe('rich inbound messages', () => {
  beforeAll(async () => {
    receiver = await startWebhookReceiver();
  });
  afterAll(() => receiver.stop());

  const inbound = async (tenantId: string, body: Record<string, unknown>) => {
    const reply = await controlCall(sandbox, 'POST', `/tenants/${tenantId}/inbound`, body);
    expect(reply.status).toBe(200);
    return (reply.json as { event: ReceivedEvent }).event;
  };

  it('media: the type sent, the URL in `data`, the caption (or null) in `text`', async () => {
    const { tenantId } = await freshTenant();
    const image = await inbound(tenantId, {
      from: '237650001101',
      type: 'image',
      url: 'https://files.example/ordonnance.jpg',
      caption: 'Mon ordonnance',
    });
    expect(shapeDifferences(image, fixture('webhook-message'))).toEqual([]);
    expect(image).toMatchObject({
      eventType: 'message',
      type: 'image',
      data: 'https://files.example/ordonnance.jpg',
      text: 'Mon ordonnance',
    });
    for (const type of ['audio', 'voice', 'video', 'sticker']) {
      const event = await inbound(tenantId, {
        from: '237650001101',
        type,
        url: `https://files.example/${type}.bin`,
      });
      expect(event).toMatchObject({ type, data: `https://files.example/${type}.bin`, text: null });
    }
    const document = await inbound(tenantId, {
      from: '237650001101',
      type: 'document',
      url: 'https://files.example/resultats.pdf',
      fileName: 'resultats.pdf',
    });
    expect(document).toMatchObject({ type: 'document', text: null, fileName: 'resultats.pdf' });
    // Posted as returned.
    const [posted] = await receiver.waitFor((event) => event.id === document.id);
    expect(posted).toEqual(document);
  });

  it('location: `text` reads "lat,lng", the detail is in `location`', async () => {
    const { tenantId } = await freshTenant();
    const event = await inbound(tenantId, {
      from: '237650001102',
      type: 'location',
      latitude: 3.848,
      longitude: 11.5021,
      name: 'Centre de santé de Bastos',
    });
    expect(event).toMatchObject({
      type: 'location',
      text: '3.848,11.5021',
      data: null,
      location: {
        latitude: 3.848,
        longitude: 11.5021,
        name: 'Centre de santé de Bastos',
        address: null,
      },
    });
    expect(shapeDifferences(event, fixture('webhook-message'))).toEqual([
      '$.location: not in the reference',
    ]);
  });

  it('contacts: the cards in `messageContact`', async () => {
    const { tenantId } = await freshTenant();
    const cards = [
      { name: 'Dr Ngo', phone: '+237 6 99 00 11 22' },
      { name: 'Pharmacie', phone: '237222000000' },
    ];
    const event = await inbound(tenantId, {
      from: '237650001103',
      type: 'contacts',
      contacts: cards,
    });
    expect(event).toMatchObject({ type: 'contacts', text: null, messageContact: cards });
  });

  it('a quick-reply button quotes the template it answers, and marks it replied', async () => {
    const { tenantId, call } = await freshTenant();
    await call('POST', SEND, welcome('237650001104', 'button-1'));
    await receiver.waitFor(byMessage('button-1'), 3);
    const [template] = sandbox.messages(tenantId);
    const event = sandbox.simulateInbound(tenantId, {
      from: '237650001104',
      type: 'button',
      text: 'Je confirme',
      payload: 'CONFIRM',
    });
    expect(shapeDifferences(event, fixture('webhook-message'))).toEqual([]);
    expect(event).toMatchObject({
      type: 'button',
      text: 'Je confirme',
      buttonReply: { text: 'Je confirme', payload: 'CONFIRM' },
      replyContextId: template?.whatsappMessageId,
    });
    await receiver.waitFor(
      (event) => event.eventType === 'sentMessageREPLIED_v2' && event.localMessageId === 'button-1',
    );
    // Without a payload, Meta gives the text; without a message sent, nothing is quoted.
    const alone = sandbox.simulateInbound(tenantId, {
      from: '237650001105',
      type: 'button',
      text: 'Oui',
    });
    expect(alone).toMatchObject({
      buttonReply: { text: 'Oui', payload: 'Oui' },
      replyContextId: '',
    });
  });

  it('interactive button and list replies: type interactive, the title in `text`', async () => {
    const { tenantId, call } = await freshTenant();
    const from = '237650001106';
    sandbox.simulateInbound(tenantId, { from, text: 'Bonjour' });
    const sent = await call('POST', '/api/ext/v3/conversations/messages/interactive', {
      target: from,
      type: 'buttons',
      button_message: { body: 'Votre choix ?', buttons: [{ text: 'Matin' }, { text: 'Soir' }] },
    });
    expect(sent.status).toBe(200);
    const [question] = sandbox.messages(tenantId);
    const button = sandbox.simulateInbound(tenantId, {
      from,
      type: 'interactive',
      buttonId: 'morning',
      title: 'Matin',
    });
    expect(shapeDifferences(button, fixture('webhook-message'))).toEqual([]);
    expect(button).toMatchObject({
      type: 'interactive',
      text: 'Matin',
      interactiveButtonReply: { id: 'morning', title: 'Matin' },
      listReply: null,
      replyContextId: question?.whatsappMessageId,
    });
    const row = sandbox.simulateInbound(tenantId, {
      from,
      type: 'list_reply',
      id: 'row-2',
      title: 'Mardi',
      description: '9 h – 12 h',
    });
    expect(row).toMatchObject({
      type: 'interactive',
      text: 'Mardi',
      listReply: { id: 'row-2', title: 'Mardi', description: '9 h – 12 h' },
      interactiveButtonReply: null,
    });
    const untitled = sandbox.simulateInbound(tenantId, {
      from,
      type: 'interactive',
      title: 'Soir',
    });
    expect(untitled.interactiveButtonReply).toEqual({ id: 'Soir', title: 'Soir' });
  });

  it('keeps the wamid a contact quotes, on any type', async () => {
    const { tenantId } = await freshTenant();
    const event = sandbox.simulateInbound(tenantId, {
      from: '237650001107',
      text: 'Comme je disais',
      replyContextId: 'wamid.quoted',
    });
    expect(event.replyContextId).toBe('wamid.quoted');
  });

  it('any type creates the contact, opens the window and reopens a solved conversation', async () => {
    const { tenantId, call } = await freshTenant();
    const from = '237650001108';
    const first = sandbox.simulateInbound(tenantId, {
      from,
      type: 'sticker',
      url: 'https://files.example/smile.webp',
    });
    await receiver.waitFor(
      (event) => event.eventType === 'newContactMessageReceived' && event.waId === from,
    );
    const inside = await call('POST', '/api/ext/v3/conversations/messages/text', {
      target: from,
      text: 'Bonjour',
    });
    const insideId = (inside.json as { message: { id: string } }).message.id;
    await receiver.waitFor(
      (event) => event.id === insideId && event.eventType === 'sentMessageDELIVERED_v2',
    );
    sandbox.tenant(tenantId).contacts.get(from)!.conversationStatus = 'solved';
    const again = sandbox.simulateInbound(tenantId, {
      from,
      type: 'location',
      latitude: 4.05,
      longitude: 9.7,
    });
    expect(sandbox.tenant(tenantId).contacts.get(from)?.conversationStatus).toBe('open');
    expect(again.ticketId).not.toBe(first.ticketId);
    await receiver.waitFor(
      (event) => event.eventType === 'sentMessageREPLIED_v2' && event.id === insideId,
    );
  });
});

describe('operator messages and caller-supplied local ids', () => {
  beforeAll(async () => {
    receiver = await startWebhookReceiver();
  });
  afterAll(() => receiver.stop());

  it('an operator answers from the dashboard: sessionMessageSent_v2 names them, then delivered and read', async () => {
    const { tenantId } = await freshTenant();
    sandbox.simulateInbound(tenantId, { from: '237650001201', text: 'Bonjour' });
    const reply = await controlCall(sandbox, 'POST', `/tenants/${tenantId}/operator-messages`, {
      to: '237650001201',
      text: 'Bonjour, ici l’accueil.',
      operatorName: 'Awa Mbarga',
      operatorEmail: 'awa@clinique.example',
    });
    expect(reply.status).toBe(200);
    const { message } = reply.json as {
      message: { id: string; kind: string; localMessageId: string };
    };
    expect(message).toMatchObject({ kind: 'session', localMessageId: expect.any(String) });
    const events = await receiver.waitFor((event) => event.id === message.id, 3);
    expect(events.map((event) => event.eventType)).toEqual([
      'sessionMessageSent_v2',
      'sentMessageDELIVERED_v2',
      'sentMessageREAD_v2',
    ]);
    expect(shapeDifferences(events[0], fixture('webhook-session-message-sent-v2'))).toEqual([]);
    expect(events[0]).toMatchObject({
      operatorName: 'Awa Mbarga',
      operatorEmail: 'awa@clinique.example',
      text: 'Bonjour, ici l’accueil.',
      localMessageId: message.localMessageId,
    });
    for (const event of events) expect(event.localMessageId).toBe(message.localMessageId);
  });

  it('an operator message outside the 24-hour window fails with 131047', async () => {
    const { tenantId } = await freshTenant();
    const message = sandbox.simulateOperatorMessage(tenantId, {
      to: '237650001202',
      text: 'Bonjour ?',
    });
    expect(message.operator).toEqual({
      name: 'Wati Operator',
      email: `operator+${tenantId}@wati-sandbox.example`,
    });
    const [failed] = await receiver.waitFor((event) => event.id === message.id);
    expect(failed).toMatchObject({
      eventType: 'sessionMessageFailed',
      failedCode: '131047',
      localMessageId: message.localMessageId,
    });
    expect(sandbox.messages(tenantId)[0]).toMatchObject({ status: 'failed', failedCode: '131047' });
  });

  it('echoes a caller-supplied local_message_id in every status webhook of a session send', async () => {
    const { tenantId, call } = await freshTenant();
    const from = '237650001203';
    sandbox.simulateInbound(tenantId, { from, text: 'Bonjour' });
    const sends = [
      ['text', { text: 'Bonjour' }],
      ['fileViaUrl', { file_url: 'https://files.example/plan.pdf', caption: 'Plan' }],
      [
        'interactive',
        { type: 'buttons', button_message: { body: 'Venez-vous ?', buttons: [{ text: 'Oui' }] } },
      ],
    ] as const;
    for (const [path, body] of sends) {
      const local = `wcap-${tenantId}-${path}`;
      const reply = await call('POST', `/api/ext/v3/conversations/messages/${path}`, {
        target: from,
        local_message_id: local,
        ...body,
      });
      expect(reply.status).toBe(200);
      expect(
        (reply.json as { message: { local_message_id: string } }).message.local_message_id,
      ).toBe(local);
      const events = await receiver.waitFor(byMessage(local), 3);
      expect(events.map((event) => event.eventType)).toEqual([
        'sessionMessageSent_v2',
        'sentMessageDELIVERED_v2',
        'sentMessageREAD_v2',
      ]);
    }
    // Outside the window, the failure carries it too.
    await call('POST', '/api/ext/v3/conversations/messages/text', {
      target: '237650001204',
      text: 'Bonjour',
      local_message_id: 'wcap-outside',
    });
    const [failed] = await receiver.waitFor(byMessage('wcap-outside'));
    expect(failed).toMatchObject({ eventType: 'sessionMessageFailed', failedCode: '131047' });
  });

  it('refuses a local_message_id that is not a string of 1 to 100 characters', async () => {
    const { tenantId, call } = await freshTenant();
    for (const local of ['', 'x'.repeat(101), 42]) {
      const reply = await call('POST', '/api/ext/v3/conversations/messages/text', {
        target: '237650001205',
        text: 'Bonjour',
        local_message_id: local,
      });
      expect(reply.status).toBe(400);
      expect((reply.json as { message: string }).message).toContain('local_message_id');
    }
    expect(sandbox.messages(tenantId)).toEqual([]);
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
