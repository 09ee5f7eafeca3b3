import { describe, expect, it } from 'vitest';
import { OutgoingUrlRefusedError } from '../outgoing-url/guard.ts';
import { createWatiClient, type WatiClientOptions } from './client.ts';
import {
  WatiAuthError,
  WatiQuotaError,
  WatiRateLimitError,
  WatiServerError,
  WatiUnknownError,
  WatiUnknownOutcomeError,
  WatiValidationError,
} from './errors.ts';
import { failure } from '../../../../test-support/wati/failure.ts';

type Reply = (url: URL, init: RequestInit) => Response | Promise<Response>;

const TOKEN = 'tok_9f8e7d6c5b4a3210';
const send = {
  template_name: 'bienvenue',
  broadcast_name: 'campagne-1',
  recipients: [{ phone_number: '237650000001', local_message_id: 'm-1' }],
};
const sendAnswer = {
  success: true,
  broadcast_id: '66a1b2c3d4e5f60718293a4b',
  error: null,
  recipients: [{ local_message_id: 'm-1', phone_number: '237650000001', errors: [] }],
};
const contact = { id: '507f1f77bcf86cd799439011', wa_id: '237650000001', name: 'Awa' };

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

const hang: Reply = (_url, init) =>
  new Promise((_resolve, reject) => {
    init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });

const refused: Reply = () => {
  throw new TypeError('fetch failed', {
    cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }),
  });
};

const reset: Reply = () => {
  throw new TypeError('fetch failed', {
    cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }),
  });
};

/** A client whose fetch plays the replies in order (the last one repeats). */
function clientWith(replies: Reply[], options: Partial<WatiClientOptions> = {}) {
  const calls: Array<{ url: URL; init: RequestInit }> = [];
  const sleeps: number[] = [];
  const client = createWatiClient({
    endpoint: 'https://live-mt-server.wati.io/123456',
    token: TOKEN,
    timeoutMs: 50,
    retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 2000 },
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    fetch: (url, init) => {
      calls.push({ url: new URL(url), init });
      const reply = replies[Math.min(calls.length - 1, replies.length - 1)] as Reply;
      return Promise.resolve().then(() => reply(new URL(url), init));
    },
    ...options,
  });
  return { client, calls, sleeps };
}

