import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SupabaseClient } from '@supabase/supabase-js';
import { decodeJwt } from 'jose';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createNodeClient } from '../../node-supabase-client';
import { linkIn, mailTo, waitForMail, type MailMessage } from '../../../test-support/mail';
import { HOST } from '../ports';
import { startAuthService, type AuthService } from './service';
import { authSettingsFromConfig } from './settings';

const stack = inject('stack');
const mail = stack.sandboxes.mail as { url: string; smtpHost: string; smtpPort: number };
const db = new pg.Pool({ connectionString: stack.dbUrl, max: 2 });
const extraServices: AuthService[] = [];
const tempDirs: string[] = [];

const PASSWORD = 'Ancien-mot-de-passe-2026';
const RESET_PAGE = 'http://127.0.0.1:5173/mot-de-passe/nouveau';
const VERIFY_URL = `${stack.apiUrl}/auth/v1/verify?`;

afterAll(async () => {
  await Promise.all(extraServices.map((service) => service.stop()));
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
  await db.end();
});

function client(url = stack.apiUrl, fetchImpl?: typeof fetch): SupabaseClient {
  return createNodeClient(url, stack.anonKey, fetchImpl ? { global: { fetch: fetchImpl } } : {});
}

const admin = createNodeClient(stack.apiUrl, stack.serviceRoleKey);

async function createUser(userMetadata: Record<string, unknown> = {}): Promise<string> {
  const email = `recovery-${crypto.randomUUID().slice(0, 8)}@wcap.test`;
  const { error } = await admin.auth.admin.createUser({
    email,
    password: PASSWORD,
    email_confirm: true,
    user_metadata: userMetadata,
  });
  expect(error).toBeNull();
  return email;
}

/** Opens a link as a browser would, without following the redirect. */
async function open(link: string): Promise<{ status: number; location: URL }> {
  const response = await fetch(link, { redirect: 'manual' });
  return { status: response.status, location: new URL(response.headers.get('location') ?? '') };
}

const fragment = (location: URL) => Object.fromEntries(new URLSearchParams(location.hash.slice(1)));

async function recoveryRow(email: string) {
  const { rows } = await db.query<{ recovery_token: string; recovery_sent_at: Date | null }>(
    'select recovery_token, recovery_sent_at from auth.users where email = $1',
    [email],
  );
  return rows[0]!;
}

/** Another Auth service on the stack's database, sending to the stack's mail sandbox. */
async function authServiceWith(authSection: Record<string, unknown>): Promise<string> {
  const url = new URL(stack.dbUrl);
  url.username = 'supabase_auth_admin';
  url.password = 'postgres';
  const service = await startAuthService({
    databaseUrl: url.toString(),
    host: HOST,
    port: 0,
    jwtSecret: stack.jwtSecret,
    issuer: `${stack.apiUrl}/auth/v1`,
    settings: authSettingsFromConfig(authSection, {}),
    smtp: {
      host: mail.smtpHost,
      port: mail.smtpPort,
      adminEmail: 'no-reply@wcap.local',
      senderName: 'WCAP',
    },
  });
  extraServices.push(service);
  return `http://${HOST}:${service.port}`;
}

/** supabase-js against a service without the gateway: the `/auth/v1` prefix is dropped. */
function directClient(base: string): SupabaseClient {
  return client(base, (input, init) =>
    fetch(String(input instanceof Request ? input.url : input).replace('/auth/v1', ''), init),
  );
}

