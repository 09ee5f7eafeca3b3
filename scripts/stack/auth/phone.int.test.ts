import crypto from 'node:crypto';
import type { SupabaseClient } from '@supabase/supabase-js';
import { decodeJwt } from 'jose';
import pg from 'pg';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { AuthService } from './service';
import {
  newHookSecret,
  startHookReceiver,
  startPhoneAuth,
  uniquePhone,
  type HookCall,
} from './phone-testing';

const stack = inject('stack');
const db = new pg.Pool({ connectionString: stack.dbUrl, max: 3 });
const secret = newHookSecret();
const PASSWORD = 'Motdepasse-2026';

let hook: Awaited<ReturnType<typeof startHookReceiver>>;
let auth: Awaited<ReturnType<typeof startPhoneAuth>>;
const extraServices: AuthService[] = [];

beforeAll(async () => {
  hook = await startHookReceiver();
  auth = await startPhoneAuth(stack, { hookUrl: hook.url, secret });
});

beforeEach(() => hook.answerWith(() => ({ status: 204 })));

afterAll(async () => {
  await Promise.all([auth.service.stop(), ...extraServices.map((service) => service.stop())]);
  await hook.stop();
  await db.end();
});

const sha224 = (text: string): string => crypto.createHash('sha224').update(text).digest('hex');

/** The one call the hook got for this number (Auth sends the digits, without `+`). */
function onlyCallFor(phone: string): HookCall {
  const calls = hook.callsFor(phone);
  expect(calls).toHaveLength(1);
  return calls[0]!;
}

async function userRow(
  column: string,
  phone: string,
  by = 'phone',
): Promise<Record<string, unknown>> {
  const { rows } = await db.query(`select id, ${column} from auth.users where ${by} = $1`, [phone]);
  return rows[0] as Record<string, unknown>;
}

/** Moves a sent code back in time, as if `seconds` had passed since it was sent. */
async function ageCode(
  userId: string,
  seconds: number,
  column = 'confirmation_sent_at',
): Promise<void> {
  await db.query(
    `update auth.users set ${column} = ${column} - make_interval(secs => $2) where id = $1`,
    [userId, seconds],
  );
}

/** A user who has logged in with a code once (confirmed phone), with the code they used. */
async function phoneUser(): Promise<{ phone: string; userId: string; client: SupabaseClient }> {
  const phone = uniquePhone();
  const client = auth.client();
  expect((await client.auth.signInWithOtp({ phone: `+${phone}` })).error).toBeNull();
  const { data, error } = await client.auth.verifyOtp({
    phone: `+${phone}`,
    token: onlyCallFor(phone).payload.sms.otp,
    type: 'sms',
  });
  expect(error).toBeNull();
  return { phone, userId: data.user!.id, client };
}

async function emailUser(): Promise<{ client: SupabaseClient; userId: string }> {
  const client = auth.client();
  const { data, error } = await client.auth.signUp({
    email: `phone-${crypto.randomUUID().slice(0, 8)}@auth.test`,
    password: PASSWORD,
  });
  expect(error).toBeNull();
  return { client, userId: data.user!.id };
}

