import { describe, expect, it } from 'vitest';
import { anonClient, signedInUser } from '../stack/testing/clients';
import { createTeam, sql } from './personas';

async function organisationOf(
  client: Awaited<ReturnType<typeof signedInUser>>['client'],
  name = 'Santé Plus',
  country = 'GA',
) {
  const { data, error } = await client.rpc('create_organization', { name, country_code: country });
  if (error) throw error;
  return data as {
    id: string;
    slug: string;
    plan_id: string;
    time_zone: string;
    default_phone_country: string;
    agents_quota: number;
  };
}

describe('create_organization', () => {
  it('creates a Starter organisation owned by the caller, with the country’s time zone', async () => {
    const founder = await signedInUser('founder');
    const organisation = await organisationOf(founder.client, 'Santé Plus Libreville', 'ga');
    expect(organisation).toMatchObject({
      plan_id: 'starter',
      time_zone: 'Africa/Libreville',
      default_phone_country: 'GA',
      agents_quota: 2,
    });
    expect(organisation.slug).toMatch(/^sante-plus-libreville/);
    const { data } = await founder.client
      .from('memberships')
      .select('role')
      .eq('organization_id', organisation.id);
    expect(data).toEqual([{ role: 'owner' }]);

    const again = await organisationOf(founder.client, 'Santé Plus Libreville', 'GA');
    expect(again.slug).not.toBe(organisation.slug);
  });

  it('refuses anonymous callers and bad input in French', async () => {
    const anonymous = await anonClient().rpc('create_organization', {
      name: 'Anonyme',
      country_code: 'CM',
    });
    expect(anonymous.error).not.toBeNull();
    const founder = await signedInUser('bad-input');
    const badCountry = await founder.client.rpc('create_organization', {
      name: 'Ok',
      country_code: 'Cameroun',
    });
    expect(badCountry.error?.message).toBe('Choisissez un pays valide.');
    const badName = await founder.client.rpc('create_organization', {
      name: ' x ',
      country_code: 'CM',
    });
    expect(badName.error?.message).toMatch(/entre 2 et 120 caractères/);
  });
});

describe('invitations', () => {
  it('lets an admin invite, shows the link to anyone, and admits the invitee once', async () => {
    const team = await createTeam('invite');
    const { data, error } = await team.clients.admin.rpc('create_invitation', {
      organization_id: team.organizationId,
      role: 'agent',
    });
    expect(error).toBeNull();
    const { token } = (data as { token: string }[])[0]!;

    const preview = await anonClient().rpc('invitation_preview', { token });
    expect(preview.data).toEqual([
      expect.objectContaining({
        organization_name: 'Équipe invite',
        role: 'agent',
        status: 'pending',
      }),
    ]);

    const invitee = await signedInUser('invitee');
    const accepted = await invitee.client.rpc('accept_invitation', { token });
    expect(accepted.error).toBeNull();
    expect((accepted.data as { id: string }).id).toBe(team.organizationId);
    const { data: membership } = await invitee.client
      .from('memberships')
      .select('role')
      .eq('organization_id', team.organizationId)
      .eq('user_id', invitee.userId);
    expect(membership).toEqual([{ role: 'agent' }]);

    const second = await signedInUser('second');
    const reused = await second.client.rpc('accept_invitation', { token });
    expect(reused.error?.message).toBe('Cette invitation a déjà été utilisée.');
    const unknown = await second.client.rpc('accept_invitation', { token: 'nope' });
    expect(unknown.error?.message).toBe("Cette invitation n'existe pas.");
  });

  it('refuses an expired link', async () => {
    const team = await createTeam('expired');
    const { data } = await team.clients.owner.rpc('create_invitation', {
      organization_id: team.organizationId,
      role: 'viewer',
    });
    const { token, invitation_id } = (data as { token: string; invitation_id: string }[])[0]!;
    await sql(
      `update public.invitations set expires_at = now() - interval '1 minute' where id = $1`,
      [invitation_id],
    );
    const late = await signedInUser('late');
    const { error } = await late.client.rpc('accept_invitation', { token });
    expect(error?.message).toMatch(/a expiré/);
  });

  it('keeps invitations to owners and admins, never above their own role', async () => {
    const team = await createTeam('ranks');
    const byAgent = await team.clients.agent.rpc('create_invitation', {
      organization_id: team.organizationId,
      role: 'viewer',
    });
    expect(byAgent.error?.message).toMatch(/Seuls les propriétaires et les administrateurs/);
    const ownerByAdmin = await team.clients.admin.rpc('create_invitation', {
      organization_id: team.organizationId,
      role: 'owner',
    });
    expect(ownerByAdmin.error?.message).toMatch(/rôle supérieur au vôtre/);
    const byStranger = await team.clients.stranger.rpc('create_invitation', {
      organization_id: team.organizationId,
      role: 'viewer',
    });
    expect(byStranger.error).not.toBeNull();
  });
});

