import crypto from 'node:crypto';
import { isAuthSessionMissingError, type SupabaseClient } from '@supabase/supabase-js';
import { decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createNodeClient } from '../../node-supabase-client';
import { HOST } from '../ports';
import { startAuthService, type AuthService } from './service';
import { authSettingsFromConfig } from './settings';

const stack = inject('stack');
const db = new pg.Pool({ connectionString: stack.dbUrl, max: 3 });
const extraServices: AuthService[] = [];

const PASSWORD = 'Motdepasse-2025';

/** An unmodified supabase-js client; `accessToken` replaces the key as the bearer. */
function client(
  options: { key?: string; url?: string; fetch?: typeof fetch; accessToken?: string } = {},
): SupabaseClient {
  const { key = stack.anonKey, url = stack.apiUrl, accessToken } = options;
  return createNodeClient(url, key, {
    global: {
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(accessToken ? { headers: { Authorization: `Bearer ${accessToken}` } } : {}),
    },
  });
}

const anon = client();
const admin = client({ key: stack.serviceRoleKey });

function uniqueEmail(domain = 'auth.test'): string {
  return `user-${crypto.randomUUID().slice(0, 8)}@${domain}`;
}

function uniquePhone(): string {
  return `2376${crypto.randomInt(10_000_000, 99_999_999)}`;
}

/**
 * Another Auth service on the same database with other `[auth]` settings, reached by supabase-js
 * through a fetch that drops the gateway's `/auth/v1` prefix.
 */
async function authServiceWith(
  authSection: Record<string, unknown>,
): Promise<{ client: () => SupabaseClient; url: string }> {
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
  });
  extraServices.push(service);
  const base = `http://${HOST}:${service.port}`;
  const direct: typeof fetch = (input, init) =>
    fetch(String(input instanceof Request ? input.url : input).replace('/auth/v1', ''), init);
  return { client: () => client({ url: base, fetch: direct }), url: base };
}

async function authClientWith(authSection: Record<string, unknown>): Promise<() => SupabaseClient> {
  return (await authServiceWith(authSection)).client;
}

async function signedIn(email = uniqueEmail(), data: Record<string, unknown> = {}) {
  const supabase = client();
  const { data: signup, error } = await supabase.auth.signUp({
    email,
    password: PASSWORD,
    options: { data },
  });
  expect(error).toBeNull();
  return { supabase, email, session: signup.session!, user: signup.user! };
}

async function rawAuth(
  path: string,
  init: RequestInit & { version?: boolean } = {},
): Promise<{ status: number; headers: Headers; body: Record<string, unknown> | null }> {
  const { version = true, ...rest } = init;
  const headers = new Headers(rest.headers);
  headers.set('apikey', stack.anonKey);
  if (version) headers.set('X-Supabase-Api-Version', '2024-01-01');
  const response = await fetch(`${stack.apiUrl}/auth/v1${path}`, { ...rest, headers });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
  };
}

async function sessionCount(userId: string): Promise<number> {
  const { rows } = await db.query(
    'select count(*)::int as n from auth.sessions where user_id = $1',
    [userId],
  );
  return rows[0].n as number;
}

afterAll(async () => {
  await Promise.all(extraServices.map((service) => service.stop()));
  await db.end();
});

