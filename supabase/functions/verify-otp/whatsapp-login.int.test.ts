import type { SupabaseClient } from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import { anonClient, signedInUser, stackInfo } from '../../../test-support/clients';
import { sql } from '../../../test-support/database';
import { messagesTo, nextMessageTo, randomPhone } from '../../../test-support/whatsapp/platform';

// Logging in with a code sent on WhatsApp, through an unmodified supabase-js: Auth generates its
// own code and hands it to the send-sms-hook, which sends a WCAP code on WhatsApp instead; the
// WCAP code is checked by verify-otp (10 minutes, three tries, once), which then redeems Auth's
// code for Auth's session.

type Answer = { status: number; body: Record<string, unknown> };

async function verify(body: Record<string, unknown>, accessToken?: string): Promise<Answer> {
  const info = stackInfo();
  const response = await fetch(`${info.functionsUrl}/verify-otp`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      apikey: info.anonKey,
      authorization: `Bearer ${accessToken ?? info.anonKey}`,
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const refusedCode = {
  status: 403,
  body: { error: { code: 'otp_invalid', message: 'Code invalide ou expiré.' } },
};

/** Asks a login code for `phone` and reads it where WhatsApp delivered it. */
async function loginCode(phone: string, client: SupabaseClient = anonClient()): Promise<string> {
  const before = (await messagesTo(phone)).length;
  const { error } = await client.auth.signInWithOtp({ phone });
  expect(error).toBeNull();
  const message = await nextMessageTo(phone, before);
  expect(message).toMatchObject({ kind: 'template', to: phone });
  expect(message.code).toMatch(/^[0-9]{6}$/);
  return message.code!;
}

/** A wrong six-digit code for `code`. */
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

describe('logging in with WhatsApp', () => {
  it('gives a session for the code WhatsApp delivered, once', async () => {
    const phone = randomPhone();
    const code = await loginCode(phone);
    const answer = await verify({ phone, code });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ token_type: 'bearer', user: { phone: phone.slice(1) } });
    const client = anonClient();
    const { data, error } = await client.auth.setSession({
      access_token: answer.body.access_token as string,
      refresh_token: answer.body.refresh_token as string,
    });
    expect(error).toBeNull();
    expect(data.user?.phone).toBe(phone.slice(1));
    // Used: the same code again is refused.
    expect(await verify({ phone, code })).toEqual(refusedCode);
  });

  it('kills the code at the third wrong try: the right one then fails', async () => {
    const phone = randomPhone();
    const code = await loginCode(phone);
    for (let i = 0; i < 3; i += 1)
      expect(await verify({ phone, code: wrong(code) })).toEqual(refusedCode);
    expect(await verify({ phone, code })).toEqual(refusedCode);
  });

  it('refuses an expired code', async () => {
    const phone = randomPhone();
    const code = await loginCode(phone);
    await sql(
      `update private.otp_challenges set expires_at = now() - interval '1 second' where phone = $1`,
      [phone],
    );
    expect(await verify({ phone, code })).toEqual(refusedCode);
  });

  it('answers an unknown number exactly as a wrong code', async () => {
    const phone = randomPhone();
    const code = await loginCode(phone);
    expect(await verify({ phone: randomPhone(), code })).toEqual(
      await verify({ phone, code: wrong(code) }),
    );
  });

  it('never lets the WCAP code, nor guesses, through Auth’s own /verify', async () => {
    const phone = randomPhone();
    const code = await loginCode(phone);
    for (const token of [code, '000000', '0000000000']) {
      const { data, error } = await anonClient().auth.verifyOtp({ phone, token, type: 'sms' });
      expect(data.session).toBeNull();
      expect(error?.code).toBe('otp_expired');
    }
    // The WCAP code still works: guesses at Auth do not touch it.
    expect((await verify({ phone, code })).status).toBe(200);
  });

  it('makes a resend wait 60 s, and says so', async () => {
    const phone = randomPhone();
    await loginCode(phone);
    // Auth's own window (max_frequency, 5 s here) answers first…
    const early = await anonClient().auth.signInWithOtp({ phone });
    expect(early.error).toMatchObject({ status: 429, code: 'over_sms_send_rate_limit' });
    // …and once it is over, WCAP's minute between two codes to a number.
    await sql(
      `update auth.users set confirmation_sent_at = confirmation_sent_at - interval '10 seconds'
       where phone = $1`,
      [phone.slice(1)],
    );
    const { error } = await anonClient().auth.signInWithOtp({ phone });
    expect(error?.status).toBe(429);
    expect(error?.message).toMatch(/^Patientez [0-9]+ s avant de demander un nouveau code\.$/);
    expect(await messagesTo(phone)).toHaveLength(1);
  });

  it('refuses malformed requests with a clear message', async () => {
    expect(await verify({ phone: '0671234567', code: '123456' })).toEqual({
      status: 400,
      body: {
        error: {
          code: 'invalid_request',
          message:
            'Indiquez le numéro au format international et le code à 6 chiffres reçu sur WhatsApp.',
        },
      },
    });
  });
});

describe('linking a number to an account', () => {
  it('links the number once the code it received is typed, then logs in with it', async () => {
    const { client, userId } = await signedInUser('whatsapp-link');
    const phone = randomPhone();
    const { error } = await client.auth.updateUser({ phone });
    expect(error).toBeNull();
    const message = await nextMessageTo(phone);
    const {
      data: { session },
    } = await client.auth.getSession();
    // Another account cannot redeem it, nor can nobody.
    const stranger = await signedInUser('whatsapp-stranger');
    const {
      data: { session: strangerSession },
    } = await stranger.client.auth.getSession();
    expect(
      await verify(
        { phone, code: message.code, type: 'phone_change' },
        strangerSession!.access_token,
      ),
    ).toEqual(refusedCode);
    expect((await verify({ phone, code: message.code, type: 'phone_change' })).status).toBe(401);
    // The stranger's try counted as a wrong one; the owner's, the second, is right.
    const linked = await verify(
      { phone, code: message.code, type: 'phone_change' },
      session!.access_token,
    );
    expect(linked.status).toBe(200);
    expect(linked.body).toMatchObject({ user: { id: userId, phone: phone.slice(1) } });

    // A minute later (WCAP's wait between two codes to a number), logged out, the account comes
    // back with a code on WhatsApp.
    await sql(
      `update private.otp_challenges set created_at = created_at - interval '61 seconds'
       where phone = $1`,
      [phone],
    );
    const code = await loginCode(phone);
    const login = await verify({ phone, code });
    expect(login.body).toMatchObject({ user: { id: userId } });
  });
});

describe('the Send SMS hook', () => {
  it('refuses a call not signed by Auth', async () => {
    const info = stackInfo();
    const body = JSON.stringify({
      user: { id: crypto.randomUUID(), phone: '237690000001' },
      sms: { otp: '1234567890', phone: '237690000001' },
    });
    for (const signature of ['', 'v1,AAAA', 'v1,bm90LXRoZS1zaWduYXR1cmU=']) {
      const response = await fetch(`${info.functionsUrl}/send-sms-hook`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'webhook-id': 'msg_forged',
          'webhook-timestamp': String(Math.floor(Date.now() / 1000)),
          ...(signature ? { 'webhook-signature': signature } : {}),
        },
        body,
      });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        error: { http_code: 401, message: 'Signature du hook invalide.' },
      });
    }
    expect(await messagesTo('+237690000001')).toEqual([]);
  });
});
