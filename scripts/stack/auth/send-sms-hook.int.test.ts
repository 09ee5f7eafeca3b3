import net from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { HOST } from '../ports';
import {
  newHookSecret,
  startHookReceiver,
  startPhoneAuth,
  uniquePhone,
  type HookAnswer,
} from './phone-testing';

/**
 * What Auth makes of each answer of the Send SMS hook (the reference's §3.3 table), seen through
 * an unmodified supabase-js signInWithOtp for a new number: accepted, or the request fails as
 * GoTrue fails it, and then no user is left behind.
 */
const stack = inject('stack');
const db = new pg.Pool({ connectionString: stack.dbUrl, max: 2 });
const secret = newHookSecret();
let hook: Awaited<ReturnType<typeof startHookReceiver>>;
let auth: Awaited<ReturnType<typeof startPhoneAuth>>;

beforeAll(async () => {
  hook = await startHookReceiver();
  auth = await startPhoneAuth(stack, { hookUrl: hook.url, secret });
});

afterAll(async () => {
  await auth.service.stop();
  await hook.stop();
  await db.end();
});

const json = (body: string, status = 200): HookAnswer => ({
  status,
  headers: { 'content-type': 'application/json' },
  body,
});

/** The hook gives these answers in turn (the last one from then on). */
function answering(answers: HookAnswer[]): void {
  let index = 0;
  hook.answerWith(() => answers[Math.min(index++, answers.length - 1)]!);
}

async function outcomeFor(phone: string, startedAt: number) {
  const { rows } = await db.query('select count(*)::int as n from auth.users where phone = $1', [
    phone,
  ]);
  return {
    calls: hook.callsFor(phone).length,
    users: rows[0].n as number,
    ms: Date.now() - startedAt,
  };
}

async function signInThrough(answers: HookAnswer[]) {
  answering(answers);
  const phone = uniquePhone();
  const startedAt = Date.now();
  const { error } = await auth.client().auth.signInWithOtp({ phone: `+${phone}` });
  return { error, ...(await outcomeFor(phone, startedAt)) };
}

/**
 * The same request as supabase-js's signInWithOtp, read raw: supabase-js turns every 500 into an
 * AuthRetryableFetchError that drops Auth's message, which is what these tests check.
 */
async function rawSignInThrough(answers: HookAnswer[]) {
  answering(answers);
  const phone = uniquePhone();
  const startedAt = Date.now();
  const response = await fetch(`${auth.url}/otp`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-supabase-api-version': '2024-01-01' },
    body: JSON.stringify({
      phone: `+${phone}`,
      data: {},
      create_user: true,
      gotrue_meta_security: { captcha_token: null },
      channel: 'sms',
    }),
  });
  return {
    status: response.status,
    errorCode: response.headers.get('x-sb-error-code'),
    body: (await response.json()) as unknown,
    ...(await outcomeFor(phone, startedAt)),
  };
}

describe('answers Auth accepts', () => {
  it.each([
    ['204 without a body', { status: 204 }],
    ['200 {} as JSON', json('{}')],
    [
      '202 {} as JSON with a charset',
      { status: 202, headers: { 'content-type': 'application/json; charset=utf-8' }, body: '{}' },
    ],
    ['200 null', json('null')],
    ['200 with an error but no message', json('{"error":{"http_code":429}}')],
  ] as [string, HookAnswer][])('%s', async (_, answer) => {
    expect(await signInThrough([answer])).toMatchObject({ error: null, calls: 1, users: 1 });
  });

  it('retries 429 and 503 with Retry-After at once, within the same request', async () => {
    const retried = await signInThrough([
      { status: 429, headers: { 'retry-after': '1' } },
      { status: 503, headers: { 'retry-after': '1' } },
      { status: 204 },
    ]);
    expect(retried).toMatchObject({ error: null, calls: 3, users: 1 });
    // No backoff between those attempts.
    expect(retried.ms).toBeLessThan(1500);
  });
});

interface Expected {
  status: number;
  code: string;
  message: string;
  hookChose?: boolean;
}