describe('sign-up and sign-in with email and password', () => {
  it('signs up, stores a bcrypt hash, an identity and a session, and answers GoTrue’s session', async () => {
    const email = uniqueEmail();
    const { data, error } = await anon.auth.signUp({
      email: email.toUpperCase(),
      password: PASSWORD,
      options: { data: { full_name: 'Awa Mbarga' } },
    });
    expect(error).toBeNull();
    const { session, user } = data;
    expect(session).toMatchObject({ token_type: 'bearer', expires_in: 3600 });
    expect(session!.expires_at).toBe(decodeJwt(session!.access_token).exp);
    expect(user).toMatchObject({
      aud: 'authenticated',
      role: 'authenticated',
      email,
      phone: '',
      app_metadata: { provider: 'email', providers: ['email'] },
      user_metadata: { full_name: 'Awa Mbarga', email, email_verified: true, sub: user!.id },
      is_anonymous: false,
    });
    expect(user!.email_confirmed_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    expect(user!.identities).toEqual([
      expect.objectContaining({ id: user!.id, user_id: user!.id, provider: 'email', email }),
    ]);
    expect(JSON.stringify(user)).not.toMatch(/encrypted_password|\$2[aby]\$/);

    const { rows } = await db.query(
      'select encrypted_password, raw_user_meta_data from auth.users where id = $1',
      [user!.id],
    );
    expect(rows[0].encrypted_password).toMatch(/^\$2[ab]\$10\$/);
    expect(await sessionCount(user!.id)).toBe(1);
  });

  it('signs in with the password, and updates last_sign_in_at', async () => {
    const { email, user } = await signedIn();
    const supabase = client();
    const { data, error } = await supabase.auth.signInWithPassword({ email, password: PASSWORD });
    expect(error).toBeNull();
    expect(data.session!.refresh_token).toMatch(/^[A-Za-z0-9]{12}$/);
    expect(new Date(data.user!.last_sign_in_at!).getTime()).toBeGreaterThan(
      new Date(user.last_sign_in_at!).getTime(),
    );
    expect(await sessionCount(user.id)).toBe(2);
  });

  it('refuses a wrong password or an unknown address with invalid_credentials', async () => {
    const { email } = await signedIn();
    for (const attempt of [
      { email, password: 'wrong-password' },
      { email: uniqueEmail(), password: PASSWORD },
    ]) {
      const { data, error } = await anon.auth.signInWithPassword(attempt);
      expect(data.session).toBeNull();
      expect(error).toMatchObject({ status: 400, code: 'invalid_credentials' });
      expect(error!.message).toBe('Invalid login credentials');
    }
  });

  it('refuses a second sign-up with user_already_exists and a weak password with its reasons', async () => {
    const { email } = await signedIn();
    const again = await anon.auth.signUp({ email, password: PASSWORD });
    expect(again.error).toMatchObject({ status: 422, code: 'user_already_exists' });

    const weak = await anon.auth.signUp({ email: uniqueEmail(), password: 'court' });
    expect(weak.error).toMatchObject({ status: 422, code: 'weak_password', reasons: ['length'] });
    expect(weak.error!.message).toBe('Password should be at least 8 characters.');
  });

  it('fires triggers on auth.users and answers the user as the triggers left it', async () => {
    const setup = await db.connect();
    try {
      await setup.query(`
        create schema if not exists authtest;
        -- Triggers run as the Auth service's role: a security invoker one needs the schema.
        grant usage on schema authtest to supabase_auth_admin;
        create table if not exists authtest.new_users (id uuid primary key, email text, name text);
        create or replace function authtest.on_user_created() returns trigger
        language plpgsql security definer set search_path = '' as $$
        begin
          insert into authtest.new_users values (new.id, new.email, new.raw_user_meta_data ->> 'full_name');
          return new;
        end $$;
        create or replace function authtest.tag_user() returns trigger
        language plpgsql as $$
        begin
          new.raw_user_meta_data := new.raw_user_meta_data || '{"tagged_by_trigger": true}';
          return new;
        end $$;
        drop trigger if exists authtest_user_created on auth.users;
        create trigger authtest_user_created after insert on auth.users
          for each row when (new.email like '%@trigger.test') execute function authtest.on_user_created();
        drop trigger if exists authtest_tag_user on auth.users;
        create trigger authtest_tag_user before insert on auth.users
          for each row when (new.email like '%@trigger.test') execute function authtest.tag_user();`);
      const email = uniqueEmail('trigger.test');
      const { user } = await signedIn(email, { full_name: 'Jean Ndongo' });
      expect(user.user_metadata).toMatchObject({
        tagged_by_trigger: true,
        full_name: 'Jean Ndongo',
      });
      const { rows } = await setup.query(
        'select email, name from authtest.new_users where id = $1',
        [user.id],
      );
      expect(rows).toEqual([{ email, name: 'Jean Ndongo' }]);
    } finally {
      await setup.query(`drop trigger if exists authtest_user_created on auth.users;
                         drop trigger if exists authtest_tag_user on auth.users;`);
      setup.release();
    }
  });
});

describe('access tokens', () => {
  it("carries GoTrue's claims, signed HS256 with the project's secret", async () => {
    const { session, user, email } = await signedIn();
    const token = session.access_token;
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'HS256', typ: 'JWT' });
    const { payload } = await jwtVerify(token, new TextEncoder().encode(stack.jwtSecret));
    expect(payload).toMatchObject({
      iss: `${stack.apiUrl}/auth/v1`,
      sub: user.id,
      aud: 'authenticated',
      email,
      phone: '',
      role: 'authenticated',
      aal: 'aal1',
      is_anonymous: false,
      app_metadata: { provider: 'email', providers: ['email'] },
      user_metadata: expect.objectContaining({ email_verified: true }),
    });
    expect(payload.exp! - payload.iat!).toBe(3600);
    expect(payload.amr).toEqual([{ method: 'password', timestamp: expect.any(Number) }]);
    const { rows } = await db.query('select user_id from auth.sessions where id = $1', [
      payload.session_id,
    ]);
    expect(rows).toEqual([{ user_id: user.id }]);
  });
});