describe('password recovery (resetPasswordForEmail → link → new password)', () => {
  it('mails a single-use link that signs in for a new password, in French by default', async () => {
    const email = await createUser({ full_name: 'Awa <Mbarga>' });
    const supabase = client();
    const { data, error } = await supabase.auth.resetPasswordForEmail(email, {
      redirectTo: RESET_PAGE,
    });
    expect(error).toBeNull();
    expect(data).toEqual({});

    const message = await waitForMail(mail.url, email);
    expect(message).toMatchObject({
      from: 'WCAP <no-reply@wcap.local>',
      to: [email],
      subject: 'WCAP — Réinitialisez votre mot de passe / Reset your password',
    });
    expect(message.html).toContain('<html lang="fr">');
    expect(message.html).toContain('Bonjour Awa &lt;Mbarga&gt;,');
    const link = linkIn(message, VERIFY_URL);
    const token = new URL(link).searchParams.get('token')!;
    // Exactly GoTrue's {{ .ConfirmationURL }}: redirect_to unescaped when it needs no escaping.
    expect(link).toBe(`${VERIFY_URL}token=${token}&type=recovery&redirect_to=${RESET_PAGE}`);
    // Only a hash is kept, as GoTrue keeps it.
    const stored = await recoveryRow(email);
    expect(stored.recovery_token).toBe(token);
    expect(token).toMatch(/^[0-9a-f]{56}$/);
    expect(stored.recovery_sent_at).not.toBeNull();

    const opened = await open(link);
    expect(opened.status).toBe(303);
    expect(`${opened.location.origin}${opened.location.pathname}`).toBe(RESET_PAGE);
    const session = fragment(opened.location);
    expect(session).toMatchObject({
      token_type: 'bearer',
      type: 'recovery',
      expires_in: '3600',
      sb: '',
    });
    expect(decodeJwt(session.access_token!)).toMatchObject({ email, amr: [{ method: 'otp' }] });

    // The SPA's next step: the session from the link changes the password.
    const signedIn = client();
    const set = await signedIn.auth.setSession({
      access_token: session.access_token!,
      refresh_token: session.refresh_token!,
    });
    expect(set.error).toBeNull();
    const updated = await signedIn.auth.updateUser({ password: 'Nouveau-mot-de-passe-2026' });
    expect(updated.error).toBeNull();
    expect(
      (await client().auth.signInWithPassword({ email, password: PASSWORD })).error,
    ).toMatchObject({ code: 'invalid_credentials' });
    const fresh = await client().auth.signInWithPassword({
      email,
      password: 'Nouveau-mot-de-passe-2026',
    });
    expect(fresh.error).toBeNull();

    // The link served once.
    const again = await open(link);
    expect(again.status).toBe(303);
    expect(again.location.hash).toBe(
      '#error=access_denied&error_code=otp_expired&error_description=Email+link+is+invalid+or+has+expired&sb=',
    );
  });

  it('writes in English to a user whose language is English', async () => {
    const email = await createUser({ language: 'en' });
    expect((await client().auth.resetPasswordForEmail(email)).error).toBeNull();
    const message = await waitForMail(mail.url, email);
    expect(message.html).toContain('<html lang="en">');
    expect(message.html).toContain('Choose a new password');
    // No redirect asked for: the link leads to site_url.
    expect(linkIn(message, VERIFY_URL)).toMatch(/&redirect_to=http:\/\/127\.0\.0\.1:5173$/);
  });

  it('answers an unknown address as a known one, and mails nothing', async () => {
    const email = `nobody-${crypto.randomUUID().slice(0, 8)}@wcap.test`;
    const { data, error } = await client().auth.resetPasswordForEmail(email);
    expect(error).toBeNull();
    expect(data).toEqual({});
    // The mail of a known address is in the sandbox before the answer: none means none was sent.
    expect(await mailTo(mail.url, email)).toEqual([]);
  });

  it('sends one mail per address per max_frequency, refusing the next with 429', async () => {
    const email = await createUser();
    expect((await client().auth.resetPasswordForEmail(email)).error).toBeNull();
    const { error } = await client().auth.resetPasswordForEmail(email);
    expect(error).toMatchObject({ status: 429, code: 'over_email_send_rate_limit' });
    expect(error!.message).toMatch(
      /^For security purposes, you can only request this after (59|60) seconds\.$/,
    );
    expect(await mailTo(mail.url, email)).toHaveLength(1);
  });

  it('refuses a link past otp_expiry, and a redirect_to that is not allowed', async () => {
    const email = await createUser();
    await client().auth.resetPasswordForEmail(email, { redirectTo: 'https://evil.example/steal' });
    const link = linkIn(await waitForMail(mail.url, email), VERIFY_URL);
    expect(link).toMatch(/&redirect_to=http:\/\/127\.0\.0\.1:5173$/);
    await db.query(
      `update auth.users set recovery_sent_at = now() - interval '3601 seconds' where email = $1`,
      [email],
    );
    const opened = await open(link);
    expect(opened.location.origin).toBe('http://127.0.0.1:5173');
    expect(fragment(opened.location)).toMatchObject({
      error: 'access_denied',
      error_code: 'otp_expired',
    });
  });

  it('verifies the token hash of the link with verifyOtp, once', async () => {
    const email = await createUser();
    await client().auth.resetPasswordForEmail(email);
    const tokenHash = new URL(
      linkIn(await waitForMail(mail.url, email), VERIFY_URL),
    ).searchParams.get('token')!;
    const verified = await client().auth.verifyOtp({ type: 'recovery', token_hash: tokenHash });
    expect(verified.error).toBeNull();
    expect(verified.data.session?.user.email).toBe(email);
    const reused = await client().auth.verifyOtp({ type: 'recovery', token_hash: tokenHash });
    expect(reused.error).toMatchObject({ status: 403, code: 'otp_expired' });
  });

  it('follows PKCE when the request carries a code challenge', async () => {
    const email = await createUser();
    const verifier = crypto.randomBytes(32).toString('base64url');
    const challenge = crypto.createHash('sha256').update(verifier).digest('base64url');
    const recover = await fetch(
      `${stack.apiUrl}/auth/v1/recover?redirect_to=${encodeURIComponent(RESET_PAGE)}`,
      {
        method: 'POST',
        headers: { apikey: stack.anonKey, 'content-type': 'application/json' },
        body: JSON.stringify({ email, code_challenge: challenge, code_challenge_method: 's256' }),
      },
    );
    expect(recover.status).toBe(200);
    const link = linkIn(await waitForMail(mail.url, email), VERIFY_URL);
    expect(new URL(link).searchParams.get('token')).toMatch(/^pkce_[0-9a-f]{56}$/);

    const opened = await open(link);
    const code = opened.location.searchParams.get('code')!;
    expect(code).toMatch(/^[0-9a-f-]{36}$/);
    const exchange = (codeVerifier: string) =>
      fetch(`${stack.apiUrl}/auth/v1/token?grant_type=pkce`, {
        method: 'POST',
        headers: {
          apikey: stack.anonKey,
          'content-type': 'application/json',
          'x-supabase-api-version': '2024-01-01',
        },
        body: JSON.stringify({ auth_code: code, code_verifier: codeVerifier }),
      });
    const wrong = await exchange(crypto.randomBytes(32).toString('base64url'));
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ code: 'bad_code_verifier' });
    const right = await exchange(verifier);
    expect(right.status).toBe(200);
    const session = (await right.json()) as { access_token: string };
    expect(decodeJwt(session.access_token)).toMatchObject({ email, amr: [{ method: 'recovery' }] });
    expect((await exchange(verifier)).status).toBe(404);
  });
});

