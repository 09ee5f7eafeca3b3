import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWhatsAppSandbox, type WhatsAppSandbox } from './sandbox';

// Meta's Cloud API as reference §A5/§A10 describes it: the success body, the Graph error body and
// the codes a sender meets; and what the sandbox records for tests to read back.

let sandbox: WhatsAppSandbox;

beforeAll(async () => {
  sandbox = await startWhatsAppSandbox();
});
afterAll(() => sandbox.stop());

interface GraphErrorBody {
  error: {
    message: string;
    type: string;
    code: number;
    error_subcode?: number;
    error_data?: { messaging_product: string; details: string };
    fbtrace_id: string;
  };
}

async function send(
  body: unknown,
  options: { token?: string | null; phoneNumberId?: string; path?: string } = {},
) {
  const path =
    options.path ??
    `/${sandbox.meta.graphVersion}/${options.phoneNumberId ?? sandbox.meta.phoneNumberId}/messages`;
  const token = options.token === undefined ? sandbox.meta.accessToken : options.token;
  const response = await fetch(`${sandbox.url}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const raw = await response.text();
  return { status: response.status, headers: response.headers, raw, json: JSON.parse(raw) };
}

function authTemplate(to: string, code: string, language = 'fr') {
  return {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    to,
    type: 'template',
    template: {
      name: sandbox.meta.authTemplate,
      language: { code: language },
      components: [
        { type: 'body', parameters: [{ type: 'text', text: code }] },
        { type: 'button', sub_type: 'url', index: '0', parameters: [{ type: 'text', text: code }] },
      ],
    },
  };
}

/** The error of a refused send, after checking the Graph error body's shape. */
async function refusal(reply: Awaited<ReturnType<typeof send>>, status = 400) {
  expect(reply.status).toBe(status);
  const { error } = reply.json as GraphErrorBody;
  expect(Object.keys(reply.json as object)).toEqual(['error']);
  expect(error.fbtrace_id).toMatch(/^A[\w-]{22}$/);
  expect(reply.headers.get('www-authenticate')).toMatch(/^OAuth "Facebook Platform" "invalid_/);
  return error;
}

describe('Meta Cloud API: sending', () => {
  it('accepts a text message with the success body and records it', async () => {
    const reply = await send({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '+237 671-23-45-01',
      type: 'text',
      text: { preview_url: false, body: 'Bonjour ! Écrivez AIDE pour la liste des commandes.' },
    });
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({
      messaging_product: 'whatsapp',
      contacts: [{ input: '+237 671-23-45-01', wa_id: '237671234501' }],
      messages: [{ id: expect.stringMatching(/^wamid\.[A-Za-z0-9+/=]+$/) as unknown }],
    });
    expect(reply.headers.get('facebook-api-version')).toBe(sandbox.meta.graphVersion);
    const id = (reply.json as { messages: [{ id: string }] }).messages[0].id;

    expect(sandbox.messages('+237671234501')).toEqual([
      {
        id,
        provider: 'meta',
        to: '+237671234501',
        kind: 'text',
        text: 'Bonjour ! Écrivez AIDE pour la liste des commandes.',
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as unknown,
      },
    ]);
  });

  it('takes text as the default type', async () => {
    const reply = await send({
      messaging_product: 'whatsapp',
      to: '+237671234502',
      text: { body: 'Sans type' },
    });
    expect(reply.status).toBe(200);
    expect(sandbox.messages('+237671234502')[0]).toMatchObject({ kind: 'text', text: 'Sans type' });
  });

  it('sends the authentication template with Meta’s fixed text in its language', async () => {
    const fr = await send(authTemplate('+237671234503', '482913'));
    expect(fr.status).toBe(200);
    const en = await send(authTemplate('+237671234503', '550127', 'en'));
    expect(en.status).toBe(200);
    const ids = [fr, en].map(
      (reply) => (reply.json as { messages: [{ id: string }] }).messages[0].id,
    );

    const read = await fetch(`${sandbox.url}/_sandbox/messages?to=%2B237671234503`, {
      headers: { Authorization: `Bearer ${sandbox.token}` },
    });
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual({
      messages: [
        {
          id: ids[0],
          provider: 'meta',
          to: '+237671234503',
          kind: 'template',
          text: '482913 est votre code de vérification.',
          code: '482913',
          template: { name: sandbox.meta.authTemplate, language: 'fr' },
          at: expect.any(String) as unknown,
        },
        {
          id: ids[1],
          provider: 'meta',
          to: '+237671234503',
          kind: 'template',
          text: '550127 is your verification code.',
          code: '550127',
          template: { name: sandbox.meta.authTemplate, language: 'en' },
          at: expect.any(String) as unknown,
        },
      ],
    });
  });
});

describe('Meta Cloud API: refusals', () => {
  const text = { messaging_product: 'whatsapp', to: '+237671234599', text: { body: 'x' } };

  it('without a token: 401, code 104', async () => {
    const error = await refusal(await send(text, { token: null }), 401);
    expect(error).toMatchObject({ type: 'OAuthException', code: 104 });
  });

  it('with a wrong token: 401, code 190', async () => {
    const error = await refusal(await send(text, { token: 'EAAWnotthetoken' }), 401);
    expect(error).toMatchObject({
      type: 'OAuthException',
      code: 190,
      message: 'Invalid OAuth access token - Cannot parse access token',
    });
  });

  it('an unknown phone number id: code 100, subcode 33', async () => {
    const reply = await send(text, { phoneNumberId: '106540352242922' });
    const error = await refusal(reply);
    expect(error).toMatchObject({ type: 'GraphMethodException', code: 100, error_subcode: 33 });
    expect(error.message).toContain("Object with ID '106540352242922' does not exist");
    // Graph's own serialisation escapes `/`.
    expect(reply.raw).toContain('https:\\/\\/developers.facebook.com');
  });

  it('an unknown path: code 2500', async () => {
    const error = await refusal(
      await send(text, { path: `/v21.0/${sandbox.meta.phoneNumberId}/message` }),
    );
    expect(error.code).toBe(2500);
  });

  it('missing or wrong fields: code 100', async () => {
    const cases: Array<[unknown, string]> = [
      [{ to: '+237671234599', text: { body: 'x' } }, 'The parameter messaging_product is required'],
      [{ ...text, messaging_product: 'sms' }, 'Param messaging_product must be one of {WHATSAPP}'],
      [{ messaging_product: 'whatsapp', text: { body: 'x' } }, 'The parameter to is required'],
      [{ ...text, text: {} }, "The parameter text['body'] is required"],
      [{ ...text, text: { body: 'x'.repeat(4097) } }, 'must be at most 4096 characters'],
      [{ ...text, to: 'Awa' }, 'Invalid parameter'],
      [{ ...text, type: 'image' }, 'Invalid parameter'],
      ['{not json', 'Invalid parameter'],
    ];
    for (const [body, message] of cases) {
      const error = await refusal(await send(body));
      expect(error.code, JSON.stringify(body).slice(0, 80)).toBe(100);
      expect(error.message).toContain(message);
    }
    expect(sandbox.messages('+237671234599')).toEqual([]);
  });

  it('an unknown template or language: 132001', async () => {
    for (const [name, language] of [
      ['hello_world', 'fr'],
      [sandbox.meta.authTemplate, 'de'],
    ] as const) {
      const body = authTemplate('+237671234598', '123456');
      body.template.name = name;
      body.template.language.code = language;
      const error = await refusal(await send(body));
      expect(error).toMatchObject({
        code: 132001,
        message: '(#132001) Template name does not exist in the translation',
        error_data: {
          messaging_product: 'whatsapp',
          details: `template name (${name}) does not exist in ${language}`,
        },
      });
    }
  });

  it('the code missing from the body or the button: 132000, 131008', async () => {
    const noBody = authTemplate('+237671234598', '123456');
    noBody.template.components.shift();
    expect(await refusal(await send(noBody))).toMatchObject({
      code: 132000,
      error_data: {
        details:
          'body: number of localizable_params (0) does not match the expected number of params (1)',
      },
    });

    const noButton = authTemplate('+237671234598', '123456');
    noButton.template.components.pop();
    expect(await refusal(await send(noButton))).toMatchObject({
      code: 131008,
      message: '(#131008) Required parameter is missing',
      error_data: { details: 'buttons: Button at index 0 of type Url requires a parameter' },
    });
  });

  it('a parameter of the wrong format: 132012; a code over 15 characters: 131009', async () => {
    const currency = authTemplate('+237671234598', '123456');
    currency.template.components[0]!.parameters = [{ type: 'currency', text: '123456' }];
    expect((await refusal(await send(currency))).code).toBe(132012);

    const long = authTemplate('+237671234598', '1234567890123456');
    expect((await refusal(await send(long))).code).toBe(131009);
    expect(sandbox.messages('+237671234598')).toEqual([]);
  });
});

describe('Meta Cloud API: send faults', () => {
  const text = (to: string, body = 'Vos trois variantes') => ({
    messaging_product: 'whatsapp',
    to,
    text: { body },
  });

  async function faults(method: string, body?: unknown, token: string | null = sandbox.token) {
    const response = await fetch(`${sandbox.url}/_sandbox/faults`, {
      method,
      headers: {
        'Content-Type': 'application/json',
        ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  }

  it('fails the next sends to one number with 131000 (HTTP 500), then sends again', async () => {
    expect(await faults('POST', { to: '+237671234610', times: 2 })).toEqual({
      status: 200,
      json: { faults: [{ to: '+237671234610', times: 2, failure: 'server_error', left: 2 }] },
    });
    const first = await refusal(await send(text('+237 671 23 46 10')), 500);
    expect(first).toEqual({
      message: '(#131000) Something went wrong',
      type: 'OAuthException',
      code: 131000,
      error_data: {
        messaging_product: 'whatsapp',
        details: 'Message failed to send due to an unknown error.',
      },
      fbtrace_id: expect.any(String) as unknown,
    });
    // Another number is not concerned.
    expect((await send(text('+237671234611'))).status).toBe(200);
    expect((await faults('GET')).json).toEqual({
      faults: [{ to: '+237671234610', times: 2, failure: 'server_error', left: 1 }],
    });
    // The authentication template fails too: a fault takes whatever is sent.
    expect((await refusal(await send(authTemplate('+237671234610', '482913')), 500)).code).toBe(
      131000,
    );
    expect((await faults('GET')).json).toEqual({ faults: [] });

    const after = await send(text('+237671234610', 'Enfin'));
    expect(after.status).toBe(200);
    expect(sandbox.messages('+237671234610').map((message) => message.text)).toEqual(['Enfin']);
  });

  it('a rate limit: 130429 with HTTP 400, as Graph answers its rate limits', async () => {
    sandbox.addSendFault({ to: '+237671234612', times: 1, failure: 'rate_limit' });
    expect(await refusal(await send(text('+237671234612')))).toMatchObject({
      message: '(#130429) Rate limit hit',
      code: 130429,
      error_data: { details: 'Cloud API message throughput has been reached.' },
    });
    expect(sandbox.sendFaults()).toEqual([]);
    expect(sandbox.messages('+237671234612')).toEqual([]);
  });

  it('a wrong request is refused for what it is, leaving the fault for the next valid send', async () => {
    sandbox.addSendFault({ to: '+237671234613', times: 1 });
    expect((await refusal(await send({ ...text('+237671234613'), text: {} }))).code).toBe(100);
    expect((await refusal(await send(text('+237671234613')), 500)).code).toBe(131000);
  });

  it('without times, every send fails until the faults are cleared', async () => {
    expect((await faults('POST', {})).json).toEqual({
      faults: [{ failure: 'server_error', left: null }],
    });
    for (const to of ['+237671234614', '+237671234615', '+237671234614']) {
      expect((await refusal(await send(text(to)), 500)).code).toBe(131000);
    }
    expect(await faults('DELETE')).toEqual({ status: 200, json: { faults: [] } });
    expect((await send(text('+237671234614'))).status).toBe(200);
  });

  it('the newest matching fault wins', async () => {
    sandbox.addSendFault({ times: 1 });
    sandbox.addSendFault({ to: '+237671234616', times: 1, failure: 'rate_limit' });
    expect((await refusal(await send(text('+237671234616')))).code).toBe(130429);
    expect((await refusal(await send(text('+237671234616')), 500)).code).toBe(131000);
    expect((await send(text('+237671234616'))).status).toBe(200);
  });

  it('guards the control route with the sandbox token and refuses wrong faults (400)', async () => {
    expect((await faults('POST', { times: 1 }, null)).status).toBe(401);
    expect((await faults('GET', undefined, 'not-the-token')).status).toBe(401);
    expect((await faults('PUT', {})).status).toBe(405);
    for (const [body, error] of [
      [{ to: '237671234617' }, 'to must be a number in E.164 form'],
      [{ times: 0 }, 'times must be a whole number ≥ 1'],
      [{ times: 1.5 }, 'times must be a whole number ≥ 1'],
      [{ failure: 'timeout' }, 'failure must be one of server_error, rate_limit'],
      [{ status: 500 }, 'unknown fields: status'],
      [[], 'the body must be {to?, times?, failure?}'],
    ] as const) {
      const reply = await faults('POST', body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.json.error).toContain(error);
    }
    expect(() => sandbox.addSendFault({ times: -1 })).toThrow('times must be a whole number');
    expect(sandbox.sendFaults()).toEqual([]);
  });
});