describe("the plan's agent seats", () => {
  it('stop a third agent on Starter with a clear message, but let viewers in', async () => {
    const founder = await signedInUser('starter');
    const organisation = await organisationOf(founder.client);
    const invite = async (role: 'agent' | 'viewer') => {
      const { data, error } = await founder.client.rpc('create_invitation', {
        organization_id: organisation.id,
        role,
      });
      return { token: (data as { token: string }[] | null)?.[0]?.token, error };
    };
    const first = await invite('agent');
    const second = await invite('agent');
    expect(first.error).toBeNull();
    expect(second.error).toBeNull();
    const agent = await signedInUser('seat-1');
    expect((await agent.client.rpc('accept_invitation', { token: first.token })).error).toBeNull();
    const overflow = await signedInUser('seat-2');
    const refused = await overflow.client.rpc('accept_invitation', { token: second.token });
    expect(refused.error?.message).toBe(
      'Votre offre Starter comprend 2 agents au plus : retirez un membre ou passez à une offre supérieure.',
    );
    const viewerInvite = await invite('viewer');
    expect(
      (await overflow.client.rpc('accept_invitation', { token: viewerInvite.token })).error,
    ).toBeNull();
    const promoted = await founder.client
      .from('memberships')
      .update({ role: 'agent' })
      .eq('organization_id', organisation.id)
      .eq('user_id', overflow.userId);
    expect(promoted.error?.message).toMatch(/comprend 2 agents au plus/);
  });
});

describe('roles and leaving', () => {
  it('lets nobody grant or remove a role above their own', async () => {
    const team = await createTeam('grant');
    const toOwner = await team.clients.admin
      .from('memberships')
      .update({ role: 'owner' })
      .eq('organization_id', team.organizationId)
      .eq('user_id', team.userIds.agent);
    expect(toOwner.error?.message).toMatch(/rôle supérieur au vôtre/);
    const demoteOwner = await team.clients.admin
      .from('memberships')
      .update({ role: 'viewer' })
      .eq('organization_id', team.organizationId)
      .eq('user_id', team.userIds.owner);
    expect(demoteOwner.error?.message).toMatch(/rôle supérieur au vôtre/);
    const removeOwner = await team.clients.admin
      .from('memberships')
      .delete()
      .eq('organization_id', team.organizationId)
      .eq('user_id', team.userIds.owner);
    expect(removeOwner.error?.message).toMatch(/dont le rôle est supérieur au vôtre/);
    const ok = await team.clients.admin
      .from('memberships')
      .update({ role: 'viewer' })
      .eq('organization_id', team.organizationId)
      .eq('user_id', team.userIds.agent)
      .select('role');
    expect(ok.data).toEqual([{ role: 'viewer' }]);
  });

  it('keeps the last owner, and lets an owner leave once another owner exists', async () => {
    const team = await createTeam('leave');
    const lastOwner = await team.clients.owner
      .from('memberships')
      .delete()
      .eq('organization_id', team.organizationId)
      .eq('user_id', team.userIds.owner);
    expect(lastOwner.error?.message).toMatch(/au moins un propriétaire/);
    await team.clients.owner
      .from('memberships')
      .update({ role: 'owner' })
      .eq('organization_id', team.organizationId)
      .eq('user_id', team.userIds.admin);
    const left = await team.clients.owner
      .from('memberships')
      .delete()
      .eq('organization_id', team.organizationId)
      .eq('user_id', team.userIds.owner)
      .select();
    expect(left.error).toBeNull();
    expect(left.data).toHaveLength(1);
  });
});

describe('protected organisation fields', () => {
  it('lets owners rename and change the time zone, never the plan, quotas or mode', async () => {
    const team = await createTeam('protected');
    const renamed = await team.clients.owner
      .from('organizations')
      .update({ name: 'Nouveau nom', time_zone: 'Africa/Libreville' })
      .eq('id', team.organizationId)
      .select('name, time_zone');
    expect(renamed.data).toEqual([{ name: 'Nouveau nom', time_zone: 'Africa/Libreville' }]);
    for (const change of [
      { plan_id: 'enterprise' },
      { agents_quota: 99 },
      { messages_quota: null },
      { mode: 'live' },
    ]) {
      const { error } = await team.clients.owner
        .from('organizations')
        .update(change)
        .eq('id', team.organizationId);
      expect(error?.message, JSON.stringify(change)).toMatch(/ne se modifient pas ici/);
    }
    const badZone = await team.clients.owner
      .from('organizations')
      .update({ time_zone: 'Mars/Olympus' })
      .eq('id', team.organizationId);
    expect(badZone.error?.code).toBe('23514');
  });

  it('keeps the e-mail of a profile in step with the account only', async () => {
    const team = await createTeam('email');
    const { error } = await team.clients.agent
      .from('profiles')
      .update({ email: 'autre@wcap.test' })
      .eq('id', team.userIds.agent);
    expect(error?.message).toMatch(/se change depuis le compte/);
  });
});