describe('refresh token rotation', () => {
  it('rotates, hands back the active token to a client that lost it, and gives a child within the reuse window', async () => {
    const { session } = await signedIn();
    const rt0 = session.refresh_token;
    const first = await anon.auth.refreshSession({ refresh_token: rt0 });
    expect(first.error).toBeNull();
    const rt1 = first.data.session!.refresh_token;
    expect(rt1).not.toBe(rt0);
    const sessionId = decodeJwt(session.access_token).session_id;
    expect(decodeJwt(first.data.session!.access_token)).toMatchObject({
      session_id: sessionId,
      amr: [{ method: 'password', timestamp: expect.any(Number) }],
    });

    // The client never stored rt1: rt0 is its parent, so rt1 comes back again.
    const lost = await client().auth.refreshSession({ refresh_token: rt0 });
    expect(lost.data.session!.refresh_token).toBe(rt1);

    const second = await client().auth.refreshSession({ refresh_token: rt1 });
    const rt2 = second.data.session!.refresh_token;

    // rt0 is no longer the active token's parent, but it was revoked seconds ago (window: 10 s).
    const concurrent = await client().auth.refreshSession({ refresh_token: rt0 });
    expect(concurrent.error).toBeNull();
    const rt3 = concurrent.data.session!.refresh_token;
    expect([rt0, rt1, rt2]).not.toContain(rt3);
    const { rows } = await db.query(
      'select parent, session_id from auth.refresh_tokens where token = $1',
      [rt3],
    );
    expect(rows).toEqual([{ parent: rt0, session_id: sessionId }]);
  });

  it('treats reuse after the window as theft: the whole session ends', async () => {
    const shortWindow = await authClientWith({ refresh_token_reuse_interval: 1 });
    const supabase = shortWindow();
    const { data } = await supabase.auth.signUp({ email: uniqueEmail(), password: PASSWORD });
    const rt0 = data.session!.refresh_token;
    const rt1 = (await shortWindow().auth.refreshSession({ refresh_token: rt0 })).data.session!
      .refresh_token;
    const latest = (await shortWindow().auth.refreshSession({ refresh_token: rt1 })).data.session!;

    await new Promise((resolve) => setTimeout(resolve, 1500));
    const reuse = await shortWindow().auth.refreshSession({ refresh_token: rt0 });
    expect(reuse.error).toMatchObject({ status: 400, code: 'refresh_token_already_used' });
    expect(reuse.error!.message).toBe('Invalid Refresh Token: Already Used');

    expect(await sessionCount(data.user!.id)).toBe(0);
    const afterTheft = await shortWindow().auth.refreshSession({
      refresh_token: latest.refresh_token,
    });
    expect(afterTheft.error).toMatchObject({ status: 400, code: 'refresh_token_not_found' });
    const user = await shortWindow().auth.getUser(latest.access_token);
    expect(isAuthSessionMissingError(user.error)).toBe(true);
  });

  it('refuses an unknown refresh token with refresh_token_not_found', async () => {
    const { error } = await anon.auth.refreshSession({ refresh_token: 'unknownToken' });
    expect(error).toMatchObject({ status: 400, code: 'refresh_token_not_found' });
  });
});

