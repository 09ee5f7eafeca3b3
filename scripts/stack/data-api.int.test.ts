import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { querySql } from './sql';
import {
  anonClient,
  serviceClient,
  signedInUser,
  stackInfo,
  supabaseClient,
} from '../../test-support/clients';

// A table made for this test, with the policies a tenant table has: each user sees only its rows.
const table = `rls_probe_${Date.now().toString(36)}`;

const sql = (text: string) => querySql(stackInfo().dbUrl, text);

async function waitForSchemaCache(): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const { error } = await serviceClient().from(table).select('id').limit(1);
    if (!error) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('PostgREST did not reload its schema cache');
}

describe('Data API (PostgREST) behind the gateway', () => {
  beforeAll(async () => {
    await sql(`
      create table public.${table} (
        id bigint generated always as identity primary key,
        owner_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
        note text not null
      );
      alter table public.${table} enable row level security;
      create policy "owners read" on public.${table} for select to authenticated
        using ((select auth.uid()) = owner_id);
      create policy "owners write" on public.${table} for insert to authenticated
        with check ((select auth.uid()) = owner_id);
      notify pgrst, 'reload schema';
    `);
    await waitForSchemaCache();
  });

  afterAll(async () => {
    await sql(`drop table if exists public.${table}; notify pgrst, 'reload schema';`);
  });

  it('applies row-level security as the signed-in user', async () => {
    const alice = await signedInUser('alice');
    const bob = await signedInUser('bob');

    const inserted = await alice.client.from(table).insert({ note: 'à Alice' }).select().single();
    expect(inserted.error).toBeNull();
    expect(inserted.data).toMatchObject({ owner_id: alice.userId, note: 'à Alice' });

    const seenByBob = await bob.client.from(table).select('*');
    expect(seenByBob.error).toBeNull();
    expect(seenByBob.data).toEqual([]);

    const forged = await bob.client.from(table).insert({ note: 'usurpé', owner_id: alice.userId });
    expect(forged.status).toBe(403);
    expect(forged.error?.code).toBe('42501');

    const anonymous = await anonClient().from(table).insert({ note: 'anonyme' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.error?.code).toBe('42501');
  });

  it('lets the service role bypass row-level security', async () => {
    const carol = await signedInUser('carol');
    await carol.client.from(table).insert({ note: 'de Carol' });
    const { data, error } = await serviceClient()
      .from(table)
      .select('note')
      .eq('owner_id', carol.userId);
    expect(error).toBeNull();
    expect(data).toEqual([{ note: 'de Carol' }]);
  });

  it('accepts the opaque publishable and secret keys as anon and service role', async () => {
    const publishable = await supabaseClient(stackInfo().publishableKey).from(table).select('id');
    expect(publishable.error).toBeNull();
    expect(publishable.data).toEqual([]);
    const secret = await supabaseClient(stackInfo().secretKey)
      .from(table)
      .select('id', { count: 'exact', head: true });
    expect(secret.error).toBeNull();
    expect(secret.count).toBeGreaterThan(0);
  });

  it('refuses requests without a project API key', async () => {
    const missing = await fetch(`${stackInfo().apiUrl}/rest/v1/${table}`);
    expect(missing.status).toBe(401);
    const wrong = await fetch(`${stackInfo().apiUrl}/rest/v1/${table}`, {
      headers: { apikey: 'nope' },
    });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { message: string }).message).toBe('Invalid API key');
  });

  it('rejects an expired or forged user token like Supabase (PGRST301)', async () => {
    const forged = stackInfo().anonKey.slice(0, -4) + 'AAAA';
    const response = await fetch(`${stackInfo().apiUrl}/rest/v1/${table}`, {
      headers: { apikey: stackInfo().anonKey, authorization: `Bearer ${forged}` },
    });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { code: string }).code).toBe('PGRST301');
  });

  it('answers CORS preflights for the browser', async () => {
    const response = await fetch(`${stackInfo().apiUrl}/rest/v1/${table}`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://127.0.0.1:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'apikey, authorization, content-type, prefer',
      },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toContain('prefer');
  });

  it('does not expose the private schema', async () => {
    const response = await fetch(`${stackInfo().apiUrl}/rest/v1/scheduled_jobs`, {
      headers: { apikey: stackInfo().serviceRoleKey, 'accept-profile': 'private' },
    });
    expect(response.status).toBe(406);
  });
});