describe('requests', () => {
  it('calls V3 routes without the tenant, with a normalised bearer token', async () => {
    const { client, calls } = clientWith([() => json(sendAnswer)], { token: `Bearer ${TOKEN}` });
    await client.sendTemplateMessages(send);
    const [call] = calls;
    expect(call?.url.href).toBe('https://live-mt-server.wati.io/api/ext/v3/messageTemplates/send');
    expect(call?.init.method).toBe('POST');
    const headers = new Headers(call?.init.headers);
    expect(headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(String(call?.init.body))).toEqual(send);
  });

  it('calls legacy routes under the tenant', async () => {
    const { client, calls } = clientWith([() => json({ ok: true, result: [] })]);
    await client.createWebhookEndpoints([
      { phoneNumber: '237650000000', url: 'https://x.test/h', status: 1, eventTypes: ['message'] },
    ]);
    expect(calls[0]?.url.href).toBe(
      'https://live-mt-server.wati.io/123456/api/v2/webhookEndpoints',
    );
  });

  it('creates a template by the legacy route; reads the id wherever the answer puts it', async () => {
    const template = {
      elementName: 'promo',
      category: 'MARKETING' as const,
      language: 'fr',
      body: 'Bonjour {{1}} !',
      customParams: [{ paramName: '1', paramValue: 'Awa' }],
    };
    const { client, calls } = clientWith([
      () => json({ result: true, template: { id: 'w-1', status: 'PENDING' } }),
      () => json({ id: 'w-2' }),
    ]);
    expect(await client.createTemplate(template)).toEqual({ id: 'w-1', status: 'PENDING' });
    expect(await client.createTemplate(template)).toEqual({ id: 'w-2', status: null });
    expect(calls[0]?.url.href).toBe(
      'https://live-mt-server.wati.io/123456/api/v1/whatsApp/templates',
    );
    expect(calls[0]?.init.method).toBe('POST');
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual(template);
  });

  it('puts pagination in the query and encodes path targets', async () => {
    const { client, calls } = clientWith([
      () => json({ contact_list: [], page_number: 2, page_size: 50 }),
      () => json(contact),
    ]);
    await client.listContacts({ page_number: 2, page_size: 50 });
    await client.getContact('Canal CNSA:237650000001');
    expect(calls[0]?.url.search).toBe('?page_number=2&page_size=50');
    expect(calls[1]?.url.pathname).toBe('/api/ext/v3/contacts/Canal%20CNSA%3A237650000001');
  });

  it('pages through every template', async () => {
    const template = (n: number) => ({ id: `t${n}`, name: `modele_${n}` });
    const page = (from: number, count: number) => ({
      templates: Array.from({ length: count }, (_, index) => template(from + index)),
      page_number: 1,
      page_size: 100,
      total: 130,
    });
    const { client, calls } = clientWith([() => json(page(0, 100)), () => json(page(100, 30))]);
    const templates = await client.listAllTemplates();
    expect(templates).toHaveLength(130);
    expect(calls.map((call) => call.url.searchParams.get('page_number'))).toEqual(['1', '2']);
  });

  it('pages through every recipient of a broadcast', async () => {
    const page = (from: number, count: number) => ({
      recipients: Array.from({ length: count }, (_, index) => ({
        local_message_id: `m${from + index}`,
      })),
      page_number: 1,
      page_size: 100,
      total_count: 150,
    });
    const { client, calls } = clientWith([() => json(page(0, 100)), () => json(page(100, 50))]);
    const recipients = await client.listAllBroadcastRecipients('b 1');
    expect(recipients.map((recipient) => recipient.local_message_id)).toEqual(
      Array.from({ length: 150 }, (_, index) => `m${index}`),
    );
    expect(calls.map((call) => call.url.pathname)).toEqual([
      '/api/ext/v3/broadcasts/b%201/recipients',
      '/api/ext/v3/broadcasts/b%201/recipients',
    ]);
    expect(calls.map((call) => call.url.searchParams.get('page_number'))).toEqual(['1', '2']);
  });

  it('refuses locally a send without recipients or without a number', async () => {
    const { client, calls } = clientWith([() => json(sendAnswer)]);
    const empty = await failure(client.sendTemplateMessages({ ...send, recipients: [] }));
    expect(empty).toBeInstanceOf(WatiValidationError);
    expect(empty.status).toBeNull();
    const nameless = await failure(
      client.sendTemplateMessages({ ...send, recipients: [{ local_message_id: 'x' }] }),
    );
    expect(nameless.message).toContain('recipient 0');
    expect(calls).toHaveLength(0);
  });
});