describe('signInWithOtp → Send SMS hook → verifyOtp', () => {
  it('creates the user, hands a signed 10-digit code to the hook, stores only its hash, and signs in with it', async () => {
    const phone = uniquePhone();
    const client = auth.client();
    const sent = await client.auth.signInWithOtp({
      phone: `+${phone}`,
      options: { data: { language: 'fr' }, channel: 'whatsapp' },
    });
    expect(sent).toEqual({
      data: { user: null, session: null, messageId: undefined },
      error: null,
    });

    const { headers, body, payload } = onlyCallFor(phone);
    expect(headers['content-type']).toBe('application/json');
    expect(headers['accept-encoding']).toBe('identity');
    expect(headers['webhook-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(Math.abs(Number(headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(30);
    // As the send-sms-hook function checks it: the library, with the secret minus "v1,".
    expect(new Webhook(secret.slice(3)).verify(body, headers as Record<string, string>)).toEqual(
      payload,
    );
    expect(() => new Webhook(newHookSecret().slice(3)).verify(body, headers as never)).toThrow();
    expect(payload.metadata).toEqual({
      uuid: expect.stringMatching(/^[0-9a-f-]{36}$/),
      time: expect.any(String),
      name: 'send-sms',
      ip_address: '127.0.0.1',
    });
    expect(payload.sms).toEqual({ otp: expect.stringMatching(/^\d{10}$/), phone });
    expect(payload.user).toMatchObject({
      phone,
      email: '',
      user_metadata: { language: 'fr' },
      app_metadata: { provider: 'phone', providers: ['phone'] },
    });
    expect(payload.user).not.toHaveProperty('phone_confirmed_at');
    expect(body).not.toMatch(/encrypted_password|confirmation_token/);

    const row = await userRow('confirmation_token, confirmation_sent_at', phone);
    expect(row.confirmation_token).toBe(sha224(phone + payload.sms.otp));
    expect(row.confirmation_sent_at).not.toBeNull();

    const { data, error } = await client.auth.verifyOtp({
      phone: `+${phone}`,
      token: payload.sms.otp,
      type: 'sms',
    });
    expect(error).toBeNull();
    expect(data.user).toMatchObject({ id: row.id, phone });
    expect(data.user!.phone_confirmed_at).toBeTruthy();
    expect(decodeJwt(data.session!.access_token)).toMatchObject({
      sub: row.id,
      phone,
      amr: [{ method: 'otp', timestamp: expect.any(Number) }],
    });
    const { rows: tokens } = await db.query(
      `select u.confirmation_token, (select count(*)::int from auth.one_time_tokens t where t.user_id = u.id) as pending
         from auth.users u where u.id = $1`,
      [row.id],
    );
    expect(tokens[0]).toEqual({ confirmation_token: '', pending: 0 });

    // Single use: the same code again is refused.
    const again = await client.auth.verifyOtp({
      phone: `+${phone}`,
      token: payload.sms.otp,
      type: 'sms',
    });
    expect(again.error).toMatchObject({ status: 403, code: 'otp_expired' });
  });

  it('answers every failure at /verify 403 otp_expired, and a wrong code does not spend the right one', async () => {
    const { phone, userId } = await phoneUser();
    await ageCode(userId, 10);
    const client = auth.client();
    expect((await client.auth.signInWithOtp({ phone: `+${phone}` })).error).toBeNull();
    const otp = hook.callsFor(phone)[1]!.payload.sms.otp;
    const refusals = [
      { phone: `+${phone}`, token: otp === '0000000000' ? '0000000001' : '0000000000' },
      { phone: `+${uniquePhone()}`, token: otp },
      { phone: `+${phone}`, token: otp.slice(0, 6) },
    ];
    for (const attempt of refusals) {
      const { data, error } = await client.auth.verifyOtp({ ...attempt, type: 'sms' });
      expect(data.session).toBeNull();
      expect(error).toMatchObject({
        status: 403,
        code: 'otp_expired',
        message: 'Token has expired or is invalid',
      });
    }
    // A phone code is never valid for another type.
    const asChange = await client.auth.verifyOtp({
      phone: `+${phone}`,
      token: otp,
      type: 'phone_change',
    });
    expect(asChange.error).toMatchObject({ status: 403, code: 'otp_expired' });
    const { error } = await client.auth.verifyOtp({ phone: `+${phone}`, token: otp, type: 'sms' });
    expect(error).toBeNull();
  });

  it('keeps only the latest code, valid for GOTRUE_SMS_OTP_EXP (600 s)', async () => {
    const { phone, userId } = await phoneUser();
    const client = auth.client();
    await ageCode(userId, 10);
    await client.auth.signInWithOtp({ phone: `+${phone}` });
    await ageCode(userId, 10);
    await client.auth.signInWithOtp({ phone: `+${phone}` });
    const [, first, second] = hook.callsFor(phone).map((call) => call.payload.sms.otp);
    const old = await client.auth.verifyOtp({ phone: `+${phone}`, token: first!, type: 'sms' });
    expect(old.error).toMatchObject({ status: 403, code: 'otp_expired' });

    await ageCode(userId, 601);
    const expired = await client.auth.verifyOtp({
      phone: `+${phone}`,
      token: second!,
      type: 'sms',
    });
    expect(expired.error).toMatchObject({ status: 403, code: 'otp_expired' });
  });

  it('refuses a second code within max_frequency with 429 over_sms_send_rate_limit, without calling the hook', async () => {
    const { phone } = await phoneUser();
    const { error } = await auth.client().auth.signInWithOtp({ phone: `+${phone}` });
    expect(error).toMatchObject({ status: 429, code: 'over_sms_send_rate_limit' });
    expect(error!.message).toMatch(
      /^For security purposes, you can only request this after [0-5] seconds\.$/,
    );
    expect(hook.callsFor(phone)).toHaveLength(1);
  });

  it('refuses an unknown number with 422 otp_disabled when create_user is false, sending nothing', async () => {
    const phone = uniquePhone();
    const { error } = await auth.client().auth.signInWithOtp({
      phone: `+${phone}`,
      options: { shouldCreateUser: false },
    });
    expect(error).toMatchObject({
      status: 422,
      code: 'otp_disabled',
      message: 'Signups not allowed for otp',
    });
    expect(hook.callsFor(phone)).toHaveLength(0);
    expect(await userRow('phone', phone)).toBeUndefined();
  });

  it("fails with the hook's refusal and writes nothing: no user, no code, no max_frequency window", async () => {
    hook.answerWith(() => ({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        error: { http_code: 400, message: "Ce numéro n'est pas sur WhatsApp." },
      }),
    }));
    const phone = uniquePhone();
    const refused = await auth.client().auth.signInWithOtp({ phone: `+${phone}` });
    expect(refused.error).toMatchObject({
      status: 400,
      code: 'unknown',
      message: "Ce numéro n'est pas sur WhatsApp.",
    });
    expect(await userRow('phone', phone)).toBeUndefined();

    hook.answerWith(() => ({ status: 204 }));
    const { phone: known, userId } = await phoneUser();
    await ageCode(userId, 10);
    const before = await userRow('confirmation_token, confirmation_sent_at', known);
    hook.answerWith(() => ({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: '{"error":{"http_code":429,"message":"Patientez une minute."}}',
    }));
    const limited = await auth.client().auth.signInWithOtp({ phone: `+${known}` });
    expect(limited.error).toMatchObject({ status: 429, message: 'Patientez une minute.' });
    expect(await userRow('confirmation_token, confirmation_sent_at', known)).toEqual(before);

    hook.answerWith(() => ({ status: 204 }));
    expect((await auth.client().auth.signInWithOtp({ phone: `+${known}` })).error).toBeNull();
    expect(hook.callsFor(known)).toHaveLength(3);
  });

  it('carries the client address from X-Forwarded-For into the hook metadata', async () => {
    const phone = uniquePhone();
    const response = await fetch(`${auth.url}/otp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9, 10.0.0.1' },
      body: JSON.stringify({ phone: `+${phone}` }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({});
    expect(onlyCallFor(phone).payload.metadata.ip_address).toBe('203.0.113.9');
  });
});

describe('phone sign-up with a password', () => {
  it('sends a confirmation code instead of a session, and confirms the phone with it', async () => {
    const phone = uniquePhone();
    const client = auth.client();
    const { data, error } = await client.auth.signUp({ phone: `+${phone}`, password: PASSWORD });
    expect(error).toBeNull();
    expect(data.session).toBeNull();
    expect(data.user).toMatchObject({ phone });
    expect(data.user!.confirmation_sent_at).toBeTruthy();
    expect(data.user!.phone_confirmed_at).toBeUndefined();
    const early = await client.auth.signInWithPassword({ phone: `+${phone}`, password: PASSWORD });
    expect(early.error).toMatchObject({ status: 400, code: 'phone_not_confirmed' });

    const { error: verifyError } = await client.auth.verifyOtp({
      phone: `+${phone}`,
      token: onlyCallFor(phone).payload.sms.otp,
      type: 'sms',
    });
    expect(verifyError).toBeNull();
    const signin = await client.auth.signInWithPassword({ phone: `+${phone}`, password: PASSWORD });
    expect(signin.error).toBeNull();
  });
});

describe('updateUser({ phone }) → verifyOtp phone_change', () => {
  it('sends the code to the new number, links it once verified, and logs in with it afterwards', async () => {
    const { client, userId } = await emailUser();
    const phone = uniquePhone();
    const { data, error } = await client.auth.updateUser({ phone: `+${phone}` });
    expect(error).toBeNull();
    expect(data.user).toMatchObject({ id: userId, phone: '', new_phone: phone });
    expect(data.user).toHaveProperty('phone_change_sent_at');

    const { payload } = onlyCallFor(phone);
    expect(payload.sms.phone).toBe(phone);
    expect(payload.user).toMatchObject({ id: userId, phone: '', new_phone: phone });
    const row = await userRow('phone_change_token', phone, 'phone_change');
    expect(row).toEqual({ id: userId, phone_change_token: sha224(phone + payload.sms.otp) });

    // No bearer is needed: the code proves the number, and the answer is a new session.
    const verified = await auth.client().auth.verifyOtp({
      phone: `+${phone}`,
      token: payload.sms.otp,
      type: 'phone_change',
    });
    expect(verified.error).toBeNull();
    expect(verified.data.user).toMatchObject({
      id: userId,
      phone,
      app_metadata: { provider: 'email', providers: ['email', 'phone'] },
    });
    expect(verified.data.user).not.toHaveProperty('new_phone');
    expect(verified.data.user!.phone_confirmed_at).toBeTruthy();
    expect(verified.data.user!.identities!.find((i) => i.provider === 'phone')).toMatchObject({
      id: userId,
      identity_data: { sub: userId, phone, phone_verified: true, email_verified: false },
    });
    expect(decodeJwt(verified.data.session!.access_token)).toMatchObject({ sub: userId, phone });

    // An account with a linked number logs in either way.
    const login = auth.client();
    await ageCode(userId, 10);
    expect((await login.auth.signInWithOtp({ phone: `+${phone}` })).error).toBeNull();
    const { data: session } = await login.auth.verifyOtp({
      phone: `+${phone}`,
      token: hook.callsFor(phone)[1]!.payload.sms.otp,
      type: 'sms',
    });
    expect(session.user!.id).toBe(userId);
  });

  it('refuses a number another account uses with 422 phone_exists, sending nothing', async () => {
    const { phone } = await phoneUser();
    const { client } = await emailUser();
    const { error } = await client.auth.updateUser({ phone: `+${phone}` });
    expect(error).toMatchObject({
      status: 422,
      code: 'phone_exists',
      message: 'A user with this phone number has already been registered',
    });
    expect(hook.callsFor(phone)).toHaveLength(1);
  });

  it('swaps the number at once, without a code, when [auth.sms] enable_confirmations is off', async () => {
    const autoconfirm = await startPhoneAuth(stack, {
      hookUrl: hook.url,
      secret,
      auth: (section) => ({
        ...section,
        sms: { ...(section.sms as object), enable_confirmations: false },
      }),
    });
    extraServices.push(autoconfirm.service);
    const client = autoconfirm.client();
    await client.auth.signUp({
      email: `swap-${crypto.randomUUID().slice(0, 8)}@auth.test`,
      password: PASSWORD,
    });
    const phone = uniquePhone();
    const { data, error } = await client.auth.updateUser({ phone: `+${phone}` });
    expect(error).toBeNull();
    expect(data.user).toMatchObject({ phone });
    expect(data.user).not.toHaveProperty('new_phone');
    expect(hook.callsFor(phone)).toHaveLength(0);
  });
});

describe('resend', () => {
  it("answers 200 {} and sends nothing in GoTrue's silent cases", async () => {
    const { phone } = await phoneUser();
    const client = auth.client();
    const cases = [
      // The phone is confirmed: Renvoyer le code means signInWithOtp again.
      { type: 'sms', phone: `+${phone}` },
      { type: 'sms', phone: `+${uniquePhone()}` },
      // No pending change for this (current) number.
      { type: 'phone_change', phone: `+${phone}` },
    ] as const;
    for (const params of cases) {
      const { data, error } = await client.auth.resend(params);
      expect(error, params.type).toBeNull();
      expect(data).toEqual({ user: null, session: null, messageId: undefined });
    }
    expect(hook.callsFor(phone)).toHaveLength(1);
    const invalid = await client.auth.resend({ type: 'unknown' as 'sms', phone: `+${phone}` });
    expect(invalid.error).toMatchObject({ status: 400, code: 'validation_failed' });
  });

  it('sends the pending code again: to an unconfirmed phone, and to the number a change waits for', async () => {
    const phone = uniquePhone();
    const client = auth.client();
    const { data } = await client.auth.signUp({ phone: `+${phone}`, password: PASSWORD });
    await ageCode(data.user!.id, 10);
    expect((await client.auth.resend({ type: 'sms', phone: `+${phone}` })).error).toBeNull();
    expect(hook.callsFor(phone)).toHaveLength(2);

    const { phone: current, userId, client: signedIn } = await phoneUser();
    const next = uniquePhone();
    expect((await signedIn.auth.updateUser({ phone: `+${next}` })).error).toBeNull();
    // Looked up by the current number; the new one is unknown to /resend.
    expect(
      (await client.auth.resend({ type: 'phone_change', phone: `+${next}` })).error,
    ).toBeNull();
    expect(hook.callsFor(next)).toHaveLength(1);
    await ageCode(userId, 10, 'phone_change_sent_at');
    expect(
      (await client.auth.resend({ type: 'phone_change', phone: `+${current}` })).error,
    ).toBeNull();
    const calls = hook.callsFor(next);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.payload.user).toMatchObject({ phone: current, new_phone: next });
    const { error } = await auth.client().auth.verifyOtp({
      phone: `+${next}`,
      token: calls[1]!.payload.sms.otp,
      type: 'phone_change',
    });
    expect(error).toBeNull();
  });
});

describe('unlinkIdentity', () => {
  it('removes the linked phone identity, and the phone with it, but never the last identity', async () => {
    const { client, userId } = await emailUser();
    const phone = uniquePhone();
    await client.auth.updateUser({ phone: `+${phone}` });
    await client.auth.verifyOtp({
      phone: `+${phone}`,
      token: onlyCallFor(phone).payload.sms.otp,
      type: 'phone_change',
    });
    const { data: identities } = await client.auth.getUserIdentities();
    const phoneIdentity = identities!.identities.find((i) => i.provider === 'phone')!;
    const emailIdentity = identities!.identities.find((i) => i.provider === 'email')!;

    expect(await client.auth.unlinkIdentity(phoneIdentity)).toEqual({ data: {}, error: null });
    const { data } = await client.auth.getUser();
    expect(data.user).toMatchObject({
      id: userId,
      phone: '',
      app_metadata: { provider: 'email', providers: ['email'] },
    });
    expect(data.user).not.toHaveProperty('phone_confirmed_at');
    expect(data.user!.identities!.map((i) => i.provider)).toEqual(['email']);

    const last = await client.auth.unlinkIdentity(emailIdentity);
    expect(last.error).toMatchObject({
      status: 422,
      code: 'single_identity_not_deletable',
      message: 'User must have at least 1 identity after unlinking',
    });
    // The number is free again.
    const other = await emailUser();
    expect((await other.client.auth.updateUser({ phone: `+${phone}` })).error).toBeNull();
  });

  it('answers 404 manual_linking_disabled without [auth] enable_manual_linking', async () => {
    const unlinking = await startPhoneAuth(stack, {
      hookUrl: hook.url,
      secret,
      auth: (section) => ({ ...section, enable_manual_linking: false }),
    });
    extraServices.push(unlinking.service);
    const client = unlinking.client();
    const { data } = await client.auth.signUp({
      email: `nolink-${crypto.randomUUID().slice(0, 8)}@auth.test`,
      password: PASSWORD,
    });
    const { error } = await client.auth.unlinkIdentity(data.user!.identities![0]!);
    expect(error).toMatchObject({ status: 404, code: 'manual_linking_disabled' });
  });
});

describe('test numbers and rate limits', () => {
  it('accepts [auth.sms.test_otp] codes without calling the hook, still under max_frequency', async () => {
    const phone = uniquePhone();
    const testing = await startPhoneAuth(stack, {
      hookUrl: hook.url,
      secret,
      auth: (section) => ({
        ...section,
        sms: { ...(section.sms as object), test_otp: { [`+${phone}`]: '123456' } },
      }),
    });
    extraServices.push(testing.service);
    const client = testing.client();
    expect((await client.auth.signInWithOtp({ phone: `+${phone}` })).error).toBeNull();
    const { error } = await client.auth.verifyOtp({
      phone: `+${phone}`,
      token: '123456',
      type: 'sms',
    });
    expect(error).toBeNull();
    const again = await client.auth.signInWithOtp({ phone: `+${phone}` });
    expect(again.error).toMatchObject({ status: 429, code: 'over_sms_send_rate_limit' });
    const { rows } = await db.query('select id from auth.users where phone = $1', [phone]);
    await ageCode(rows[0].id as string, 10);
    expect(await client.auth.signInWithOtp({ phone: `+${phone}` })).toMatchObject({
      data: { messageId: 'test-otp' },
      error: null,
    });
    expect(hook.callsFor(phone)).toHaveLength(0);
  });

  it('caps the codes of the whole service per hour with sms_sent (429 over_sms_send_rate_limit)', async () => {
    const capped = await startPhoneAuth(stack, {
      hookUrl: hook.url,
      secret,
      env: { SUPABASE_AUTH_RATE_LIMIT_SMS_SENT: '1' },
    });
    extraServices.push(capped.service);
    expect(
      (await capped.client().auth.signInWithOtp({ phone: `+${uniquePhone()}` })).error,
    ).toBeNull();
    const phone = uniquePhone();
    const { error } = await capped.client().auth.signInWithOtp({ phone: `+${phone}` });
    expect(error).toMatchObject({
      status: 429,
      code: 'over_sms_send_rate_limit',
      message: 'SMS rate limit exceeded',
    });
    expect(hook.callsFor(phone)).toHaveLength(0);
  });

  it('limits /otp and /verify per client address (sign_in_sign_ups, token_verifications: burst 30)', async () => {
    const post = (path: string, body: object): Promise<Response> =>
      fetch(`${auth.url}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': '198.51.100.77',
          'x-supabase-api-version': '2024-01-01',
        },
        body: JSON.stringify(body),
      });
    for (const [path, body, status] of [
      ['/otp', { phone: `+${uniquePhone()}`, create_user: false }, 422],
      ['/verify', { phone: `+${uniquePhone()}`, token: '0000000000', type: 'sms' }, 403],
    ] as const) {
      const statuses: number[] = [];
      for (let n = 0; n < 30; n += 1) statuses.push((await post(path, body)).status);
      expect(
        statuses.every((answer) => answer === status),
        path,
      ).toBe(true);
      const refused = await post(path, body);
      expect(refused.status, path).toBe(429);
      expect(await refused.json()).toEqual({
        code: 'over_request_rate_limit',
        message: 'Request rate limit reached',
      });
    }
  });
});
