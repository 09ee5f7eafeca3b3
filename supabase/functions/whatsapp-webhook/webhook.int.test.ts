// whatsapp-webhook on the test stack's database and Auth, run by its own runtime behind its own
// gateway so that the providers it answers through are local fakes (fake-providers.ts) and the
// secrets are the test's: requests are signed here, as Meta and Twilio sign them.
import { createHmac } from 'node:crypto';
import type http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeyRing } from '../../../scripts/stack/api-keys';
import {
  createFunctionRuntime,
  discoverFunctions,
  type FunctionRuntime,
} from '../../../scripts/stack/functions';
import { startGateway } from '../../../scripts/stack/gateway';
import { deriveApiKeys } from '../../../scripts/stack/keys';
import { freePort } from '../../../scripts/stack/ports';
import { stackInfo } from '../../../test-support/clients';
import { sql } from '../../../test-support/database';
import { poller } from '../../../test-support/wait';
import { randomPhone } from '../../../test-support/whatsapp/platform';
import { startFakeProviders, type FakeProviders } from './fake-providers.ts';

const waitUntil = poller({ timeoutMs: 20_000, intervalMs: 100 });

const META = {
  graphVersion: 'v21.0',
  phoneNumberId: '106540352242922',
  accessToken: 'EAAG-test-access-token',
  appSecret: 'meta-app-secret-7c1e',
  verifyToken: 'meta-verify-token-91b2',
};
const TWILIO = {
  accountSid: 'AC0123456789abcdef0123456789abcdef',
  authToken: 'twilio-auth-token-3f8a',
  from: 'whatsapp:+237699000000',
};

let providers: FakeProviders;
let runtime: FunctionRuntime;
let gateway: http.Server;
let webhookUrl: string;

beforeAll(async () => {
  const info = stackInfo();
  const keys = await deriveApiKeys(info.jwtSecret);
  providers = await startFakeProviders({ meta: META, twilio: TWILIO });
  const port = await freePort();
  webhookUrl = `http://127.0.0.1:${port}/functions/v1/whatsapp-webhook`;
  runtime = createFunctionRuntime({
    // As supabase/config.toml declares it: the provider's signature is the only check.
    functions: discoverFunctions({
      'whatsapp-webhook': {
        enabled: true,
        verifyJwt: false,
        importMap: undefined,
        entrypoint: undefined,
      },
    }).filter((fn) => fn.name === 'whatsapp-webhook'),
    env: {
      SUPABASE_URL: info.apiUrl,
      SUPABASE_ANON_KEY: info.anonKey,
      SUPABASE_SERVICE_ROLE_KEY: info.serviceRoleKey,
      SUPABASE_DB_URL: info.dbUrl,
      WCAP_SITE_URL: 'http://localhost:5173',
      WHATSAPP_PROVIDER: 'meta',
      WHATSAPP_WEBHOOK_URL: webhookUrl,
      META_GRAPH_URL: providers.url,
      META_GRAPH_VERSION: META.graphVersion,
      META_ACCESS_TOKEN: META.accessToken,
      META_PHONE_NUMBER_ID: META.phoneNumberId,
      META_APP_SECRET: META.appSecret,
      META_VERIFY_TOKEN: META.verifyToken,
      META_AUTH_TEMPLATE: 'wcap_code',
      TWILIO_API_URL: providers.url,
      TWILIO_ACCOUNT_SID: TWILIO.accountSid,
      TWILIO_AUTH_TOKEN: TWILIO.authToken,
      TWILIO_WHATSAPP_FROM: TWILIO.from,
      TWILIO_AUTH_CONTENT_SID: 'HX0123456789abcdef0123456789abcdef',
    },
    logDir: path.join(info.logDir, 'whatsapp-webhook-test'),
  });
  gateway = await startGateway({
    port,
    upstreams: { rest: 1, auth: 1, realtime: 1 },
    functions: runtime,
    keyRing: createKeyRing(keys),
    jwtSecret: keys.jwtSecret,
  });
});

afterAll(async () => {
  gateway?.closeAllConnections();
  await new Promise((resolve) => gateway?.close(resolve));
  await runtime?.stop();
  await providers?.stop();
});