describe('answers that fail the request', () => {
  it.each([
    [
      'a refusal with its status',
      json('{"error":{"http_code":422,"message":"Crédits épuisés pour cette organisation."}}'),
      {
        status: 422,
        code: 'unknown',
        message: 'Crédits épuisés pour cette organisation.',
        hookChose: true,
      },
    ],
    [
      'a refusal without a status',
      json('{"error":{"message":"Refusé"}}'),
      { status: 500, code: 'unexpected_failure', message: 'Refusé', hookChose: true },
    ],
    [
      'an empty 200 body',
      json(''),
      { status: 500, code: 'unexpected_failure', message: 'Error unmarshaling JSON output.' },
    ],
    [
      "the docs' new Response({}) body",
      json('[object Object]'),
      { status: 500, code: 'unexpected_failure', message: 'Error unmarshaling JSON output.' },
    ],
    [
      'a text content type',
      { status: 200, headers: { 'content-type': 'text/plain' }, body: '{}' },
      {
        status: 400,
        code: 'hook_payload_invalid_content_type',
        message: 'Invalid JSON response. Received content-type: text/plain',
      },
    ],
    [
      'no content type',
      { status: 200, body: '{}' },
      {
        status: 400,
        code: 'hook_payload_invalid_content_type',
        message: 'Invalid Content-Type: Missing Content-Type header',
      },
    ],
    [
      'a body over 200 KB',
      json(JSON.stringify({ padding: 'x'.repeat(200 * 1024) })),
      {
        status: 422,
        code: 'hook_payload_over_size_limit',
        message: 'Payload size exceeded size limit of 204800 bytes',
      },
    ],
    [
      '503 without Retry-After',
      { status: 503 },
      {
        status: 500,
        code: 'unexpected_failure',
        message: 'Service currently unavailable due to hook',
      },
    ],
    [
      '400',
      { status: 400 },
      { status: 500, code: 'unexpected_failure', message: 'Invalid payload sent to hook' },
    ],
    [
      '401 (a function still behind verify_jwt)',
      json('{"msg":"Invalid JWT"}', 401),
      { status: 500, code: 'unexpected_failure', message: 'Hook requires authorization token' },
    ],
    [
      '500',
      json('{}', 500),
      {
        status: 500,
        code: 'unexpected_failure',
        message: 'Unexpected status code returned from hook: 500',
      },
    ],
  ] as [string, HookAnswer, Expected][])('%s', async (_, answer, expected) => {
    const { hookChose, status, ...body } = expected;
    const outcome = await rawSignInThrough([answer]);
    expect(outcome).toMatchObject({ status, body, calls: 1, users: 0 });
    // GoTrue has no error code of its own for a refusal the hook chose: no header then.
    expect(outcome.errorCode).toBe(hookChose ? null : body.code);
  });

  it('shows a refusal the hook chose to supabase-js with its status and message', async () => {
    const { error } = await signInThrough([
      json('{"error":{"http_code":429,"message":"Patientez une minute."}}'),
    ]);
    expect(error).toMatchObject({
      name: 'AuthApiError',
      status: 429,
      message: 'Patientez une minute.',
    });
  });

  it('gives up after 3 attempts answered 429 with Retry-After', async () => {
    const outcome = await rawSignInThrough([{ status: 429, headers: { 'retry-after': '1' } }]);
    expect(outcome).toMatchObject({
      status: 500,
      body: { code: 'unexpected_failure', message: 'Service currently unavailable due to hook' },
      calls: 3,
      users: 0,
    });
  });

  it('answers 422 hook_timeout when the hook takes more than 5 s in all', async () => {
    const outcome = await signInThrough(['hang']);
    expect(outcome.error).toMatchObject({
      status: 422,
      code: 'hook_timeout',
      message: 'Failed to reach hook within maximum time of 5.000000 seconds',
    });
    expect(outcome).toMatchObject({ calls: 1, users: 0 });
    expect(outcome.ms).toBeGreaterThanOrEqual(4900);
  });

  it('answers 422 hook_timeout_after_retry when nothing listens, after 3 attempts 2 s apart', async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, HOST, resolve));
    const { port } = closed.address() as net.AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const unreachable = await startPhoneAuth(stack, {
      hookUrl: `http://${HOST}:${port}/functions/v1/send-sms-hook`,
      secret,
    });
    try {
      const phone = uniquePhone();
      const startedAt = Date.now();
      const { error } = await unreachable.client().auth.signInWithOtp({ phone: `+${phone}` });
      expect(error).toMatchObject({
        status: 422,
        code: 'hook_timeout_after_retry',
        message: 'Failed to reach hook after maximum retries',
      });
      expect(Date.now() - startedAt).toBeGreaterThanOrEqual(3900);
    } finally {
      await unreachable.service.stop();
    }
  });
});
