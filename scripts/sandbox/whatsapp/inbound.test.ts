import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twilioSignature } from './inbound-webhooks';
import { startWhatsAppSandbox, type WhatsAppSandbox } from './sandbox';

// Someone writes to the platform number: the sandbox posts the provider's webhook to a local
// receiver standing in for WCAP's function. Signatures are checked here independently of the
// sandbox's code, as reference §A2 and §B3 describe them.

interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  raw: Buffer;
}

/** Answers 200 to a correctly signed POST and 401 otherwise, as WCAP's function must. */
async function startReceiver(verify: (request: Received) => boolean) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = { path: req.url ?? '', headers: req.headers, raw: Buffer.concat(chunks) };
      received.push(request);
      res.writeHead(verify(request) ? 200 : 401).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function metaSignatureValid(raw: Buffer, header: unknown, appSecret: string): boolean {
  if (typeof header !== 'string' || !header.startsWith('sha256=')) return false;
  const given = Buffer.from(header.slice('sha256='.length), 'hex');
  const expected = createHmac('sha256', appSecret).update(raw).digest();
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Repeated names contribute each distinct value, sorted, as Twilio's own helper does. */
function expectedTwilioSignature(authToken: string, url: string, params: URLSearchParams): string {
  let data = url;
  for (const name of [...new Set(params.keys())].sort()) {
    for (const value of [...new Set(params.getAll(name))].sort()) data += name + value;
  }
  return createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
}

function twilioSignatureValid(url: string, raw: Buffer, header: unknown, authToken: string) {
  if (typeof header !== 'string') return false;
  const expected = Buffer.from(
    expectedTwilioSignature(authToken, url, new URLSearchParams(raw.toString('utf8'))),
  );
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

let sandbox: WhatsAppSandbox;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  receiver = await startReceiver((request) =>
    request.path.endsWith('?provider=twilio')
      ? twilioSignatureValid(
          `${receiver.url}${request.path}`,
          request.raw,
          request.headers['x-twilio-signature'],
          sandbox.twilio.authToken,
        )
      : metaSignatureValid(
          request.raw,
          request.headers['x-hub-signature-256'],
          sandbox.meta.appSecret,
        ),
  );
  sandbox = await startWhatsAppSandbox({
    webhookUrls: {
      meta: `${receiver.url}/functions/v1/whatsapp-webhook`,
      twilio: `${receiver.url}/functions/v1/whatsapp-webhook?provider=twilio`,
    },
  });
});
afterAll(async () => {
  await sandbox.stop();
  await receiver.stop();
});