// Meta's own serialisation escapes non-ASCII characters and slashes; the signature is over it.
const metaJson = (value: unknown) =>
  JSON.stringify(value)
    .replaceAll('/', '\\/')
    .replace(
      /[\u0080-\uffff]/g,
      (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );

function metaBody(from: string, text: string, id = `wamid.${crypto.randomUUID()}`) {
  const body = metaJson({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: {
                display_phone_number: '237699000000',
                phone_number_id: META.phoneNumberId,
              },
              contacts: [{ profile: { name: 'Awa N.' }, wa_id: from.slice(1) }],
              messages: [
                {
                  from: from.slice(1),
                  id,
                  timestamp: String(Math.floor(Date.now() / 1000)),
                  type: 'text',
                  text: { body: text },
                },
              ],
            },
          },
        ],
      },
    ],
  });
  return { id, body };
}

const metaSignature = (body: string, secret = META.appSecret) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

function postMeta(body: string, signature: string | null = metaSignature(body)) {
  return fetch(webhookUrl, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(signature === null ? {} : { 'X-Hub-Signature-256': signature }),
    },
    body,
  });
}

function twilioFields(
  from: string,
  text: string,
  sid = `SM${crypto.randomUUID().replaceAll('-', '')}`,
) {
  return {
    sid,
    fields: {
      MessageSid: sid,
      SmsMessageSid: sid,
      SmsSid: sid,
      AccountSid: TWILIO.accountSid,
      From: `whatsapp:${from}`,
      To: TWILIO.from,
      Body: text,
      NumMedia: '0',
      NumSegments: '1',
      ProfileName: 'Awa',
      WaId: from.slice(1),
      MessageType: 'text',
      SmsStatus: 'received',
      ApiVersion: '2010-04-01',
    } as Record<string, string>,
  };
}

function twilioSignature(url: string, fields: Record<string, string>, token = TWILIO.authToken) {
  const data = Object.keys(fields)
    .sort()
    .reduce((acc, name) => acc + name + fields[name], url);
  return createHmac('sha1', token).update(data, 'utf8').digest('base64');
}

const twilioUrl = () => `${webhookUrl}?provider=twilio`;

function postTwilio(
  fields: Record<string, string>,
  options: { url?: string; signature?: string | null; body?: string } = {},
) {
  const url = options.url ?? twilioUrl();
  const signature =
    options.signature === undefined ? twilioSignature(url, fields) : options.signature;
  return fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      ...(signature === null ? {} : { 'X-Twilio-Signature': signature }),
    },
    body: options.body ?? new URLSearchParams(fields).toString(),
  });
}

interface Filed extends Record<string, unknown> {
  provider: string;
  from_phone: string;
  outcome: string | null;
  handled_at: Date | null;
}

const filed = (messageId: string) =>
  sql<Filed>(
    `select provider, from_phone, outcome, handled_at
     from private.platform_inbound_messages where message_id = $1`,
    [messageId],
  );

async function handled(messageId: string): Promise<Filed> {
  await waitUntil(
    async () => (await filed(messageId))[0]?.handled_at != null,
    `message ${messageId} handled`,
  );
  return (await filed(messageId))[0]!;
}

const textsTo = (phone: string) => providers.sent.filter((message) => message.to === phone);

async function contactText(key: string, language: 'fr' | 'en'): Promise<string> {
  const [row] = await sql<{ body: string }>(`select private.contact_text($1, $2) as body`, [
    key,
    language,
  ]);
  return row!.body;
}

async function expectRefused(response: Response): Promise<void> {
  expect(response.status).toBe(401);
  expect(await response.json()).toEqual({
    error: { code: 'invalid_signature', message: expect.any(String) },
  });
}