describe('error mapping', () => {
  it('401 with no body is auth', async () => {
    const { client } = clientWith([() => new Response(null, { status: 401 })]);
    const error = await failure(client.getTemplate('t1'));
    expect(error).toBeInstanceOf(WatiAuthError);
    expect(error).toMatchObject({ kind: 'auth', status: 401, operation: 'getTemplate' });
  });

  it('400 carries Wati message', async () => {
    const { client } = clientWith([
      () => json({ code: 400, message: "Template 'x' was not found.", timestamp: 'now' }, 400),
    ]);
    const error = await failure(client.sendTemplateMessages(send));
    expect(error).toBeInstanceOf(WatiValidationError);
    expect(error.message).toContain("Template 'x' was not found.");
  });

  it('a 200 with success:false is a validation error', async () => {
    const { client } = clientWith([
      () => json({ success: false, broadcast_id: null, error: 'Template is not approved' }),
    ]);
    const error = await failure(client.sendTemplateMessages(send));
    expect(error).toBeInstanceOf(WatiValidationError);
    expect(error).toMatchObject({ status: 200 });
  });

  it('a 200 with result:false is a validation error', async () => {
    const { client } = clientWith([() => json({ result: false })]);
    expect(await failure(client.assignOperator('237650000001', 'a@b.co'))).toBeInstanceOf(
      WatiValidationError,
    );
  });

  it('a template refused with result:false carries the reason; a 502 is unknown_outcome', async () => {
    const template = {
      elementName: 'promo',
      category: 'MARKETING' as const,
      language: 'fr',
      body: 'Bonjour',
      customParams: [],
    };
    const refused = clientWith([() => json({ result: false, info: 'Name already exists.' })]);
    const error = await failure(refused.client.createTemplate(template));
    expect(error).toBeInstanceOf(WatiValidationError);
    expect(error.detail).toBe('Name already exists.');
    const lost = clientWith([() => new Response('', { status: 502 })]);
    expect(await failure(lost.client.createTemplate(template))).toBeInstanceOf(
      WatiUnknownOutcomeError,
    );
    expect(lost.calls).toHaveLength(1);
  });

  it('a quota 429 is quota and is not retried', async () => {
    const { client, calls } = clientWith([
      () => new Response('API usage limit reached for this month.', { status: 429 }),
    ]);
    expect(await failure(client.listChatbots({ page_number: 1, page_size: 10 }))).toBeInstanceOf(
      WatiQuotaError,
    );
    expect(calls).toHaveLength(1);
  });

  it('an unreadable answer to a read is unknown; to a send, unknown_outcome', async () => {
    const { client } = clientWith([() => new Response('<html>ok</html>', { status: 200 })]);
    expect(await failure(client.getTemplate('t1'))).toBeInstanceOf(WatiUnknownError);
    const sent = await failure(client.sendTemplateMessages(send));
    expect(sent).toBeInstanceOf(WatiUnknownOutcomeError);
    expect(sent.message).toContain('accepted');
  });

  it('a gateway HTML page becomes a short detail', async () => {
    const { client } = clientWith([
      () => new Response('<html><title>503 Service Unavailable</title></html>', { status: 503 }),
    ]);
    const error = await failure(client.sendTemplateMessages(send));
    expect(error).toBeInstanceOf(WatiServerError);
    expect(error.message).toBe(
      'Wati sendTemplateMessages failed (HTTP 503): 503 Service Unavailable',
    );
  });
});