describe('sessions and sign-out', () => {
  it('rejects the access token of a signed-out session with session_not_found (403)', async () => {
    const { supabase, session } = await signedIn();
    expect((await supabase.auth.getUser(session.access_token)).error).toBeNull();
    expect((await supabase.auth.signOut()).error).toBeNull();

    const { data, error } = await client().auth.getUser(session.access_token);
    expect(data.user).toBeNull();
    expect(isAuthSessionMissingError(error)).toBe(true);
    const raw = await rawAuth('/user', {
      headers: { Authorization: `Bearer ${session.access_token}` },
    });
    expect(raw.status).toBe(403);
    expect(raw.body).toEqual({
      code: 'session_not_found',
      message: 'Session from session_id claim in JWT does not exist',
    });
    expect(raw.headers.get('x-sb-error-code')).toBe('session_not_found');
  });

  it('signs out other sessions, the local one, or all of them', async () => {
    const { email, user } = await signedIn();
    const device = async () => {
      const supabase = client();
      const { data } = await supabase.auth.signInWithPassword({ email, password: PASSWORD });
      return { supabase, token: data.session!.access_token };
    };
    const works = async (token: string) => (await client().auth.getUser(token)).error === null;
    const [a, b, c] = [await device(), await device(), await device()];
    const before = await sessionCount(user.id);

    expect((await a.supabase.auth.signOut({ scope: 'others' })).error).toBeNull();
    expect([await works(a.token), await works(b.token), await works(c.token)]).toEqual([
      true,
      false,
      false,
    ]);
    expect(await sessionCount(user.id)).toBe(1);

    const d = await device();
    expect((await d.supabase.auth.signOut({ scope: 'local' })).error).toBeNull();
    expect([await works(a.token), await works(d.token)]).toEqual([true, false]);

    await device();
    expect((await a.supabase.auth.signOut()).error).toBeNull();
    expect(await sessionCount(user.id)).toBe(0);
    expect(before).toBeGreaterThanOrEqual(4);
    const { rows } = await db.query(
      'select count(*)::int as n from auth.refresh_tokens where user_id = $1',
      [user.id],
    );
    expect(rows[0].n).toBe(0);
  });

  it('answers 204 to a sign-out', async () => {
    const { session } = await signedIn();
    const raw = await rawAuth('/logout?scope=local', {
      method: 'POST',
      headers: { Authorization: `Bearer ${session.access_token}` },
    });
    expect(raw.status).toBe(204);
    expect(raw.body).toBeNull();
  });
});

describe('updating the signed-in user', () => {
  it('merges metadata (null removes a key) and changes the password', async () => {
    const { supabase, email, session } = await signedIn(uniqueEmail(), { a: 1, b: 2 });
    const other = client();
    await other.auth.signInWithPassword({ email, password: PASSWORD });

    const merged = await supabase.auth.updateUser({ data: { b: null, c: 3 } });
    expect(merged.error).toBeNull();
    expect(merged.data.user!.user_metadata).toMatchObject({ a: 1, c: 3 });
    expect(merged.data.user!.user_metadata).not.toHaveProperty('b');

    const same = await supabase.auth.updateUser({ password: PASSWORD });
    expect(same.error).toMatchObject({ status: 422, code: 'same_password' });

    const changed = await supabase.auth.updateUser({ password: 'Nouveau-mot-2025' });
    expect(changed.error).toBeNull();
    expect(
      (await client().auth.signInWithPassword({ email, password: PASSWORD })).error,
    ).toMatchObject({
      code: 'invalid_credentials',
    });
    expect(
      (await client().auth.signInWithPassword({ email, password: 'Nouveau-mot-2025' })).error,
    ).toBeNull();
    // The session that changed the password stays; the other device must sign in again.
    expect((await client().auth.getUser(session.access_token)).error).toBeNull();
    const { data: otherSession } = await other.auth.getSession();
    expect(
      isAuthSessionMissingError(
        (await client().auth.getUser(otherSession.session!.access_token)).error,
      ),
    ).toBe(true);
  });

  it('applies an email change at once when email confirmations are off', async () => {
    const { supabase, user } = await signedIn();
    const email = uniqueEmail();
    const { data, error } = await supabase.auth.updateUser({ email });
    expect(error).toBeNull();
    expect(data.user).toMatchObject({ id: user.id, email });
    const { error: taken } = await supabase.auth.updateUser({ email: (await signedIn()).email });
    expect(taken).toMatchObject({ status: 422, code: 'email_exists' });
  });

  it('answers no_authorization without a bearer token and bad_jwt for a forged one', async () => {
    // Behind the gateway the apikey always becomes a bearer token, so ask the service directly.
    const { url } = await authServiceWith({});
    const missing = await fetch(`${url}/user`, {
      headers: { 'X-Supabase-Api-Version': '2024-01-01' },
    });
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({
      code: 'no_authorization',
      message: 'This endpoint requires a valid Bearer token',
    });
    const forged = await client().auth.getUser(
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl',
    );
    expect(forged.error).toMatchObject({ status: 403, code: 'bad_jwt' });
  });
});

