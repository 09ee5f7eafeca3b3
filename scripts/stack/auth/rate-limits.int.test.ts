import crypto from 'node:crypto';
import type http from 'node:http';
import path from 'node:path';
import { AuthApiError } from '@supabase/supabase-js';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeyRing } from '../api-keys';
import { readProjectConfig } from '../config';
import { createFunctionRuntime, type FunctionRuntime } from '../functions';
import { startGateway } from '../gateway';
import { deriveApiKeys } from '../keys';
import { freePort, HOST } from '../ports';
import { serviceClient, stackInfo, supabaseClient } from '../../../test-support/clients';
import { newHookSecret } from './phone-testing';
import { startAuthService, type AuthService } from './service';
import { authSettingsFromConfig } from './settings';

/**
 * The shared test stack raises the rate limits (every test signs in from 127.0.0.1): here an Auth
 * service with supabase/config.toml's own `[auth]` values, behind a gateway of its own, on the
 * same database and keys, is attacked as a client on the Internet would attack it.
 */
let auth: AuthService;
let functions: FunctionRuntime;
let gateway: http.Server;
let apiUrl: string;
const db = new pg.Pool({ connectionString: stackInfo().dbUrl, max: 2 });

beforeAll(async () => {
  const info = stackInfo();
  const databaseUrl = new URL(info.dbUrl);
  databaseUrl.username = 'supabase_auth_admin';
  databaseUrl.password = 'postgres';
  const port = await freePort();
  apiUrl = `http://${HOST}:${port}`;
  auth = await startAuthService({
    databaseUrl: databaseUrl.toString(),
    host: HOST,
    port: 0,
    jwtSecret: info.jwtSecret,
    issuer: `${apiUrl}/auth/v1`,
    settings: authSettingsFromConfig(readProjectConfig().auth, {
      SEND_SMS_HOOK_SECRET: newHookSecret(),
    }),
  });
  functions = createFunctionRuntime({
    functions: [],
    env: {},
    logDir: path.join(info.logDir, 'rate-limit-gateway'),
  });
  const keys = await deriveApiKeys(info.jwtSecret);
  gateway = await startGateway({
    port,
    upstreams: { rest: 1, auth: auth.port, realtime: 1 },
    functions,
    keyRing: createKeyRing(keys),
    jwtSecret: keys.jwtSecret,
  });
});

afterAll(async () => {
  gateway.closeAllConnections();
  await new Promise((resolve) => gateway.close(resolve));
  await functions.stop();
  await auth.stop();
  await db.end();
});

const spoofedAddress = (n: number): string => `198.51.100.${n % 250}, 203.0.113.${n % 250}`;

/** A password attempt through the gateway, with an X-Forwarded-For of the attacker's choosing. */
function passwordAttempt(email: string, password: string, n: number): Promise<Response> {
  return fetch(`${apiUrl}/auth/v1/token?grant_type=password`, {
    method: 'POST',
    headers: {
      apikey: stackInfo().anonKey,
      'content-type': 'application/json',
      'x-forwarded-for': spoofedAddress(n),
    },
    body: JSON.stringify({ email, password }),
  });
}

describe('per-IP rate limits of supabase/config.toml, through the gateway', () => {
  it('answers the 51st wrong password in a row 429 over_request_rate_limit, whatever X-Forwarded-For says', async () => {
    const email = `guessed-${crypto.randomUUID()}@wcap.test`;
    const password = 'Le-bon-mot-de-passe-2026';
    const created = await serviceClient().auth.admin.createUser({
      email,
      password,
      email_confirm: true,
    });
    expect(created.error).toBeNull();

    const answers: { status: number; body: Record<string, unknown> }[] = [];
    for (let n = 0; n < 51; n += 1) {
      const response = await passwordAttempt(email, `Mauvais-${n}`, n);
      answers.push({ status: response.status, body: (await response.json()) as never });
    }

    // GoTrue's bucket: 30 at once, then token_refresh per 5 minutes.
    for (const answer of answers.slice(0, 30)) {
      expect(answer).toMatchObject({ status: 400, body: { error_code: 'invalid_credentials' } });
    }
    expect(answers[50]).toEqual({
      status: 429,
      body: { code: 429, error_code: 'over_request_rate_limit', msg: 'Request rate limit reached' },
    });

    // The right password does not get through either: the address is limited, not the guesses.
    const client = supabaseClient(stackInfo().anonKey, { ...stackInfo(), apiUrl });
    const { data, error } = await client.auth.signInWithPassword({ email, password });
    expect(data.session).toBeNull();
    expect(error).toBeInstanceOf(AuthApiError);
    expect(error).toMatchObject({ status: 429, code: 'over_request_rate_limit' });
  });

  it('refuses sign-ups beyond the burst sign_in_sign_ups allows with 429, creating no user for them', async () => {
    const client = supabaseClient(stackInfo().anonKey, { ...stackInfo(), apiUrl });
    const emails = Array.from({ length: 40 }, () => `burst-${crypto.randomUUID()}@wcap.test`);
    const results = await Promise.all(
      emails.map((email) => client.auth.signUp({ email, password: 'Inscription-2026' })),
    );

    const refused = results.filter(({ error }) => error);
    expect(refused.length).toBeGreaterThan(0);
    for (const { error } of refused) {
      expect(error).toMatchObject({ status: 429, code: 'over_request_rate_limit' });
    }
    const { rows } = await db.query<{ count: string }>(
      'select count(*) from auth.users where email = any($1)',
      [emails],
    );
    expect(Number(rows[0]!.count)).toBe(emails.length - refused.length);
  });
});