describe("Meta's verification handshake", () => {
  const handshake = (params: Record<string, string>) =>
    fetch(`${webhookUrl}?${new URLSearchParams(params)}`);

  it('answers the challenge, as plain text, to the right verify token', async () => {
    const response = await handshake({
      'hub.mode': 'subscribe',
      'hub.challenge': '1158201444',
      'hub.verify_token': META.verifyToken,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toBe('1158201444');
  });

  it.each([
    ['a wrong verify token', { 'hub.verify_token': `${META.verifyToken}x` }],
    ['no verify token', { 'hub.verify_token': '' }],
    ['the app secret instead', { 'hub.verify_token': META.appSecret }],
    ['another mode', { 'hub.mode': 'unsubscribe' }],
  ])('refuses %s with 403', async (_case, change) => {
    const response = await handshake({
      'hub.mode': 'subscribe',
      'hub.challenge': '1158201444',
      'hub.verify_token': META.verifyToken,
      ...change,
    });
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('1158201444');
  });
});

describe('Meta webhooks', () => {
  it('accepts a signed message and answers AIDE with the help, in French', async () => {
    const phone = randomPhone();
    const { id, body } = metaBody(phone, ' Aïde ! ');
    const response = await postMeta(body);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, messages: 1, duplicates: 0 });
    expect(await handled(id)).toMatchObject({
      provider: 'meta',
      from_phone: phone,
      outcome: 'help',
    });
    expect(textsTo(phone)).toEqual([
      { provider: 'meta', to: phone, text: await contactText('platform_help', 'fr') },
    ]);
  });

  it('checks the signature over the bytes as received (escaped unicode and slashes)', async () => {
    const phone = randomPhone();
    const { id, body } = metaBody(phone, 'Bonjour / ça va ? 👋');
    expect(body).toContain('\\u00e7');
    expect((await postMeta(body)).status).toBe(200);
    expect(await handled(id)).toMatchObject({ outcome: 'help' });
  });

  it.each([
    [
      'one changed byte',
      (body: string) => ({ body: body.replace('"Aide', '"Aida'), signature: metaSignature(body) }),
    ],
    [
      'a wrong secret',
      (body: string) => ({ body, signature: metaSignature(body, 'another-secret') }),
    ],
    [
      'the verify token as key',
      (body: string) => ({ body, signature: metaSignature(body, META.verifyToken) }),
    ],
    ['no header', (body: string) => ({ body, signature: null })],
    ['an empty header', (body: string) => ({ body, signature: '' })],
  ])('refuses %s with 401 and stores nothing', async (_case, forge) => {
    const phone = randomPhone();
    const { id, body } = metaBody(phone, 'Aide');
    const forged = forge(body);
    await expectRefused(await postMeta(forged.body, forged.signature));
    expect(await filed(id)).toEqual([]);
    expect(textsTo(phone)).toEqual([]);
  });

  it('handles a message delivered twice once, even at the same time', async () => {
    const phone = randomPhone();
    const { id, body } = metaBody(phone, 'AIDE');
    const answers = await Promise.all([postMeta(body), postMeta(body)]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    const duplicates = await Promise.all(
      answers.map(async (answer) => ((await answer.json()) as { duplicates: number }).duplicates),
    );
    expect(duplicates.sort()).toEqual([0, 1]);
    await handled(id);
    const again = await postMeta(body);
    expect(await again.json()).toEqual({ ok: true, messages: 1, duplicates: 1 });
    expect(await filed(id)).toHaveLength(1);
    expect(textsTo(phone)).toHaveLength(1);
  });

  it('switches the language with LANGUE and answers in the new one', async () => {
    const phone = randomPhone();
    const langue = metaBody(phone, 'langue');
    await postMeta(langue.body);
    expect(await handled(langue.id)).toMatchObject({ outcome: 'language' });
    const [contact] = await sql<{ language: string }>(
      `select language from private.platform_contacts where phone = $1`,
      [phone],
    );
    expect(contact?.language).toBe('en');

    const help = metaBody(phone, 'HELP');
    await postMeta(help.body);
    await handled(help.id);
    const back = metaBody(phone, 'LANG');
    await postMeta(back.body);
    await handled(back.id);
    expect(textsTo(phone).map((message) => message.text)).toEqual([
      await contactText('platform_language_set', 'en'),
      await contactText('platform_help', 'en'),
      await contactText('platform_language_set', 'fr'),
    ]);
  });

  it('answers anything else with the help', async () => {
    const phone = randomPhone();
    const { id, body } = metaBody(phone, 'Bonjour, je veux des crédits');
    await postMeta(body);
    expect(await handled(id)).toMatchObject({ outcome: 'help' });
    expect(textsTo(phone).map((message) => message.text)).toEqual([
      await contactText('platform_help', 'fr'),
    ]);
  });

  it('acknowledges status updates and stores nothing', async () => {
    const phone = randomPhone();
    const body = metaJson({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: '102290129340398',
          changes: [
            {
              field: 'messages',
              value: {
                messaging_product: 'whatsapp',
                metadata: {
                  display_phone_number: '237699000000',
                  phone_number_id: META.phoneNumberId,
                },
                statuses: [
                  {
                    id: 'wamid.status-only',
                    status: 'delivered',
                    timestamp: '1751142888',
                    recipient_id: phone.slice(1),
                  },
                ],
              },
            },
          ],
        },
      ],
    });
    const response = await postMeta(body);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, messages: 0, duplicates: 0 });
    expect(await filed('wamid.status-only')).toEqual([]);
  });

  it('refuses a body over 3 MiB before reading it', async () => {
    const response = await postMeta(' '.repeat(3 * 1024 * 1024 + 1), 'sha256=00');
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'payload_too_large',
    );
  });
});