describe('recovery with other [auth.email] settings', () => {
  it('redeems the emailed code with verifyOtp({ email, token }) when the template shows it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wcap-template-'));
    tempDirs.push(dir);
    const template = path.join(dir, 'recovery.html');
    fs.writeFileSync(template, '<p>Code : {{ .Token }}</p>');
    const base = await authServiceWith({
      site_url: 'http://127.0.0.1:5173',
      email: { template: { recovery: { subject: 'Code {{ .Email }}', content_path: template } } },
    });
    const email = await createUser();
    const auth = directClient(base);
    expect((await auth.auth.resetPasswordForEmail(email)).error).toBeNull();
    const message: MailMessage = await waitForMail(mail.url, email);
    expect(message.subject).toBe(`Code ${email}`);
    const code = /Code : (\d{6})/.exec(message.html)![1]!;

    const wrong = await auth.auth.verifyOtp({
      type: 'recovery',
      email,
      token: code === '000000' ? '111111' : '000000',
    });
    expect(wrong.error).toMatchObject({ status: 403, code: 'otp_expired' });
    const right = await auth.auth.verifyOtp({ type: 'recovery', email, token: code });
    expect(right.error).toBeNull();
    expect(right.data.session?.user.email).toBe(email);
  });

  it('counts mails against email_sent per hour while confirmations are on, as GoTrue does', async () => {
    const base = await authServiceWith({
      email: { enable_confirmations: true },
      rate_limit: { email_sent: 1 },
    });
    const [first, second] = [await createUser(), await createUser()];
    const auth = directClient(base);
    expect((await auth.auth.resetPasswordForEmail(first)).error).toBeNull();
    const { error } = await auth.auth.resetPasswordForEmail(second);
    expect(error).toMatchObject({ status: 429, code: 'over_email_send_rate_limit' });
    expect(error!.message).toBe('email rate limit exceeded');
    expect(await mailTo(mail.url, second)).toEqual([]);
  });
});
