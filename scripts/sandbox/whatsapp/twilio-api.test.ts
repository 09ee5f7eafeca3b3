import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWhatsAppSandbox, type WhatsAppSandbox } from './sandbox';

// Twilio's Messages API as reference §B4 describes it: HTTP Basic, form-encoded parameters, the
// Message resource answered 201, and Twilio's error body with its codes.

let sandbox: WhatsAppSandbox;

beforeAll(async () => {
  sandbox = await startWhatsAppSandbox();
});
afterAll(() => sandbox.stop());

async function create(
  params: Record<string, string>,
  auth: { sid?: string; user?: string; password?: string } | null = {},
) {
  const sid = auth?.sid ?? sandbox.twilio.accountSid;
  const basic =
    auth === null
      ? undefined
      : Buffer.from(
          `${auth.user ?? sandbox.twilio.accountSid}:${auth.password ?? sandbox.twilio.authToken}`,
        ).toString('base64');
  const response = await fetch(`${sandbox.url}/2010-04-01/Accounts/${sid}/Messages.json`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      ...(basic ? { Authorization: `Basic ${basic}` } : {}),
    },
    body: new URLSearchParams(params).toString(),
  });
  return { status: response.status, headers: response.headers, json: await response.json() };
}

async function refusal(reply: Awaited<ReturnType<typeof create>>, status: number, code: number) {
  expect(reply.status).toBe(status);
  expect(reply.json).toEqual({
    code,
    message: expect.any(String) as unknown,
    more_info: `https://www.twilio.com/docs/errors/${code}`,
    status,
  });
  return (reply.json as { message: string }).message;
}

describe('Twilio Messages API: sending', () => {
  it('creates a message from Body: the Message resource, status queued, and records it', async () => {
    const reply = await create({
      To: 'whatsapp:+237671234701',
      From: sandbox.twilio.from,
      Body: 'Bonjour ! Écrivez AIDE pour la liste des commandes.',
    });
    expect(reply.status).toBe(201);
    const sid = (reply.json as { sid: string }).sid;
    expect(sid).toMatch(/^SM[0-9a-f]{32}$/);
    const uri = `/2010-04-01/Accounts/${sandbox.twilio.accountSid}/Messages/${sid}`;
    expect(reply.json).toEqual({
      account_sid: sandbox.twilio.accountSid,
      api_version: '2010-04-01',
      body: 'Bonjour ! Écrivez AIDE pour la liste des commandes.',
      date_created: expect.stringMatching(
        /^\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d \+0000$/,
      ) as unknown,
      date_sent: null,
      date_updated: expect.any(String) as unknown,
      direction: 'outbound-api',
      error_code: null,
      error_message: null,
      from: sandbox.twilio.from,
      messaging_service_sid: null,
      num_media: '0',
      num_segments: '1',
      price: null,
      price_unit: 'USD',
      sid,
      status: 'queued',
      subresource_uris: { media: `${uri}/Media.json` },
      to: 'whatsapp:+237671234701',
      uri: `${uri}.json`,
    });
    expect(sandbox.messages('237671234701')).toEqual([
      {
        id: sid,
        provider: 'twilio',
        to: '+237671234701',
        kind: 'text',
        text: 'Bonjour ! Écrivez AIDE pour la liste des commandes.',
        at: expect.any(String) as unknown,
      },
    ]);
  });

  it('sends the authentication content template: variable 1 is the code', async () => {
    const reply = await create({
      To: 'whatsapp:+237671234702',
      From: sandbox.twilio.from,
      ContentSid: sandbox.twilio.authContentSid,
      ContentVariables: JSON.stringify({ 1: '482913' }),
    });
    expect(reply.status).toBe(201);
    expect(reply.json).toMatchObject({
      status: 'queued',
      body: '482913 est votre code de vérification.',
    });
    expect(sandbox.messages('+237671234702')).toEqual([
      {
        id: (reply.json as { sid: string }).sid,
        provider: 'twilio',
        to: '+237671234702',
        kind: 'template',
        text: '482913 est votre code de vérification.',
        code: '482913',
        template: {
          name: sandbox.meta.authTemplate,
          language: 'fr',
          contentSid: sandbox.twilio.authContentSid,
        },
        at: expect.any(String) as unknown,
      },
    ]);
  });
});

