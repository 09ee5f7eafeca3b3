import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWatiSandbox, type WatiSandbox } from './sandbox';
import { controlCall, sandboxApi } from '../../../test-support/wati/sandbox-api';
import { tenantOfToken, tenantToken } from './tokens';

const V3 = '/api/ext/v3';
const SEND = `${V3}/messageTemplates/send`;
const reminder = (phone: string, params = defaultReminderParams) => ({
  template_name: 'rappel_rendez_vous',
  broadcast_name: 'rappels',
  recipients: [{ phone_number: phone, custom_params: params }],
});
const defaultReminderParams = [
  { name: 'name', value: 'Jean' },
  { name: 'date', value: '12/03/2026' },
  { name: 'heure', value: '09h30' },
  { name: 'centre', value: 'centre de santé de Bastos' },
];

let sandbox: WatiSandbox;
beforeAll(async () => {
  sandbox = await startWatiSandbox({ webhookDelayMs: { sent: 1, delivered: 2, read: 3 } });
});
afterAll(() => sandbox.stop());

describe('tenants and tokens', () => {
  it('answers 401 with no body to a missing, unknown or sandbox token', async () => {
    const { call } = sandboxApi(sandbox, 'auth');
    const path = `${V3}/contacts?page_number=1&page_size=1`;
    for (const authorization of [null, 'Bearer nope', `Bearer ${sandbox.token}`, 'Basic abc']) {
      const reply = await call('GET', path, undefined, authorization);
      expect(reply.status).toBe(401);
      expect(reply.text).toBe('');
      expect(reply.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
  });

  it('refuses a legacy path naming another tenant than the token', async () => {
    const { call } = sandboxApi(sandbox, 'tenant-a');
    expect((await call('GET', '/tenant-b/api/v1/getMessageTemplates')).status).toBe(401);
    expect((await call('GET', '/tenant-a/api/v1/getMessageTemplates')).status).toBe(200);
  });

  it('keeps each tenant data apart on V3 routes, where only the token names the tenant', async () => {
    const a = sandboxApi(sandbox, 'org-a');
    const b = sandboxApi(sandbox, 'org-b');
    await a.call('POST', `${V3}/contacts`, { whatsapp_number: '237650001111', name: 'Awa' });
    expect((await a.call('GET', `${V3}/contacts/237650001111`)).status).toBe(200);
    expect((await b.call('GET', `${V3}/contacts/237650001111`)).status).toBe(404);
  });

  it('mints the same token for a tenant across restarts, and only with the same sandbox token', async () => {
    const token = tenantToken('secret', 'org-7');
    expect(tenantToken('secret', 'org-7')).toBe(token);
    expect(tenantOfToken('secret', token)).toBe('org-7');
    expect(tenantOfToken('other', token)).toBeNull();
    const again = await startWatiSandbox({ token: 'secret' });
    try {
      const response = await fetch(`${again.url}${V3}/chatbots?page_number=1&page_size=5`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(200);
    } finally {
      await again.stop();
    }
  });

  it('gives credentials through the control API, which needs the sandbox token', async () => {
    const created = await controlCall(sandbox, 'POST', '/tenants', {
      id: '100042',
      plan: 'growth',
    });
    expect(created).toMatchObject({
      status: 200,
      json: { tenantId: '100042', endpoint: `${sandbox.url}/100042` },
    });
    const anonymous = await fetch(`${sandbox.url}/_sandbox/tenants/100042/messages`);
    expect(anonymous.status).toBe(401);
    expect((await fetch(`${sandbox.url}/_sandbox/health`)).status).toBe(200);
  });

  it('refuses Pro features to a Growth tenant with 403', async () => {
    sandbox.addTenant({ id: 'growth', plan: 'growth' });
    const { call } = sandboxApi(sandbox, 'growth');
    const reply = await call('GET', `${V3}/chatbots?page_number=1&page_size=5`);
    expect(reply.status).toBe(403);
    expect(reply.json).toMatchObject({ code: 403, message: expect.stringContaining('plan') });
  });
});

describe('routing and validation', () => {
  let call: ReturnType<typeof sandboxApi>['call'];
  beforeAll(() => {
    call = sandboxApi(sandbox, 'checks').call;
  });

  it('answers 404 to unknown routes and 405 to wrong methods', async () => {
    expect((await call('GET', `${V3}/nothing`)).status).toBe(404);
    expect((await call('DELETE', `${V3}/contacts`)).status).toBe(405);
    expect((await call('PUT', SEND)).status).toBe(405);
  });

  it('requires V3 pagination, at most 100 per page', async () => {
    expect((await call('GET', `${V3}/contacts`)).status).toBe(400);
    expect((await call('GET', `${V3}/contacts?page_number=1&page_size=101`)).status).toBe(400);
    expect((await call('GET', `${V3}/contacts?page_number=0&page_size=10`)).status).toBe(400);
  });

  it('refuses an unknown template and wrong parameters with 400, sending nothing', async () => {
    const unknown = await call('POST', SEND, {
      ...reminder('237650002001'),
      template_name: 'nope',
    });
    expect(unknown).toMatchObject({
      status: 400,
      json: { message: "Template 'nope' was not found." },
    });
    const missing = await call(
      'POST',
      SEND,
      reminder('237650002001', defaultReminderParams.slice(1)),
    );
    expect(missing.status).toBe(400);
    expect((missing.json as { message: string }).message).toContain('missing parameter(s)');
    const extra = await call(
      'POST',
      SEND,
      reminder('237650002001', [...defaultReminderParams, { name: 'salle', value: '3' }]),
    );
    expect((extra.json as { message: string }).message).toContain('unknown parameter(s)');
    const positional = await call(
      'POST',
      SEND,
      reminder('237650002001', [{ name: '1', value: 'Jean' }]),
    );
    expect(positional.status).toBe(400);
    expect(sandbox.messages('checks')).toEqual([]);
  });

  it('checks the recipient count and that each has a number or target', async () => {
    const body = reminder('237650002001');
    expect((await call('POST', SEND, { ...body, recipients: [] })).status).toBe(400);
    const tooMany = Array.from({ length: 10_001 }, () => body.recipients[0]);
    expect((await call('POST', SEND, { ...body, recipients: tooMany })).status).toBe(400);
    const nameless = await call('POST', SEND, { ...body, recipients: [{ local_message_id: 'x' }] });
    expect(nameless.status).toBe(400);
    expect((nameless.json as { message: string }).message).toContain('phone_number or target');
  });

  it('accepts 10,000 recipients in one call', async () => {
    const recipients = Array.from({ length: 10_000 }, (_, index) => ({
      phone_number: `2376${String(index).padStart(8, '0')}`,
      local_message_id: `bulk-${index}`,
      custom_params: defaultReminderParams,
    }));
    const reply = await sandboxApi(sandbox, 'bulk').call('POST', SEND, {
      ...reminder(''),
      recipients,
    });
    expect(reply.status).toBe(200);
    expect((reply.json as { recipients: unknown[] }).recipients).toHaveLength(10_000);
    expect(sandbox.messages('bulk')).toHaveLength(10_000);
  });

  it('sends by target: Channel:PhoneNumber or ContactId', async () => {
    const { call: callTargets } = sandboxApi(sandbox, 'targets');
    const added = await callTargets('POST', `${V3}/contacts`, {
      whatsapp_number: '237650002002',
      name: 'Marie',
    });
    const contactId = (added.json as { id: string }).id;
    const reply = await callTargets('POST', SEND, {
      ...reminder(''),
      recipients: [
        { target: '237650000000:237650002003', custom_params: defaultReminderParams },
        { target: contactId, custom_params: defaultReminderParams },
        { target: 'AutreCanal:237650002004', custom_params: defaultReminderParams },
      ],
    });
    expect((reply.json as { recipients: unknown[] }).recipients).toMatchObject([
      { phone_number: '237650002003', errors: [] },
      { phone_number: '237650002002', errors: [] },
      { errors: ['Invalid phone number format.'] },
    ]);
  });

  it('refuses a body that is not JSON', async () => {
    const { token } = sandboxApi(sandbox, 'checks');
    const response = await fetch(`${sandbox.url}${SEND}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: '{"template_name":',
    });
    expect(response.status).toBe(400);
  });

  it('sends a scheduled broadcast when its time comes', async () => {
    const { call: callLater } = sandboxApi(sandbox, 'later');
    await callLater('POST', `${V3}/messageTemplates/schedule`, {
      ...reminder('237650002005'),
      scheduled_at: new Date(Date.now() + 100).toISOString(),
    });
    expect(sandbox.messages('later')[0]?.status).toBe('scheduled');
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(sandbox.messages('later')[0]?.status).toBe('read');
  });
});

describe('simulation inputs (control API)', () => {
  it('refuses a malformed inbound message with 400 and why, recording nothing', async () => {
    const from = '237650006001';
    const wrong: Array<[Record<string, unknown>, string]> = [
      [{ from: '+237 6', text: 'Bonjour' }, 'from must be a WhatsApp number'],
      [{ from }, 'text is required'],
      [{ from, text: '  ' }, 'text is required'],
      [{ from, type: 'reaction', text: '👍' }, 'type must be one of text, image'],
      [{ from, type: 'image' }, 'url must be an http(s) URL'],
      [{ from, type: 'document', url: 'ftp://files/x.pdf' }, 'url must be an http(s) URL'],
      [{ from, type: 'video', url: 'https://x/v.mp4', caption: 3 }, 'caption must be a string'],
      [{ from, type: 'location', latitude: 91, longitude: 0 }, 'latitude must be a number'],
      [{ from, type: 'location', latitude: 4, longitude: '9' }, 'longitude must be a number'],
      [{ from, type: 'contacts', contacts: [] }, 'contacts must be a non-empty list'],
      [{ from, type: 'contacts', contacts: [{ name: 'Awa' }] }, 'contacts[0] needs a name'],
      [{ from, type: 'button' }, 'text is required'],
      [{ from, type: 'interactive', buttonId: 'b1' }, 'title is required'],
      [{ from, type: 'list_reply', title: 'Mardi' }, 'id is required'],
      [{ from, text: 'Bonjour', replyContextId: 7 }, 'replyContextId must be a string'],
    ];
    for (const [body, error] of wrong) {
      const reply = await controlCall(sandbox, 'POST', '/tenants/bad-inbound/inbound', body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect((reply.json as { error: string }).error).toContain(error);
    }
    expect(sandbox.events('bad-inbound')).toEqual([]);
    expect(sandbox.tenant('bad-inbound').contacts.size).toBe(0);
    expect(() =>
      sandbox.simulateInbound('bad-inbound', { from, type: 'image', url: 'not a url' }),
    ).toThrow('url must be an http(s) URL');
  });

  it('refuses a malformed operator message with 400 and why, recording nothing', async () => {
    const path = '/tenants/bad-operator/operator-messages';
    const wrong: Array<[Record<string, unknown>, string]> = [
      [{ text: 'Bonjour' }, 'to must be a WhatsApp number'],
      [{ to: '237650006002' }, 'text is required'],
      [{ to: '237650006002', text: 'x'.repeat(4097) }, 'at most 4096 characters'],
      [{ to: '237650006002', text: 'Bonjour', operatorEmail: 'awa' }, 'operatorEmail must be'],
      [{ to: '237650006002', text: 'Bonjour', operatorName: 5 }, 'operatorName must be'],
    ];
    for (const [body, error] of wrong) {
      const reply = await controlCall(sandbox, 'POST', path, body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect((reply.json as { error: string }).error).toContain(error);
    }
    expect(sandbox.messages('bad-operator')).toEqual([]);
  });
});

describe('rate limits and faults', () => {
  it('answers 429 with Retry-After over the configured rate', async () => {
    const limited = await startWatiSandbox({ rateLimit: { requestsPer10s: 2 } });
    try {
      const { call } = sandboxApi(limited, 'busy');
      const path = `${V3}/contacts?page_number=1&page_size=1`;
      expect((await call('GET', path)).status).toBe(200);
      expect((await call('GET', path)).status).toBe(200);
      const refused = await call('GET', path);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(10);
      // Counted per endpoint: another route still answers.
      expect((await call('GET', `${V3}/chatbots?page_number=1&page_size=1`)).status).toBe(200);
    } finally {
      await limited.stop();
    }
  });

  it('holds contact endpoints to Wati’s 10 calls per 10 s, whatever the general rate', async () => {
    const { call } = sandboxApi(sandbox, 'contacts-pace');
    const path = `${V3}/contacts?page_number=1&page_size=1`;
    for (let i = 0; i < 10; i += 1) expect((await call('GET', path)).status).toBe(200);
    const refused = await call('GET', path);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // Each contact endpoint has its own count, as on Wati.
    const added = await call('POST', `${V3}/contacts`, {
      whatsapp_number: '237650004001',
      name: 'Awa',
    });
    expect(added.status).toBe(200);
  });

  it('starts a workspace with contacts through the control API, spending no API call', async () => {
    const seeded = await controlCall(sandbox, 'POST', '/tenants/seeded/contacts', {
      contacts: [
        {
          whatsapp_number: '237650004003',
          name: 'Awa',
          custom_params: [{ name: 'ville', value: 'Douala' }],
        },
        { whatsapp_number: '237650004004' },
      ],
    });
    expect(seeded.status).toBe(200);
    expect(sandbox.calls('seeded')).toEqual([]);
    const { call } = sandboxApi(sandbox, 'seeded');
    const contact = await call('GET', `${V3}/contacts/237650004003`);
    expect(contact.json).toMatchObject({
      name: 'Awa',
      custom_params: [{ name: 'ville', value: 'Douala' }],
    });
    const refused = await controlCall(sandbox, 'POST', '/tenants/seeded/contacts', {
      contacts: [{ whatsapp_number: '+237' }],
    });
    expect(refused.status).toBe(400);
  });

  it('logs every API call with its status, for tests that check a client’s pace', async () => {
    const { call } = sandboxApi(sandbox, 'call-log');
    const started = Date.now();
    await call('POST', `${V3}/contacts`, { whatsapp_number: '237650004002', name: 'Awa' });
    await call('POST', `${V3}/contacts`, { whatsapp_number: 'abc', name: 'Awa' });
    await call('GET', `${V3}/contacts?page_number=1&page_size=1`, undefined, 'Bearer nope');
    const reply = await controlCall(sandbox, 'GET', '/tenants/call-log/calls');
    expect(reply.status).toBe(200);
    const { calls } = reply.json as {
      calls: Array<{ operation: string; status: number; at: string }>;
    };
    // The call with a wrong token names no tenant: it is in no tenant's log.
    expect(calls.map(({ operation, status }) => ({ operation, status }))).toEqual([
      { operation: 'addContact', status: 200 },
      { operation: 'addContact', status: 400 },
    ]);
    expect(Date.parse(calls[0]!.at)).toBeGreaterThanOrEqual(started - 5);
    expect(sandbox.calls('call-log')).toHaveLength(2);
  });

  it('serves a burst of 429s, then answers again', async () => {
    const { call } = sandboxApi(sandbox, 'burst');
    const faults = await controlCall(sandbox, 'PUT', '/faults', {
      tenantId: 'burst',
      rateLimitBurst: { requests: 2, retryAfterSeconds: 3 },
    });
    expect(faults.status).toBe(200);
    const path = `${V3}/contacts?page_number=1&page_size=1`;
    const first = await call('GET', path);
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('3');
    expect((await call('GET', path)).status).toBe(429);
    expect((await call('GET', path)).status).toBe(200);
  });

  it('answers 429 "usage limit reached" once the monthly quota is spent', async () => {
    const { call } = sandboxApi(sandbox, 'quota');
    sandbox.setFaults({ quotaExhausted: true }, 'quota');
    const reply = await call('POST', SEND, reminder('237650003001'));
    expect(reply.status).toBe(429);
    expect(reply.headers.get('retry-after')).toBeNull();
    expect(reply.text).toMatch(/usage limit reached/);
  });

  it('answers 503 before accepting: nothing is recorded', async () => {
    const { call } = sandboxApi(sandbox, 'down');
    sandbox.setFaults({ unavailableRate: 1 }, 'down');
    expect((await call('POST', SEND, reminder('237650003002'))).status).toBe(503);
    expect(sandbox.messages('down')).toEqual([]);
  });

  it('answers 502 or 504 after accepting: messages are recorded and go on', async () => {
    const { call } = sandboxApi(sandbox, 'lost');
    sandbox.setFaults({ errorAfterAcceptRate: 1, errorAfterAcceptStatus: 504 }, 'lost');
    const reply = await call('POST', SEND, reminder('237650003003'));
    expect(reply.status).toBe(504);
    expect(reply.text).toContain('Gateway Timeout');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(sandbox.messages('lost')).toMatchObject([{ waId: '237650003003', status: 'read' }]);
    // Reads are not "sends": they answer normally.
    expect((await call('GET', `${V3}/contacts?page_number=1&page_size=1`)).status).toBe(200);
  });

  it('holds answers back when slowed down', async () => {
    const { call } = sandboxApi(sandbox, 'slow');
    sandbox.setFaults({ delayMs: 120 }, 'slow');
    const started = Date.now();
    expect((await call('GET', `${V3}/contacts?page_number=1&page_size=1`)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
  });

  it('applies every fault to template sends (`/messageTemplates/send`)', async () => {
    const { call } = sandboxApi(sandbox, 'send-faults');
    sandbox.setFaults({ rateLimitBurst: { requests: 1, retryAfterSeconds: 2 } }, 'send-faults');
    const limited = await call('POST', SEND, reminder('237650003011'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect(sandbox.messages('send-faults')).toEqual([]);

    // A 500 after accepting: Wati's JSON error, and the message went out anyway.
    sandbox.setFaults({ errorAfterAcceptRate: 1, errorAfterAcceptStatus: 500 }, 'send-faults');
    const lost = await call('POST', SEND, reminder('237650003012'));
    expect(lost.status).toBe(500);
    expect(lost.json).toMatchObject({ code: 500, message: expect.any(String) });
    expect(sandbox.messages('send-faults').map((message) => message.waId)).toEqual([
      '237650003012',
    ]);

    // Slow: the answer waits, the send is recorded before it.
    sandbox.setFaults({ delayMs: 120 }, 'send-faults');
    const started = Date.now();
    const pending = call('POST', SEND, reminder('237650003013'));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(sandbox.messages('send-faults')).toHaveLength(2);
    expect((await pending).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);

    sandbox.setFaults({ unavailableRate: 1 }, 'send-faults');
    expect((await call('POST', SEND, reminder('237650003014'))).status).toBe(503);
    expect(sandbox.messages('send-faults')).toHaveLength(2);
  });

  it('refuses faults it cannot read', async () => {
    const reply = await controlCall(sandbox, 'PUT', '/faults', { unavailableRate: 2 });
    expect(reply).toMatchObject({
      status: 400,
      json: { error: expect.stringContaining('unavailableRate') },
    });
  });

  it('forgets everything on reset', async () => {
    const { call } = sandboxApi(sandbox, 'reset-me');
    await call('POST', SEND, reminder('237650003004'));
    expect(sandbox.messages('reset-me')).toHaveLength(1);
    expect((await controlCall(sandbox, 'POST', '/reset')).status).toBe(200);
    expect(sandbox.messages('reset-me')).toEqual([]);
  });
});

describe('the messages log (what the sandbox accepted)', () => {
  const broadcastOf = (from: number, count: number) => ({
    template_name: 'bienvenue',
    broadcast_name: `lot-${from}`,
    recipients: Array.from({ length: count }, (_, index) => ({
      phone_number: `2376500050${String(from + index).padStart(2, '0')}`,
      local_message_id: `local-${from + index}`,
      custom_params: [{ name: 'name', value: 'Awa' }],
    })),
  });

  it('lists every message in the order accepted, with its time in ms and local id', async () => {
    const { call } = sandboxApi(sandbox, 'log-all');
    await call('POST', SEND, broadcastOf(0, 3));
    const reply = await controlCall(sandbox, 'GET', '/tenants/log-all/messages');
    expect(reply.status).toBe(200);
    const { messages, ...rest } = reply.json as {
      messages: Array<{ localMessageId: string; created: string }>;
    };
    // Without paging, the answer is as it always was.
    expect(rest).toEqual({});
    expect(messages.map((message) => message.localMessageId)).toEqual([
      'local-0',
      'local-1',
      'local-2',
    ]);
    for (const message of messages) {
      expect(message.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    }
  });

  it('pages with `after` (messages already read) and `limit`', async () => {
    const { call } = sandboxApi(sandbox, 'log-pages');
    await call('POST', SEND, broadcastOf(0, 10));
    await call('POST', SEND, broadcastOf(10, 15));
    const page = async (query: string) =>
      (await controlCall(sandbox, 'GET', `/tenants/log-pages/messages?${query}`)).json as {
        messages: Array<{ localMessageId: string }>;
        after: number;
        next: number | null;
        total: number;
      };
    const read: string[] = [];
    let after: number | null = 0;
    const nexts: Array<number | null> = [];
    while (after !== null) {
      const answer = await page(`after=${after}&limit=10`);
      read.push(...answer.messages.map((message) => message.localMessageId));
      expect(answer.total).toBe(25);
      after = answer.next;
      nexts.push(after);
    }
    expect(nexts).toEqual([10, 20, null]);
    expect(read).toEqual(Array.from({ length: 25 }, (_, index) => `local-${index}`));
    expect((await page('after=24')).messages.map((m) => m.localMessageId)).toEqual(['local-24']);
    expect((await page('limit=2')).messages).toHaveLength(2);
    expect(
      sandbox.messages('log-pages', { after: 5, limit: 2 }).map((m) => m.localMessageId),
    ).toEqual(['local-5', 'local-6']);
    for (const wrong of ['limit=0', 'after=-1', 'after=abc', 'limit=100001']) {
      const reply = await controlCall(sandbox, 'GET', `/tenants/log-pages/messages?${wrong}`);
      expect(reply.status, wrong).toBe(400);
    }
  });
});
