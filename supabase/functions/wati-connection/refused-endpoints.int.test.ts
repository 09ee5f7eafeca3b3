import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { FunctionsHttpError, type SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sandboxControl } from '../../../test-support/wati/stack-tenant';
import { sql } from '../../../test-support/database';
import { signedInUser } from '../../../test-support/clients';

// What a service inside the network answers, meant for nobody outside.
const MARKER = 'internal-only-3c9e';
const NOT_WATI = {
  code: 'wati_endpoint_not_allowed',
  message:
    'Adresse refusée : seule l’« API Endpoint URL » de Wati est acceptée, par exemple https://live-mt-server.wati.io/123456.',
};
const SANDBOX_ONLY = {
  code: 'wati_sandbox_endpoint',
  message:
    'L’adresse du bac à sable Wati n’est acceptée qu’en mode bac à sable : revenez d’abord au bac à sable.',
};
const UNAVAILABLE = {
  code: 'wati_unavailable',
  message: 'Wati ne répond pas correctement pour le moment : réessayez dans quelques minutes.',
};

/** A real service on 127.0.0.1 that an attacker would like the function to call. */
let internal: { port: number; requests: string[]; close: () => Promise<void> };

beforeAll(async () => {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ message: MARKER }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  internal = {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
});

afterAll(() => internal.close());

beforeEach(() => {
  internal.requests.length = 0;
});

interface Answer {
  status: number;
  body: unknown;
  text: string;
}

async function invoke(
  owner: SupabaseClient,
  method: 'PUT' | 'POST' | 'DELETE',
  body: Record<string, unknown>,
): Promise<Answer> {
  const { data, error } = await owner.functions.invoke('wati-connection', { method, body });
  if (error === null) return { status: 200, body: data, text: JSON.stringify(data) };
  const response = (error as FunctionsHttpError).context as Response;
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text), text };
}

async function newOrganization(label: string) {
  const { client: owner } = await signedInUser(label);
  const created = await owner.rpc('create_organization', {
    name: `Organisation ${label}`,
    country_code: 'CM',
  });
  if (created.error) throw created.error;
  return { owner, organizationId: (created.data as { id: string }).id };
}

/** The organisation's mode and saved connection, as the database holds them. */
async function saved(organizationId: string) {
  const [row] = await sql(
    `select o.mode, c.endpoint, c.token_hint, c.updated_at
     from public.organizations o left join private.wati_connections c on c.organization_id = o.id
     where o.id = $1`,
    [organizationId],
  );
  return row;
}

const sandboxWorkspace = (id: string) =>
  sandboxControl<{ endpoint: string; token: string }>('POST', '/tenants', { id });

// Unreachable addresses carry port 9, which fetch never connects to: even the code before the
// fix sent nothing to them.
describe('saving credentials whose endpoint is not Wati', () => {
  let owner: SupabaseClient;
  let organizationId: string;
  beforeAll(async () => {
    ({ owner, organizationId } = await newOrganization('ssrf-sandbox'));
  });

  it.each([
    ['a local service on loopback', () => `http://127.0.0.1:${internal.port}/123456`],
    ['loopback written in decimal', () => `http://2130706433:${internal.port}/123456`],
    ['loopback as IPv4-mapped IPv6', () => `http://[::ffff:127.0.0.1]:${internal.port}/123456`],
    ['a private address', () => 'https://10.0.0.1:9/123456'],
    ['link-local cloud metadata', () => 'http://169.254.169.254:9/latest/meta-data/'],
    ['a look-alike of Wati’s host', () => 'https://live-mt-server.wati.io.attacker.test/123456'],
  ])('refuses %s, contacts nothing and saves nothing', async (_, endpoint) => {
    const answer = await invoke(owner, 'PUT', {
      organizationId,
      endpoint: endpoint(),
      token: 'a-token-long-enough-to-pass-0123456789',
    });
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual({ error: NOT_WATI });
    expect(answer.text).not.toContain(MARKER);
    expect(internal.requests).toEqual([]);
    expect(await saved(organizationId)).toMatchObject({ mode: 'sandbox', endpoint: null });
  });
});

describe('an organisation in live mode', () => {
  let owner: SupabaseClient;
  let organizationId: string;
  let before: Record<string, unknown> | undefined;
  beforeAll(async () => {
    ({ owner, organizationId } = await newOrganization('ssrf-live'));
    // In sandbox mode a sandbox workspace stands in for a real one: saving it goes live.
    const workspace = await sandboxWorkspace(`ssrf-${organizationId}`);
    const live = await invoke(owner, 'PUT', { organizationId, ...workspace });
    expect(live).toMatchObject({ status: 200, body: { mode: 'live' } });
    before = await saved(organizationId);
  });
  // The endpoints planted below would make every later sync of all organisations (wati:sync) fail.
  afterAll(async () => {
    expect(await invoke(owner, 'DELETE', { organizationId })).toMatchObject({ status: 200 });
  });

  it('refuses a host that is not Wati’s', async () => {
    const answer = await invoke(owner, 'PUT', {
      organizationId,
      endpoint: 'https://wati.attacker.test/123456',
      token: 'a-token-long-enough-to-pass-0123456789',
    });
    expect(answer).toMatchObject({ status: 422, body: { error: NOT_WATI } });
    expect(await saved(organizationId)).toEqual(before);
  });

  it('refuses the sandbox, even with a valid sandbox workspace', async () => {
    const other = await sandboxWorkspace(`ssrf-other-${organizationId}`);
    const answer = await invoke(owner, 'PUT', { organizationId, ...other });
    expect(answer).toMatchObject({ status: 422, body: { error: SANDBOX_ONLY } });
    expect(await saved(organizationId)).toEqual(before);
  });

  it.each([
    ['loopback', () => `http://127.0.0.1:${internal.port}/123456`],
    ['loopback as IPv4-mapped IPv6', () => `http://[::ffff:7f00:1]:${internal.port}/123456`],
  ])(
    'never calls %s saved before addresses were checked, and tells nothing of it',
    async (_, endpoint) => {
      await sql(`update private.wati_connections set endpoint = $2 where organization_id = $1`, [
        organizationId,
        endpoint(),
      ]);
      const tested = await invoke(owner, 'POST', { organizationId, action: 'test' });
      // The same answer as a Wati that cannot be reached: it tells no open port from a closed one.
      expect(tested).toMatchObject({ status: 502, body: { error: UNAVAILABLE } });
      expect(tested.text).not.toContain(MARKER);
      expect(internal.requests).toEqual([]);
      const status = await owner.functions.invoke(
        `wati-connection?organizationId=${organizationId}`,
        {
          method: 'GET',
        },
      );
      expect(status.data).toMatchObject({ lastCheckError: UNAVAILABLE.message });
    },
  );
});