describe('Twilio Messages API: refusals', () => {
  const valid = { To: 'whatsapp:+237671234799', Body: 'x' };

  it('wrong or missing credentials, or another account: 401, code 20003', async () => {
    const params = { ...valid, From: sandbox.twilio.from };
    for (const auth of [
      null,
      { password: 'not-the-token' },
      { user: 'AC00000000000000000000000000000000' },
      { sid: 'AC00000000000000000000000000000000' },
    ]) {
      const reply = await create(params, auth);
      expect(await refusal(reply, 401, 20003)).toBe('Authenticate');
      expect(reply.headers.get('www-authenticate')).toBe('Basic realm="Twilio API"');
    }
  });

  it('a missing To, From or Body: 21604, 21603, 21602', async () => {
    expect(await refusal(await create({ From: sandbox.twilio.from, Body: 'x' }), 400, 21604)).toBe(
      "A 'To' phone number is required.",
    );
    expect(await refusal(await create(valid), 400, 21603)).toBe(
      "A 'From' phone number is required.",
    );
    await refusal(await create({ To: valid.To, From: sandbox.twilio.from }), 400, 21602);
  });

  it('an invalid To: 21211; a To off WhatsApp: 21910', async () => {
    for (const to of ['whatsapp:+12', 'whatsapp:237671234799', 'whatsapp:+237 671 23 47 99']) {
      const message = await refusal(
        await create({ ...valid, To: to, From: sandbox.twilio.from }),
        400,
        21211,
      );
      expect(message).toBe(`Invalid 'To' Phone Number: ${to}`);
    }
    await refusal(
      await create({ ...valid, To: '+237671234799', From: sandbox.twilio.from }),
      400,
      21910,
    );
  });

  it('a From that is not the platform sender: 63007, or 21606 off WhatsApp', async () => {
    await refusal(await create({ ...valid, From: 'whatsapp:+237699999999' }), 400, 63007);
    await refusal(await create({ ...valid, From: '+237690000000' }), 400, 21606);
  });

  it('an unknown ContentSid: 21655; unusable ContentVariables: 21656', async () => {
    const base = { To: valid.To, From: sandbox.twilio.from };
    await refusal(
      await create({ ...base, ContentSid: 'HX00000000000000000000000000000000' }),
      400,
      21655,
    );
    for (const variables of [undefined, '{1:"x"}', '{"2":"123456"}', '{"1":"1234567890123456"}']) {
      const params: Record<string, string> = { ...base, ContentSid: sandbox.twilio.authContentSid };
      if (variables !== undefined) params.ContentVariables = variables;
      await refusal(await create(params), 400, 21656);
    }
  });

  it('a Body over 1,600 characters: 21617', async () => {
    await refusal(
      await create({ ...valid, From: sandbox.twilio.from, Body: 'x'.repeat(1601) }),
      400,
      21617,
    );
    expect(sandbox.messages('+237671234799')).toEqual([]);
  });

  it('another resource: 404, code 20404', async () => {
    const response = await fetch(
      `${sandbox.url}/2010-04-01/Accounts/${sandbox.twilio.accountSid}/Calls.json`,
      { method: 'POST' },
    );
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 20404, status: 404 });
  });
});

describe('Twilio Messages API: send faults', () => {
  const text = (to: string) => ({
    To: `whatsapp:${to}`,
    From: sandbox.twilio.from,
    Body: 'Vos trois variantes',
  });

  it('fails the next sends to one number with 20500 (HTTP 500), then sends again', async () => {
    const control = await fetch(`${sandbox.url}/_sandbox/faults`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${sandbox.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ to: '+237671234720', times: 2 }),
    });
    expect(control.status).toBe(200);

    for (let attempt = 0; attempt < 2; attempt += 1) {
      const reply = await create(text('+237671234720'));
      expect(await refusal(reply, 500, 20500)).toBe('Internal Server Error');
    }
    // Another number is not concerned.
    expect((await create(text('+237671234721'))).status).toBe(201);
    expect(sandbox.messages('+237671234720')).toEqual([]);
    expect((await create(text('+237671234720'))).status).toBe(201);
    expect(sandbox.messages('+237671234720')).toHaveLength(1);
    expect(sandbox.sendFaults()).toEqual([]);
  });

  it('a rate limit: 20429 with HTTP 429, for templates too', async () => {
    sandbox.addSendFault({ to: '+237671234722', times: 1, failure: 'rate_limit' });
    const reply = await create({
      To: 'whatsapp:+237671234722',
      From: sandbox.twilio.from,
      ContentSid: sandbox.twilio.authContentSid,
      ContentVariables: JSON.stringify({ 1: '482913' }),
    });
    expect(await refusal(reply, 429, 20429)).toBe('Too Many Requests');
    expect(sandbox.messages('+237671234722')).toEqual([]);
  });

  it('a wrong request is refused for what it is, leaving the fault for the next valid send', async () => {
    sandbox.addSendFault({ to: '+237671234723' });
    await refusal(await create({ ...text('+237671234723'), Body: '' }), 400, 21602);
    await refusal(await create(text('+237671234723')), 500, 20500);
    await refusal(await create(text('+237671234723')), 500, 20500);
    sandbox.clearSendFaults();
    expect((await create(text('+237671234723'))).status).toBe(201);
  });
});