async function control(
  method: string,
  route: string,
  body?: unknown,
  target: { url: string; token: string } = sandbox,
) {
  const response = await fetch(`${target.url}/_sandbox/${route}`, {
    method,
    headers: { Authorization: `Bearer ${target.token}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

/** The message id a received webhook carries, read as WCAP's function would. */
function messageIdOf(request: Received): string | null {
  const raw = request.raw.toString('utf8');
  if (request.headers['content-type'] === 'application/json') {
    const payload = JSON.parse(raw) as {
      entry: [{ changes: [{ value: { messages: [{ id: string }] } }] }];
    };
    return payload.entry[0].changes[0].value.messages[0].id;
  }
  return new URLSearchParams(raw).get('MessageSid');
}

/** The requests the receiver got for that message id, oldest first. */
function receivedFor(messageId: string): Received[] {
  return receiver.received.filter((request) => messageIdOf(request) === messageId);
}

describe('Meta inbound webhooks', () => {
  it('posts the whatsapp_business_account payload, signed with the app secret', async () => {
    const reply = await control('POST', 'inbound', {
      from: '+237671234801',
      text: 'Connexion / accès',
      provider: 'meta',
      profileName: 'Awa N.',
    });
    expect(reply.status).toBe(200);
    const messageId = reply.json.messageId as string;
    expect(reply.json).toEqual({ status: 200, messageId });
    expect(messageId).toMatch(/^wamid\./);

    const [request] = receivedFor(messageId);
    expect(request?.path).toBe('/functions/v1/whatsapp-webhook');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(
      metaSignatureValid(
        request!.raw,
        request!.headers['x-hub-signature-256'],
        sandbox.meta.appSecret,
      ),
    ).toBe(true);
    expect(request!.headers['x-hub-signature-256']).toMatch(/^sha256=[0-9a-f]{64}$/);

    const raw = request!.raw.toString('utf8');
    expect(JSON.parse(raw)).toEqual({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: sandbox.meta.businessAccountId,
          changes: [
            {
              value: {
                messaging_product: 'whatsapp',
                metadata: {
                  display_phone_number: '237690000000',
                  phone_number_id: sandbox.meta.phoneNumberId,
                },
                contacts: [{ profile: { name: 'Awa N.' }, wa_id: '237671234801' }],
                messages: [
                  {
                    from: '237671234801',
                    id: messageId,
                    timestamp: expect.stringMatching(/^\d{10}$/) as unknown,
                    type: 'text',
                    text: { body: 'Connexion / accès' },
                  },
                ],
              },
              field: 'messages',
            },
          ],
        },
      ],
    });
    // Meta's bytes escape `/` and non-ASCII: a re-serialised body no longer matches the signature.
    expect(raw).toContain('Connexion \\/ acc\\u00e8s');
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(raw)));
    expect(
      metaSignatureValid(
        reserialised,
        request!.headers['x-hub-signature-256'],
        sandbox.meta.appSecret,
      ),
    ).toBe(false);
  });

  it('signs wrongly or not at all when asked, and reports the webhook’s 401', async () => {
    const wrong = await sandbox.simulateInbound({
      from: '+237671234802',
      text: 'LOGIN',
      provider: 'meta',
      signature: 'wrong',
    });
    expect(wrong.status).toBe(401);
    const [wronglySigned] = receivedFor(wrong.messageId);
    expect(wronglySigned?.headers['x-hub-signature-256']).toMatch(/^sha256=[0-9a-f]{64}$/);

    const missing = await sandbox.simulateInbound({
      from: '+237671234802',
      text: 'LOGIN',
      provider: 'meta',
      signature: 'missing',
    });
    expect(missing.status).toBe(401);
    expect(receivedFor(missing.messageId)[0]?.headers).not.toHaveProperty('x-hub-signature-256');
  });
});

describe('Twilio inbound webhooks', () => {
  it('posts the form parameters, signed over the full URL and the sorted parameters', async () => {
    const reply = await control('POST', 'inbound', {
      from: '+237671234803',
      text: 'LOGIN',
      provider: 'twilio',
    });
    expect(reply.status).toBe(200);
    const messageId = reply.json.messageId as string;
    expect(reply.json).toEqual({ status: 200, messageId });
    expect(messageId).toMatch(/^SM[0-9a-f]{32}$/);

    const [request] = receivedFor(messageId);
    expect(request?.path).toBe('/functions/v1/whatsapp-webhook?provider=twilio');
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const params = new URLSearchParams(request!.raw.toString('utf8'));
    expect(Object.fromEntries(params)).toEqual({
      MessageSid: messageId,
      SmsMessageSid: messageId,
      SmsSid: messageId,
      AccountSid: sandbox.twilio.accountSid,
      From: 'whatsapp:+237671234803',
      To: 'whatsapp:+237690000000',
      Body: 'LOGIN',
      WaId: '237671234803',
      ProfileName: '237671234803',
      NumMedia: '0',
      NumSegments: '1',
      MessageType: 'text',
      SmsStatus: 'received',
      ReferralNumMedia: '0',
      ApiVersion: '2010-04-01',
    });
    const url = sandbox.webhookUrls.twilio!;
    const signature = request!.headers['x-twilio-signature'];
    expect(twilioSignatureValid(url, request!.raw, signature, sandbox.twilio.authToken)).toBe(true);
    // The URL is signed: the same request replayed to another URL does not verify.
    expect(
      twilioSignatureValid(
        url.replace('?provider=twilio', ''),
        request!.raw,
        signature,
        sandbox.twilio.authToken,
      ),
    ).toBe(false);
  });

  it('signs wrongly or not at all when asked', async () => {
    for (const signature of ['wrong', 'missing'] as const) {
      const result = await sandbox.simulateInbound({
        from: '+237671234804',
        text: 'AIDE',
        provider: 'twilio',
        signature,
      });
      expect(result.status).toBe(401);
      const headers = receivedFor(result.messageId)[0]?.headers;
      if (signature === 'missing') expect(headers).not.toHaveProperty('x-twilio-signature');
      else expect(headers?.['x-twilio-signature']).toMatch(/^[A-Za-z0-9+/]{27}=$/);
    }
  });

  it('computes Twilio’s published test vector', () => {
    const params = {
      CallSid: 'CA1234567890ABCDE',
      Caller: '+12349013030',
      Digits: '1234',
      From: '+12349013030',
      To: '+18005551212',
    };
    const url = 'https://mycompany.com/myapp.php?foo=1&bar=2';
    expect(twilioSignature('12345', url, params)).toBe('0/KCTR6DLpKmkAf8muzZqo1nDgQ=');
    expect(expectedTwilioSignature('12345', url, new URLSearchParams(params))).toBe(
      '0/KCTR6DLpKmkAf8muzZqo1nDgQ=',
    );
  });
});

describe('redelivery', () => {
  it('posts the very same webhook again, for each provider', async () => {
    for (const provider of ['meta', 'twilio'] as const) {
      const first = await sandbox.simulateInbound({
        from: '+237671234805',
        text: 'LOGIN',
        provider,
      });
      const again = await control('POST', 'redeliver', { messageId: first.messageId });
      expect(again).toEqual({ status: 200, json: { status: 200, messageId: first.messageId } });
      const [original, copy] = receivedFor(first.messageId);
      expect(receivedFor(first.messageId)).toHaveLength(2);
      expect(copy?.path).toBe(original?.path);
      expect(copy?.raw.equals(original!.raw)).toBe(true);
      for (const header of [
        'x-hub-signature-256',
        'x-twilio-signature',
        'i-twilio-idempotency-token',
      ]) {
        expect(copy?.headers[header]).toBe(original?.headers[header]);
      }
    }
  });

  it('an unknown message id: 404', async () => {
    expect((await control('POST', 'redeliver', { messageId: 'wamid.unknown' })).status).toBe(404);
  });
});

describe('control endpoints', () => {
  it('need the sandbox token, except health', async () => {
    const stranger = { url: sandbox.url, token: 'wrong' };
    expect((await control('GET', 'messages', undefined, stranger)).status).toBe(401);
    const inbound = { from: '+237671234806', text: 'x', provider: 'meta' };
    expect((await control('POST', 'inbound', inbound, stranger)).status).toBe(401);
    expect((await fetch(`${sandbox.url}/_sandbox/health`)).status).toBe(200);
    expect((await control('DELETE', 'messages')).status).toBe(405);
    expect((await control('GET', 'tenants')).status).toBe(404);
  });

  it('refuse a wrong inbound body with 400 and say why', async () => {
    for (const [body, error] of [
      [{ from: '06 71 23 48 06', text: 'x', provider: 'meta' }, 'from must be'],
      [{ from: '+237671234806', text: '', provider: 'meta' }, 'text must be'],
      [{ from: '+237671234806', text: 'x', provider: 'wati' }, 'provider must be'],
      [
        { from: '+237671234806', text: 'x', provider: 'meta', signature: 'bad' },
        'signature must be',
      ],
    ] as const) {
      const reply = await control('POST', 'inbound', body);
      expect(reply.status).toBe(400);
      expect(reply.json.error).toContain(error);
    }
  });

  it('take webhook URLs after start; without one, or unreachable, inbound answers 502', async () => {
    // The receiver checks Twilio signatures with the main sandbox's auth token.
    const late = await startWhatsAppSandbox({ twilio: { authToken: sandbox.twilio.authToken } });
    try {
      const inbound = { from: '+237671234807', text: 'LOGIN', provider: 'twilio' };
      const before = await control('POST', 'inbound', inbound, late);
      expect(before.status).toBe(502);
      expect(before.json.error).toContain('no webhook URL for twilio');

      const url = `${receiver.url}/late?provider=twilio`;
      const set = await control('PUT', 'webhooks', { twilio: url }, late);
      expect(set).toEqual({ status: 200, json: { webhookUrls: { meta: null, twilio: url } } });
      expect(late.webhookUrls).toEqual({ meta: null, twilio: url });
      const after = await control('POST', 'inbound', inbound, late);
      expect(after.json).toEqual({
        status: 200,
        messageId: expect.stringMatching(/^SM/) as unknown,
      });

      expect((await control('PUT', 'webhooks', { meta: 'ftp://example.cm' }, late)).status).toBe(
        400,
      );
      late.setWebhookUrls({ meta: 'http://127.0.0.1:1/unreachable' });
      const unreachable = await control('POST', 'inbound', { ...inbound, provider: 'meta' }, late);
      expect(unreachable.status).toBe(502);
      expect(unreachable.json.messageId).toMatch(/^wamid\./);
    } finally {
      await late.stop();
    }
  });
});

describe('credentials', () => {
  it('are derived from the sandbox token: the same token, the same; none, random', async () => {
    const [first, second] = await Promise.all([
      startWhatsAppSandbox({ token: 'fixed-token' }),
      startWhatsAppSandbox({ token: 'fixed-token' }),
    ]);
    try {
      expect(second.meta).toEqual(first.meta);
      expect(second.twilio).toEqual(first.twilio);
      expect(first.meta.appSecret).not.toBe(sandbox.meta.appSecret);
      expect(first.twilio.authToken).not.toBe(sandbox.twilio.authToken);
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
    expect(sandbox.platformNumber).toBe('+237690000000');
    expect(sandbox.meta).toEqual({
      appSecret: expect.stringMatching(/^[0-9a-f]{32}$/) as unknown,
      verifyToken: expect.any(String) as unknown,
      phoneNumberId: expect.stringMatching(/^[1-9]\d{14}$/) as unknown,
      businessAccountId: expect.stringMatching(/^[1-9]\d{14}$/) as unknown,
      accessToken: expect.stringMatching(/^EAA/) as unknown,
      graphVersion: 'v21.0',
      authTemplate: 'wcap_code',
    });
    expect(sandbox.twilio).toEqual({
      accountSid: expect.stringMatching(/^AC[0-9a-f]{32}$/) as unknown,
      authToken: expect.stringMatching(/^[0-9a-f]{32}$/) as unknown,
      from: 'whatsapp:+237690000000',
      authContentSid: expect.stringMatching(/^HX[0-9a-f]{32}$/) as unknown,
    });
  });
});