describe('admin API', () => {
  it('creates, reads, updates, bans and deletes users with the service-role key', async () => {
    const email = uniqueEmail();
    const created = await admin.auth.admin.createUser({
      email,
      password: PASSWORD,
      email_confirm: true,
      user_metadata: { full_name: 'Admin Créé' },
      app_metadata: { plan: 'pro' },
    });
    expect(created.error).toBeNull();
    const user = created.data.user!;
    expect(user).toMatchObject({
      email,
      app_metadata: { provider: 'email', providers: ['email'], plan: 'pro' },
      user_metadata: { full_name: 'Admin Créé' },
    });
    expect(user.email_confirmed_at).toBeTruthy();
    expect(
      (await client().auth.signInWithPassword({ email, password: PASSWORD })).error,
    ).toBeNull();

    const duplicate = await admin.auth.admin.createUser({ email, password: PASSWORD });
    expect(duplicate.error).toMatchObject({ status: 422, code: 'email_exists' });
    const nothing = await admin.auth.admin.createUser({ password: PASSWORD });
    expect(nothing.error).toMatchObject({ status: 400, code: 'validation_failed' });

    const fetched = await admin.auth.admin.getUserById(user.id);
    expect(fetched.data.user).toMatchObject({ id: user.id, email });

    const banned = await admin.auth.admin.updateUserById(user.id, {
      user_metadata: { city: 'Yaoundé' },
      ban_duration: '1h',
    });
    expect(banned.data.user!.user_metadata).toMatchObject({
      full_name: 'Admin Créé',
      city: 'Yaoundé',
    });
    expect(new Date(banned.data.user!.banned_until!).getTime()).toBeGreaterThan(Date.now());
    expect(
      (await client().auth.signInWithPassword({ email, password: PASSWORD })).error,
    ).toMatchObject({
      status: 400,
      code: 'user_banned',
    });
    await admin.auth.admin.updateUserById(user.id, { ban_duration: 'none' });
    expect(
      (await client().auth.signInWithPassword({ email, password: PASSWORD })).error,
    ).toBeNull();

    expect((await admin.auth.admin.deleteUser(user.id)).error).toBeNull();
    const gone = await admin.auth.admin.getUserById(user.id);
    expect(gone.error).toMatchObject({ status: 404, code: 'user_not_found' });
    const { rows } = await db.query(
      `select (select count(*) from auth.identities where user_id = $1)::int as identities,
              (select count(*) from auth.sessions where user_id = $1)::int as sessions`,
      [user.id],
    );
    expect(rows[0]).toEqual({ identities: 0, sessions: 0 });
  });

  it('creates a phone user stored without +', async () => {
    const phone = uniquePhone();
    const { data, error } = await admin.auth.admin.createUser({
      phone: `+${phone.slice(0, 3)} ${phone.slice(3)}`,
      phone_confirm: true,
    });
    expect(error).toBeNull();
    expect(data.user).toMatchObject({ phone, email: '', app_metadata: { providers: ['phone'] } });
    expect(data.user!.phone_confirmed_at).toBeTruthy();
    const again = await admin.auth.admin.createUser({ phone });
    expect(again.error).toMatchObject({ status: 422, code: 'phone_exists' });
  });

  it('lists users with the pagination auth-js reads from Link and X-Total-Count', async () => {
    await Promise.all([1, 2, 3].map(() => signedIn()));
    const probe = await admin.auth.admin.listUsers({ page: 1, perPage: 1 });
    // auth-js reads one digit of the page number: keep the last page under 10.
    const perPage = Math.ceil((probe.data as { total: number }).total / 3) + 1;
    const { data, error } = await admin.auth.admin.listUsers({ page: 1, perPage });
    expect(error).toBeNull();
    const pagination = data as unknown as {
      total: number;
      nextPage: number | null;
      lastPage: number;
    };
    expect(data.users).toHaveLength(perPage);
    expect(pagination.nextPage).toBe(2);
    expect(pagination.lastPage).toBe(Math.ceil(pagination.total / perPage));
    expect(pagination.total).toBeGreaterThanOrEqual(4);

    const raw = await fetch(`${stack.apiUrl}/auth/v1/admin/users?page=1&per_page=2`, {
      headers: { apikey: stack.serviceRoleKey, Authorization: `Bearer ${stack.serviceRoleKey}` },
    });
    expect(raw.headers.get('link')).toMatch(
      /^<\/admin\/users\?page=2&per_page=2>; rel="next", <\/admin\/users\?page=\d+&per_page=2>; rel="last"$/,
    );
    expect(Number(raw.headers.get('x-total-count'))).toBeGreaterThanOrEqual(4);
    expect(await raw.json()).toMatchObject({ aud: 'authenticated', users: expect.any(Array) });
  });

  it('refuses the anon key and user tokens with not_admin', async () => {
    const withAnon = await anon.auth.admin.listUsers();
    expect(withAnon.error).toMatchObject({ status: 403, code: 'not_admin' });
    expect(withAnon.error!.message).toBe('User not allowed');
    const { session } = await signedIn();
    // The gateway only takes project keys as apikey; the user's token travels as the bearer.
    const asUser = client({ accessToken: session.access_token });
    const refused = await asUser.auth.admin.createUser({ email: uniqueEmail() });
    expect(refused.error).toMatchObject({ status: 403, code: 'not_admin' });
  });
});

