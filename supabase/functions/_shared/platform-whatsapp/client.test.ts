import { describe, expect, it } from 'vitest';
import { MissingEnvError } from '../env.ts';
import { platformWhatsApp, PlatformWhatsAppError, type PlatformWhatsAppEnv } from './client.ts';

interface Sent {
  url: string;
  method: string;
  headers: Headers;
  body: string;
}

type Reply = (sent: Sent, signal: AbortSignal | null | undefined) => Response | Promise<Response>;

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

function recorder(reply: Reply) {
  const sent: Sent[] = [];
  const fetch = async (url: string, init: RequestInit) => {
    const request = {
      url,
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: String(init.body ?? ''),
    };
    sent.push(request);
    return await reply(request, init.signal);
  };
  return { sent, fetch };
}

const hang: Reply = (_sent, signal) =>
  new Promise((_resolve, reject) => {
    signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });

const TO = '+237671234567';
const CODE = '482913';
const META: PlatformWhatsAppEnv = {
  WHATSAPP_PROVIDER: 'meta',
  META_GRAPH_URL: 'http://graph.test/',
  META_GRAPH_VERSION: 'v21.0',
  META_ACCESS_TOKEN: 'EAAG-meta-token',
  META_PHONE_NUMBER_ID: '106540352242922',
  META_AUTH_TEMPLATE: 'wcap_code',
};
const TWILIO: PlatformWhatsAppEnv = {
  WHATSAPP_PROVIDER: 'twilio',
  TWILIO_API_URL: 'http://twilio.test',
  TWILIO_ACCOUNT_SID: 'AC0123456789abcdef0123456789abcdef',
  TWILIO_AUTH_TOKEN: 'twilio-auth-token',
  TWILIO_WHATSAPP_FROM: 'whatsapp:+237699000000',
  TWILIO_AUTH_CONTENT_SID: 'HXfr0123456789abcdef0123456789abcd',
};

/** The failure `promise` ends with, checked to carry none of what must stay out of logs. */
async function failureOf(promise: Promise<unknown>): Promise<PlatformWhatsAppError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(PlatformWhatsAppError);
  const failure = error as PlatformWhatsAppError;
  for (const secret of [
    CODE,
    TO,
    TO.slice(1),
    META.META_ACCESS_TOKEN!,
    TWILIO.TWILIO_AUTH_TOKEN!,
  ]) {
    expect(failure.message).not.toContain(secret);
    expect(failure.stack ?? '').not.toContain(secret);
  }
  return failure;
}

describe('Meta Cloud API', () => {
  const accepted = () =>
    json({
      messaging_product: 'whatsapp',
      contacts: [{ input: TO, wa_id: TO.slice(1) }],
      messages: [{ id: 'wamid.HBgLMjM3' }],
    });

  it('sends text to the phone number id with the bearer token', async () => {
    const { sent, fetch } = recorder(accepted);
    expect(await platformWhatsApp(META, { fetch }).sendText(TO, 'Bonjour')).toEqual({
      id: 'wamid.HBgLMjM3',
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe('http://graph.test/v21.0/106540352242922/messages');
    expect(sent[0]!.method).toBe('POST');
    expect(sent[0]!.headers.get('authorization')).toBe('Bearer EAAG-meta-token');
    expect(sent[0]!.headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(sent[0]!.body)).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: TO,
      type: 'text',
      text: { preview_url: false, body: 'Bonjour' },
    });
  });

  it('sends the code in the authentication template, body and copy-code button', async () => {
    const { sent, fetch } = recorder(accepted);
    await platformWhatsApp(META, { fetch }).sendCode(TO, CODE, 'en');
    expect(JSON.parse(sent[0]!.body)).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: TO,
      type: 'template',
      template: {
        name: 'wcap_code',
        language: { code: 'en' },
        components: [
          { type: 'body', parameters: [{ type: 'text', text: CODE }] },
          {
            type: 'button',
            sub_type: 'url',
            index: '0',
            parameters: [{ type: 'text', text: CODE }],
          },
        ],
      },
    });
  });

  it("turns a refusal into an error with Meta's code, without the code, number or token", async () => {
    const { fetch } = recorder(() =>
      json(
        {
          error: {
            message: `(#131047) Re-engagement message to ${TO.slice(1)} with ${CODE}`,
            type: 'OAuthException',
            code: 131047,
            error_data: { messaging_product: 'whatsapp', details: `token EAAG-meta-token` },
            fbtrace_id: 'A1b2',
          },
        },
        400,
      ),
    );
    const error = await failureOf(platformWhatsApp(META, { fetch }).sendCode(TO, CODE, 'fr'));
    expect(error).toMatchObject({
      provider: 'meta',
      operation: 'sendCode',
      kind: 'refused',
      status: 400,
      providerCode: '131047',
      rateLimited: false,
    });
    expect(error.message).toContain('Re-engagement message');
  });

  it('says when Meta limits the rate (HTTP 400, code 131056)', async () => {
    const { fetch } = recorder(() =>
      json({ error: { message: 'pair rate limit', code: 131056 } }, 400),
    );
    const error = await failureOf(platformWhatsApp(META, { fetch }).sendText(TO, 'Re'));
    expect(error).toMatchObject({ providerCode: '131056', rateLimited: true });
  });

  it('gives up after the timeout, body included', async () => {
    const { fetch } = recorder(hang);
    const started = Date.now();
    const error = await failureOf(
      platformWhatsApp(META, { fetch, timeoutMs: 50 }).sendCode(TO, CODE, 'fr'),
    );
    expect(error).toMatchObject({ kind: 'timeout', status: null, providerCode: null });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('names a connection failure without its URL', async () => {
    const { fetch } = recorder(() => {
      throw new TypeError(
        `error sending request for url (http://graph.test/v21.0/1/messages?to=${TO})`,
      );
    });
    const error = await failureOf(platformWhatsApp(META, { fetch }).sendText(TO, 'Bonjour'));
    expect(error.kind).toBe('network');
    expect(error.message).not.toContain('graph.test');
  });

  it('refuses a success that names no message', async () => {
    const { fetch } = recorder(() => json({ messaging_product: 'whatsapp' }));
    const error = await failureOf(platformWhatsApp(META, { fetch }).sendText(TO, 'Bonjour'));
    expect(error).toMatchObject({ kind: 'unreadable', status: 200 });
  });
});

