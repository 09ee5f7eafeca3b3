import type http from 'node:http';
import path from 'node:path';
import { FunctionsHttpError } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeyRing } from './api-keys';
import { createFunctionRuntime, discoverFunctions, type FunctionRuntime } from './functions';
import { startGateway } from './gateway';
import { deriveApiKeys } from './keys';
import { freePort } from './ports';
import { anonClient, stackInfo, supabaseClient } from '../../test-support/clients';

interface Echo {
  authorization: string | null;
  pid: number;
}
const echoOf = async (response: Response): Promise<Echo> => (await response.json()) as Echo;

const fixtures = path.join(import.meta.dirname, '../../test-support/fixtures/functions');

describe('health function on the stack', () => {
  it('reports the Deno version and a database that answers', async () => {
    const { data, error } = await anonClient().functions.invoke('health', { method: 'GET' });
    expect(error).toBeNull();
    expect(data).toMatchObject({ status: 'ok', database: { ok: true } });
    expect(data.deno).toMatch(/^2\.\d+\.\d+$/);
  });

  it('answers without any JWT, as verify_jwt = false says', async () => {
    const response = await fetch(`${stackInfo().functionsUrl}/health`);
    expect(response.status).toBe(200);
  });

  it('refuses other methods in French', async () => {
    const { error } = await anonClient().functions.invoke('health', { method: 'DELETE' });
    expect(error).toBeInstanceOf(FunctionsHttpError);
    const body = await (error as FunctionsHttpError).context.json();
    expect(body.error.code).toBe('method_not_allowed');
    expect(body.error.message).toMatch(/Méthode non autorisée/);
  });

  it('says 404 for a function that does not exist', async () => {
    const response = await fetch(`${stackInfo().functionsUrl}/nope`);
    expect(response.status).toBe(404);
  });
});

describe('function runtime behind the gateway', () => {
  let gateway: http.Server;
  let runtime: FunctionRuntime;
  let url: string;
  let keys: Awaited<ReturnType<typeof deriveApiKeys>>;

  beforeAll(async () => {
    keys = await deriveApiKeys(stackInfo().jwtSecret);
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    runtime = createFunctionRuntime({
      functions: discoverFunctions(
        {
          echo: { enabled: true, verifyJwt: true, importMap: undefined, entrypoint: undefined },
          broken: { enabled: true, verifyJwt: false, importMap: undefined, entrypoint: undefined },
        },
        fixtures,
      ),
      env: {
        SUPABASE_URL: url,
        SUPABASE_SERVICE_ROLE_KEY: keys.serviceRoleKey,
        SUPABASE_DB_URL: 'x',
      },
      logDir: path.join(stackInfo().logDir, 'fixture-functions'),
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
    gateway.closeAllConnections();
    await new Promise((resolve) => gateway.close(resolve));
    await runtime.stop();
  });

  it('passes a signed JWT through and strips /functions/v1 from the path', async () => {
    const client = supabaseClient(keys.anonKey, { ...stackInfo(), apiUrl: url });
    const { data, error } = await client.functions.invoke('echo/deeper?x=1', { body: { a: 1 } });
    expect(error).toBeNull();
    expect(data).toMatchObject({ method: 'POST', path: '/echo/deeper', search: '?x=1' });
    expect(data.authorization).toBe(`Bearer ${keys.anonKey}`);
    expect(data.env).toEqual({ SUPABASE_URL: url, hasServiceRoleKey: true, hasDbUrl: true });
  });

  it('refuses a call without a JWT when verify_jwt is on', async () => {
    const response = await fetch(`${url}/functions/v1/echo`, { method: 'POST' });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ msg: 'Error: Missing authorization header' });
  });

  it('refuses a forged or expired JWT', async () => {
    const forged = keys.anonKey.slice(0, -4) + 'AAAA';
    const response = await fetch(`${url}/functions/v1/echo`, {
      method: 'POST',
      headers: { authorization: `Bearer ${forged}` },
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ msg: 'Invalid JWT' });
  });

  it('translates the opaque secret key into the service role JWT', async () => {
    const response = await fetch(`${url}/functions/v1/echo`, {
      headers: { apikey: keys.secretKey },
    });
    expect(response.status).toBe(200);
    expect((await echoOf(response)).authorization).toBe(`Bearer ${keys.serviceRoleKey}`);
  });

  it('lets CORS preflights reach the function without a JWT', async () => {
    const response = await fetch(`${url}/functions/v1/echo`, { method: 'OPTIONS' });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('starts a crashed function again on the next call', async () => {
    const headers = { authorization: `Bearer ${keys.anonKey}` };
    const before = await echoOf(await fetch(`${url}/functions/v1/echo`, { headers }));
    await fetch(`${url}/functions/v1/echo/crash`, { headers }).catch(() => undefined);
    // The call that meets the dying process may fail; the ones after it reach a new one.
    let after: Response | undefined;
    for (let attempt = 0; attempt < 20 && after?.status !== 200; attempt += 1) {
      after = await fetch(`${url}/functions/v1/echo`, { headers });
      if (after.status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(after?.status).toBe(200);
    expect((await echoOf(after!)).pid).not.toBe(before.pid);
  });

  it('answers 503 BOOT_ERROR when a function cannot start', async () => {
    const response = await fetch(`${url}/functions/v1/broken`);
    expect(response.status).toBe(503);
    expect(((await response.json()) as { code: string }).code).toBe('BOOT_ERROR');
  });
});