describe('settings from config.toml', () => {
  it("keeps phone auth off with the CLI's default [auth.sms], and refuses anonymous sign-ins", async () => {
    const withoutPhone = await authClientWith({});
    const phone = await withoutPhone().auth.signUp({
      phone: `+${uniquePhone()}`,
      password: PASSWORD,
    });
    expect(phone.error).toMatchObject({ code: 'phone_provider_disabled' });
    const code = await withoutPhone().auth.signInWithOtp({ phone: `+${uniquePhone()}` });
    expect(code.error).toMatchObject({
      status: 400,
      code: 'phone_provider_disabled',
      message: 'Unsupported phone provider',
    });
    const anonymous = await anon.auth.signInAnonymously();
    expect(anonymous.error).toMatchObject({ status: 422, code: 'anonymous_provider_disabled' });
  });

  it('signs up and in by phone when [auth.sms] enable_signup is on', async () => {
    const phoneAuth = await authClientWith({ sms: { enable_signup: true } });
    const phone = uniquePhone();
    const signup = await phoneAuth().auth.signUp({ phone: `+${phone}`, password: PASSWORD });
    expect(signup.error).toBeNull();
    expect(signup.data.user).toMatchObject({
      phone,
      email: '',
      app_metadata: { provider: 'phone', providers: ['phone'] },
    });
    expect(signup.data.user!.phone_confirmed_at).toBeTruthy();
    expect(signup.data.user!.identities![0]).toMatchObject({
      provider: 'phone',
      id: signup.data.user!.id,
    });
    const signin = await phoneAuth().auth.signInWithPassword({
      phone: `+${phone}`,
      password: PASSWORD,
    });
    expect(signin.error).toBeNull();
    expect(decodeJwt(signin.data.session!.access_token)).toMatchObject({ phone, email: '' });
  });

  it('signs in anonymous users when enabled, and refuses sign-ups when disabled', async () => {
    const anonymousAuth = await authClientWith({ enable_anonymous_sign_ins: true });
    const { data, error } = await anonymousAuth().auth.signInAnonymously({
      options: { data: { lang: 'fr' } },
    });
    expect(error).toBeNull();
    expect(data.user).toMatchObject({
      is_anonymous: true,
      email: '',
      user_metadata: { lang: 'fr' },
    });
    expect(decodeJwt(data.session!.access_token)).toMatchObject({
      is_anonymous: true,
      role: 'authenticated',
      amr: [{ method: 'anonymous', timestamp: expect.any(Number) }],
    });

    const closed = await authClientWith({ enable_signup: false });
    const refused = await closed().auth.signUp({ email: uniqueEmail(), password: PASSWORD });
    expect(refused.error).toMatchObject({ status: 422, code: 'signup_disabled' });
  });

  it('returns a user awaiting confirmation, who cannot sign in, when email confirmations are on', async () => {
    const confirming = await authClientWith({ email: { enable_confirmations: true } });
    const email = uniqueEmail();
    const { data, error } = await confirming().auth.signUp({ email, password: PASSWORD });
    expect(error).toBeNull();
    expect(data.session).toBeNull();
    expect(data.user!.confirmation_sent_at).toBeTruthy();
    expect(data.user!.email_confirmed_at).toBeUndefined();
    const signin = await confirming().auth.signInWithPassword({ email, password: PASSWORD });
    expect(signin.error).toMatchObject({ status: 400, code: 'email_not_confirmed' });
  });
});