describe('retry policy', () => {
  it('retries a GET after 5xx and succeeds', async () => {
    const { client, calls, sleeps } = clientWith([
      () => new Response('', { status: 502 }),
      () => json(contact),
    ]);
    expect(await client.getContact('237650000001')).toMatchObject({ name: 'Awa' });
    expect(calls).toHaveLength(2);
    expect(sleeps).toHaveLength(1);
  });

  it('retries a GET after a timeout, then gives up as server', async () => {
    const { client, calls } = clientWith([hang]);
    const error = await failure(client.getContact('237650000001'));
    expect(error).toBeInstanceOf(WatiServerError);
    expect(error.status).toBeNull();
    expect(error.message).toContain('no answer within 50 ms');
    expect(calls).toHaveLength(3);
  });

  it('retries the idempotent contact update after 5xx', async () => {
    const { client, calls } = clientWith([
      () => new Response('', { status: 500 }),
      () => json({ contact_list: [contact] }),
    ]);
    const updated = await client.updateContacts({
      contacts: [{ target: '237650000001', customParams: [{ name: 'ville', value: 'Douala' }] }],
    });
    expect(updated).toHaveLength(1);
    expect(calls).toHaveLength(2);
  });

  it('never retries a send after a timeout: unknown_outcome', async () => {
    const { client, calls } = clientWith([hang]);
    const error = await failure(client.sendTemplateMessages(send));
    expect(error).toBeInstanceOf(WatiUnknownOutcomeError);
    expect(error.message).toContain('may have processed');
    expect(calls).toHaveLength(1);
  });

  it('never retries a send after 502, 504 or 500: unknown_outcome', async () => {
    for (const status of [500, 502, 504]) {
      const { client, calls } = clientWith([() => new Response('', { status })]);
      expect(await failure(client.sendTemplateMessages(send))).toBeInstanceOf(
        WatiUnknownOutcomeError,
      );
      expect(calls).toHaveLength(1);
    }
  });

  it('never retries a send after a reset connection: unknown_outcome', async () => {
    const { client, calls } = clientWith([reset]);
    const error = await failure(
      client.sendSessionText({ target: '237650000001', text: 'Bonjour' }),
    );
    expect(error).toBeInstanceOf(WatiUnknownOutcomeError);
    expect(error.message).toContain('other side closed');
    expect(calls).toHaveLength(1);
  });

  it('a refused connection sent nothing: server, even for a send', async () => {
    const { client, calls } = clientWith([refused]);
    const error = await failure(client.sendTemplateMessages(send));
    expect(error).toBeInstanceOf(WatiServerError);
    expect(calls).toHaveLength(1);
  });

  it('a destination the outgoing-URL guard refused sent nothing: server, even for a send', async () => {
    const { client, calls } = clientWith([
      () => {
        throw new OutgoingUrlRefusedError('address', false);
      },
    ]);
    const error = await failure(client.sendTemplateMessages(send));
    expect(error).toBeInstanceOf(WatiServerError);
    expect(calls).toHaveLength(1);
  });

  it('a send refused after a redirect went out once: unknown_outcome', async () => {
    const { client, calls } = clientWith([
      () => {
        throw new OutgoingUrlRefusedError('address', true);
      },
    ]);
    const error = await failure(client.sendTemplateMessages(send));
    expect(error).toBeInstanceOf(WatiUnknownOutcomeError);
    expect(calls).toHaveLength(1);
  });

  it('retries a send after 429, waiting Retry-After', async () => {
    const { client, calls, sleeps } = clientWith([
      () => new Response(null, { status: 429, headers: { 'Retry-After': '1' } }),
      () => json(sendAnswer),
    ]);
    expect(await client.sendTemplateMessages(send)).toMatchObject({ success: true });
    expect(calls).toHaveLength(2);
    expect(sleeps[0]).toBeGreaterThanOrEqual(1000);
    expect(sleeps[0]).toBeLessThanOrEqual(1010);
  });

  it('hands a long Retry-After back to the caller as rate_limit', async () => {
    const { client, calls } = clientWith([
      () => new Response(null, { status: 429, headers: { 'Retry-After': '120' } }),
    ]);
    const error = await failure(client.sendTemplateMessages(send));
    expect(error).toBeInstanceOf(WatiRateLimitError);
    expect((error as WatiRateLimitError).retryAfterMs).toBe(120_000);
    expect(calls).toHaveLength(1);
  });

  it('does not retry auth or validation errors', async () => {
    const { client, calls } = clientWith([() => new Response(null, { status: 403 })]);
    expect(await failure(client.listTemplates({ page_number: 1, page_size: 10 }))).toBeInstanceOf(
      WatiAuthError,
    );
    expect(calls).toHaveLength(1);
  });
});

describe('logs stay clean', () => {
  it('leaves URLs, which may hold phone numbers, out of connection errors', async () => {
    const { client } = clientWith([
      (url) => {
        throw new TypeError(`error sending request for url (${url.href}): connection reset`);
      },
    ]);
    const error = await failure(client.getContact('237650000001'));
    expect(error.message).not.toContain('237650000001');
    expect(error.message).toContain('[url]): connection reset');
  });
});

describe('the token stays secret', () => {
  it('is redacted from Wati messages and from connection errors', async () => {
    const replies: Reply[] = [
      () => json({ message: `Token ${TOKEN} is invalid` }, 400),
      () => new Response(`Bearer ${TOKEN} rejected`, { status: 401 }),
      () => {
        throw new TypeError(`request with ${TOKEN} failed`);
      },
      hang,
    ];
    for (const reply of replies) {
      const { client } = clientWith([reply]);
      const error = await failure(client.sendTemplateMessages(send));
      const everything = `${error.message} ${error.stack} ${JSON.stringify(error)} ${String(error)}`;
      expect(everything).not.toContain(TOKEN);
    }
  });
});
