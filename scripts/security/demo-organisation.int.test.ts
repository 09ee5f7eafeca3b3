import type { SupabaseClient } from '@supabase/supabase-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoLogins, demoPassword } from '../demo-login';
import { anonClient, signedInUser } from '../../test-support/clients';
import { sql } from '../../test-support/database';

// The seeded « CNSA (démo) » itself, attacked through the Data API as a browser would.
const DEMO = 'c0000000-0000-4000-8000-000000000001';

async function demoAccount(email: string): Promise<{ client: SupabaseClient; userId: string }> {
  const client = anonClient();
  const { data, error } = await client.auth.signInWithPassword({ email, password: demoPassword });
  if (error) throw error;
  return { client, userId: data.user.id };
}

async function demoState() {
  return sql(
    `select o.name, o.plan_id, (select json_agg(json_build_object('u', m.user_id, 'r', m.role) order by m.user_id)
       from public.memberships m where m.organization_id = o.id) as team
     from public.organizations o where o.id = $1`,
    [DEMO],
  );
}

describe('« CNSA (démo) » against a stranger with an organisation of their own', () => {
  let stranger: SupabaseClient;
  let strangerOrg: string;
  let before: unknown;

  beforeAll(async () => {
    const user = await signedInUser('intrus');
    stranger = user.client;
    const { data } = await stranger.rpc('create_organization', {
      name: 'Intrus SARL',
      country_code: 'CM',
    });
    strangerOrg = (data as { id: string }).id;
    before = await demoState();
  });

  it('reads nothing of it', async () => {
    for (const table of [
      'organizations',
      'memberships',
      'invitations',
      'contacts',
      'contact_consent_events',
      'segments',
    ] as const) {
      const column = table === 'organizations' ? 'id' : 'organization_id';
      const { data } = await stranger.from(table).select('*').eq(column, DEMO);
      expect(data, table).toEqual([]);
    }
    const { data: profiles } = await stranger
      .from('profiles')
      .select('id')
      .in(
        'email',
        demoLogins.map((login) => login.email),
      );
    expect(profiles).toEqual([]);
    const usage = await stranger.rpc('organization_usage', { organization_id: DEMO });
    expect(usage.error).not.toBeNull();
    const counted = await stranger.rpc('count_contacts', { organization_id: DEMO });
    expect(counted.data).toBe(0);
  });

  it('changes, moves and deletes nothing of it', async () => {
    await stranger.from('organizations').update({ name: 'Piraté' }).eq('id', DEMO);
    await stranger.from('organizations').delete().eq('id', DEMO);
    await stranger
      .from('memberships')
      .update({ organization_id: strangerOrg })
      .eq('organization_id', DEMO);
    await stranger.from('memberships').update({ role: 'viewer' }).eq('organization_id', DEMO);
    await stranger.from('memberships').delete().eq('organization_id', DEMO);
    const joined = await stranger.from('memberships').insert({
      organization_id: DEMO,
      user_id: (await stranger.auth.getUser()).data.user!.id,
      role: 'owner',
    });
    expect(joined.error).not.toBeNull();
    const invited = await stranger.rpc('create_invitation', {
      organization_id: DEMO,
      role: 'owner',
    });
    expect(invited.error).not.toBeNull();
    expect(await demoState()).toEqual(before);
  });
});

describe('« CNSA (démo) » from the inside', () => {
  it('has demo contacts and the demo segment « Assurés de Douala »', async () => {
    const { client } = await demoAccount('lecteur@cnsa-demo.test');
    const { count } = await client
      .from('contacts')
      .select('id', { count: 'exact', head: true })
      .eq('organization_id', DEMO);
    expect(count).toBeGreaterThanOrEqual(60);
    const { data: segment } = await client
      .from('segments')
      .select('criteria')
      .eq('name', 'Assurés de Douala')
      .single();
    const size = await client.rpc('count_contacts', {
      organization_id: DEMO,
      criteria: segment!.criteria,
    });
    expect(size.data).toBeGreaterThan(0);
  });

  it('lets the viewer write nothing', async () => {
    const before = await demoState();
    const { client } = await demoAccount('lecteur@cnsa-demo.test');
    await client.from('organizations').update({ name: 'Lecteur' }).eq('id', DEMO);
    await client.from('memberships').update({ role: 'owner' }).eq('organization_id', DEMO);
    await client.from('memberships').delete().eq('organization_id', DEMO).neq('role', 'viewer');
    const invited = await client.rpc('create_invitation', {
      organization_id: DEMO,
      role: 'viewer',
    });
    expect(invited.error).not.toBeNull();
    expect(await demoState()).toEqual(before);
  });

  it('keeps team management from the agent', async () => {
    const before = await demoState();
    const { client } = await demoAccount('agent@cnsa-demo.test');
    const invited = await client.rpc('create_invitation', {
      organization_id: DEMO,
      role: 'viewer',
    });
    expect(invited.error?.message).toMatch(/Seuls les propriétaires et les administrateurs/);
    await client.from('memberships').update({ role: 'admin' }).eq('organization_id', DEMO);
    await client.from('memberships').delete().eq('organization_id', DEMO).neq('role', 'agent');
    const { data: invitations } = await client
      .from('invitations')
      .select('id')
      .eq('organization_id', DEMO);
    expect(invitations).toEqual([]);
    expect(await demoState()).toEqual(before);
  });
});