describe('custom access token hook', () => {
  beforeAll(async () => {
    await db.query(`
      create schema if not exists authtest;
      create table if not exists authtest.hook_calls (user_id uuid, method text, at timestamptz default now());
      create or replace function authtest.custom_claims(event jsonb) returns jsonb
      language plpgsql as $$
      begin
        insert into authtest.hook_calls (user_id, method)
          values ((event ->> 'user_id')::uuid, event ->> 'authentication_method');
        if event -> 'claims' -> 'user_metadata' ->> 'blocked' = 'true' then
          return jsonb_build_object('error', jsonb_build_object('http_code', 403, 'message', 'Compte bloqué'));
        end if;
        return jsonb_build_object('claims', event -> 'claims' || '{"user_role": "agent"}');
      end $$;
      grant usage on schema authtest to supabase_auth_admin;
      grant all on authtest.hook_calls to supabase_auth_admin;
      grant execute on function authtest.custom_claims(jsonb) to supabase_auth_admin;
      revoke execute on function authtest.custom_claims(jsonb) from public, anon, authenticated;`);
  });

  it('lets the hook add claims to every minted token, and fail a sign-in', async () => {
    const hooked = await authClientWith({
      hook: {
        custom_access_token: {
          enabled: true,
          uri: 'pg-functions://postgres/authtest/custom_claims',
        },
      },
    });
    const { data, error } = await hooked().auth.signUp({
      email: uniqueEmail(),
      password: PASSWORD,
    });
    expect(error).toBeNull();
    expect(decodeJwt(data.session!.access_token)).toMatchObject({
      user_role: 'agent',
      aud: 'authenticated',
    });
    const refreshed = await hooked().auth.refreshSession({
      refresh_token: data.session!.refresh_token,
    });
    expect(decodeJwt(refreshed.data.session!.access_token)).toMatchObject({ user_role: 'agent' });
    const { rows } = await db.query(
      'select method from authtest.hook_calls where user_id = $1 order by at',
      [data.user!.id],
    );
    expect(rows.map((row) => row.method)).toEqual(['password', 'token_refresh']);

    const blocked = await hooked().auth.signUp({
      email: uniqueEmail(),
      password: PASSWORD,
      options: { data: { blocked: true } },
    });
    expect(blocked.error).toMatchObject({ status: 403, message: 'Compte bloqué' });
  });
});