describe('Twilio webhooks', () => {
  it('accepts a signed message and answers through Twilio', async () => {
    const phone = randomPhone();
    const { sid, fields } = twilioFields(phone, 'aide');
    const response = await postTwilio(fields);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/xml/);
    expect(await response.text()).toContain('<Response></Response>');
    expect(await handled(sid)).toMatchObject({
      provider: 'twilio',
      from_phone: phone,
      outcome: 'help',
    });
    expect(textsTo(phone)).toEqual([
      { provider: 'twilio', to: phone, text: await contactText('platform_help', 'fr') },
    ]);
  });

  it.each([
    [
      'a request replayed to another URL',
      (fields: Record<string, string>) => ({
        url: `${twilioUrl()}&replayed=1`,
        signature: twilioSignature(twilioUrl(), fields),
      }),
    ],
    [
      'a request signed for another site',
      (fields: Record<string, string>) => ({
        signature: twilioSignature('https://other.example.com/whatsapp?provider=twilio', fields),
      }),
    ],
    [
      'one changed byte',
      (fields: Record<string, string>) => ({
        body: new URLSearchParams({ ...fields, Body: 'Aida' }).toString(),
      }),
    ],
    [
      'a wrong auth token',
      (fields: Record<string, string>) => ({
        signature: twilioSignature(twilioUrl(), fields, 'another-token'),
      }),
    ],
    ['no header', () => ({ signature: null })],
  ])('refuses %s with 401 and stores nothing', async (_case, forge) => {
    const phone = randomPhone();
    const { sid, fields } = twilioFields(phone, 'Aide');
    await expectRefused(await postTwilio(fields, forge(fields)));
    expect(await filed(sid)).toEqual([]);
    expect(textsTo(phone)).toEqual([]);
  });

  it('handles a message delivered twice once', async () => {
    const phone = randomPhone();
    const { sid, fields } = twilioFields(phone, 'LANGUE');
    expect((await postTwilio(fields)).status).toBe(200);
    expect((await postTwilio(fields)).status).toBe(200);
    expect(await handled(sid)).toMatchObject({ outcome: 'language' });
    expect(textsTo(phone).map((message) => message.text)).toEqual([
      await contactText('platform_language_set', 'en'),
    ]);
  });

  it('acknowledges status callbacks and stores nothing', async () => {
    const phone = randomPhone();
    const sid = `SM${crypto.randomUUID().replaceAll('-', '')}`;
    const fields = {
      MessageSid: sid,
      SmsSid: sid,
      AccountSid: TWILIO.accountSid,
      From: TWILIO.from,
      To: `whatsapp:${phone}`,
      MessageStatus: 'read',
      SmsStatus: 'read',
      ApiVersion: '2010-04-01',
      ChannelToAddress: phone,
    };
    expect((await postTwilio(fields)).status).toBe(200);
    expect(await filed(sid)).toEqual([]);
  });
});