describe('Twilio Messages API', () => {
  const created = () => json({ sid: 'SM0123456789abcdef0123456789abcdef', status: 'queued' }, 201);

  it('sends text form-encoded, with the account SID and auth token', async () => {
    const { sent, fetch } = recorder(created);
    expect(await platformWhatsApp(TWILIO, { fetch }).sendText(TO, 'Bonjour à vous')).toEqual({
      id: 'SM0123456789abcdef0123456789abcdef',
    });
    expect(sent[0]!.url).toBe(
      'http://twilio.test/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json',
    );
    expect(sent[0]!.headers.get('authorization')).toBe(
      `Basic ${btoa('AC0123456789abcdef0123456789abcdef:twilio-auth-token')}`,
    );
    expect(sent[0]!.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(sent[0]!.body))).toEqual({
      To: `whatsapp:${TO}`,
      From: 'whatsapp:+237699000000',
      Body: 'Bonjour à vous',
    });
  });

  it('sends the code as the content template of the language, variable 1, no Body', async () => {
    const { sent, fetch } = recorder(created);
    const english = { ...TWILIO, TWILIO_AUTH_CONTENT_SID_EN: 'HXen0123456789abcdef0123456789abcd' };
    await platformWhatsApp(TWILIO, { fetch }).sendCode(TO, CODE, 'en');
    await platformWhatsApp(english, { fetch }).sendCode(TO, CODE, 'en');
    await platformWhatsApp(english, { fetch }).sendCode(TO, CODE, 'fr');
    const fields = sent.map(({ body }) => Object.fromEntries(new URLSearchParams(body)));
    expect(fields.map((field) => field.ContentSid)).toEqual([
      'HXfr0123456789abcdef0123456789abcd',
      'HXen0123456789abcdef0123456789abcd',
      'HXfr0123456789abcdef0123456789abcd',
    ]);
    expect(fields[0]).toEqual({
      To: `whatsapp:${TO}`,
      From: 'whatsapp:+237699000000',
      ContentSid: 'HXfr0123456789abcdef0123456789abcd',
      ContentVariables: JSON.stringify({ '1': CODE }),
    });
  });

  it("turns a refusal into an error with Twilio's code, without the code or number", async () => {
    const { fetch } = recorder(() =>
      json(
        {
          code: 63018,
          message: `Rate limit exceeded for whatsapp:${TO} (variables {"1":"${CODE}"})`,
          more_info: 'https://www.twilio.com/docs/errors/63018',
          status: 429,
        },
        429,
      ),
    );
    const error = await failureOf(platformWhatsApp(TWILIO, { fetch }).sendCode(TO, CODE, 'fr'));
    expect(error).toMatchObject({
      provider: 'twilio',
      kind: 'refused',
      status: 429,
      providerCode: '63018',
      rateLimited: true,
    });
  });
});

describe('configuration', () => {
  it('names the missing variable before sending anything', () => {
    const { META_ACCESS_TOKEN: _token, ...withoutToken } = META;
    expect(() => platformWhatsApp(withoutToken)).toThrow(new MissingEnvError('META_ACCESS_TOKEN'));
    expect(() => platformWhatsApp({})).toThrow(new MissingEnvError('WHATSAPP_PROVIDER'));
    expect(() => platformWhatsApp({ ...META, WHATSAPP_PROVIDER: 'wati' })).toThrow(
      'WHATSAPP_PROVIDER must be meta or twilio',
    );
  });

  it('answers through the provider asked for, whatever WHATSAPP_PROVIDER says', async () => {
    const { sent, fetch } = recorder(() => json({ sid: 'SM1' }, 201));
    await platformWhatsApp(
      { ...META, ...TWILIO, WHATSAPP_PROVIDER: 'meta' },
      {
        fetch,
        provider: 'twilio',
      },
    ).sendText(TO, 'Bonjour');
    expect(sent[0]!.url).toContain('/Messages.json');
  });

  it('refuses a number that is not E.164, or a code Meta would not take, before any request', async () => {
    const { sent, fetch } = recorder(() => json({}));
    const client = platformWhatsApp(META, { fetch });
    await expect(client.sendText('237671234567', 'Bonjour')).rejects.toThrow(RangeError);
    await expect(client.sendCode(TO, '12 34', 'fr')).rejects.toThrow(RangeError);
    await expect(client.sendCode(TO, '1234567890123456', 'fr')).rejects.toThrow(RangeError);
    await expect(client.sendText(TO, ' ')).rejects.toThrow(RangeError);
    expect(sent).toEqual([]);
  });
});