describe('before user created hook', () => {
  beforeAll(async () => {
    await db.query(`
      create schema if not exists authtest;
      create table if not exists authtest.signup_events (event jsonb);
      create or replace function authtest.vet_signup(event jsonb) returns jsonb
      language plpgsql as $$
      begin
        insert into authtest.signup_events values (event);
        if event -> 'user' -> 'user_metadata' ->> 'refuse' = 'true' then
          return jsonb_build_object('error', jsonb_build_object('http_code', 422, 'message', 'Inscription refusée'));
        end if;
        return '{}'::jsonb;
      end $$;
      grant usage on schema authtest to supabase_auth_admin;
      grant all on authtest.signup_events to supabase_auth_admin;
      grant execute on function authtest.vet_signup(jsonb) to supabase_auth_admin;
      revoke execute on function authtest.vet_signup(jsonb) from public, anon, authenticated;`);
  });

  const usersWith = async (email: string): Promise<number> => {
    const { rows } = await db.query('select 1 from auth.users where email = $1', [email]);
    return rows.length;
  };

  it('shows the hook the user about to be created, and refuses it with the status and message it gives', async () => {
    const hooked = await authClientWith({
      hook: {
        before_user_created: { enabled: true, uri: 'pg-functions://postgres/authtest/vet_signup' },
      },
    });
    const email = uniqueEmail();
    const { data, error } = await hooked().auth.signUp({
      email,
      password: PASSWORD,
      options: { data: { full_name: 'Awa Proprio' } },
    });
    expect(error).toBeNull();
    const { rows } = await db.query(
      `select event from authtest.signup_events where event -> 'user' ->> 'email' = $1`,
      [email],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].event).toMatchObject({
      metadata: { name: 'before-user-created' },
      user: {
        id: data.user!.id,
        email,
        user_metadata: { full_name: 'Awa Proprio' },
        app_metadata: { provider: 'email', providers: ['email'] },
        is_anonymous: false,
      },
    });

    const refusedEmail = uniqueEmail();
    const refused = await hooked().auth.signUp({
      email: refusedEmail,
      password: PASSWORD,
      options: { data: { refuse: true } },
    });
    expect(refused.error).toMatchObject({ status: 422, message: 'Inscription refusée' });
    expect(await usersWith(refusedEmail)).toBe(0);
  });

  it("refuses, through the project's hook, a full name the profiles table would refuse: 422 in French, no user", async () => {
    const email = uniqueEmail();
    const { data, error } = await anon.auth.signUp({
      email,
      password: PASSWORD,
      options: { data: { full_name: 'N'.repeat(121) } },
    });
    expect(data.user).toBeNull();
    expect(error).toMatchObject({
      status: 422,
      message: 'Le nom doit contenir au plus 120 caractères.',
    });
    expect(await usersWith(email)).toBe(0);

    // The limit itself still signs up, with the name in the profile.
    const longest = `  ${'N'.repeat(120)}  `;
    const accepted = await anon.auth.signUp({
      email: uniqueEmail(),
      password: PASSWORD,
      options: { data: { full_name: longest } },
    });
    expect(accepted.error).toBeNull();
    const { rows } = await db.query('select full_name from public.profiles where id = $1', [
      accepted.data.user!.id,
    ]);
    expect(rows).toEqual([{ full_name: 'N'.repeat(120) }]);
  });
});

describe('protocol details', () => {
  it('answers errors in the legacy shape without the API version header', async () => {
    const raw = await rawAuth('/token?grant_type=password', {
      method: 'POST',
      version: false,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: uniqueEmail(), password: 'x' }),
    });
    expect(raw.status).toBe(400);
    expect(raw.body).toEqual({
      code: 400,
      error_code: 'invalid_credentials',
      msg: 'Invalid login credentials',
    });
    expect(raw.headers.get('x-sb-error-code')).toBe('invalid_credentials');
    expect(raw.headers.get('x-supabase-api-version')).toBeNull();
  });

  it('answers unknown routes, malformed JSON and unsupported grants in GoTrue’s shape', async () => {
    const missing = await rawAuth('/nowhere');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 'not_found' });
    expect(missing.headers.get('x-supabase-api-version')).toBe('2024-01-01');

    const badJson = await rawAuth('/signup', { method: 'POST', body: '{"email":' });
    expect(badJson.status).toBe(400);
    expect(badJson.body).toMatchObject({ code: 'bad_json' });

    const grant = await rawAuth('/token?grant_type=magic', { method: 'POST', body: '{}' });
    expect(grant.status).toBe(400);
    expect(grant.body).toEqual({ code: 'invalid_credentials', message: 'unsupported_grant_type' });
  });

  it('serves /health and /settings', async () => {
    expect((await rawAuth('/health')).body).toMatchObject({ name: 'GoTrue' });
    expect((await rawAuth('/settings')).body).toMatchObject({
      external: { email: true, phone: true, anonymous_users: false },
      disable_signup: false,
      mailer_autoconfirm: true,
      phone_autoconfirm: false,
    });
  });
});
