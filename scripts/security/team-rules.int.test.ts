import type { SupabaseClient } from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import { withClient } from '../stack/sql';
import { anonClient, serviceClient, signedInUser, stackInfo } from '../../test-support/clients';
import { poller } from '../../test-support/wait';
import { createTeam } from '../../test-support/personas';
import { sql } from '../../test-support/database';

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

const waitUntil = poller({ timeoutMs: 20_000, intervalMs: 50 });

async function linkFrom(
  client: SupabaseClient,
  organizationId: string,
  role: string,
): Promise<string> {
  const { data, error } = await client.rpc('create_invitation', {
    organization_id: organizationId,
    role,
  });
  if (error) throw error;
  return (data as { token: string }[])[0]!.token;
}

async function roleOf(organizationId: string, userId: string): Promise<string | undefined> {
  const [row] = await sql<{ role: string }>(
    `select role::text from public.memberships where organization_id = $1 and user_id = $2`,
    [organizationId, userId],
  );
  return row?.role;
}

const revoked = {
  code: 'P0002',
  message: "Cette invitation n'existe pas.",
  hint: 'invitation_not_found',
};

describe('the links of a member who loses the right to invite', () => {
  it('stop working once their creator is removed, even for himself', async () => {
    const team = await createTeam('removed-admin');
    const ownLink = await linkFrom(team.clients.admin, team.organizationId, 'admin');
    const agentLink = await linkFrom(team.clients.admin, team.organizationId, 'agent');
    const removed = await team.clients.owner
      .from('memberships')
      .delete()
      .eq('organization_id', team.organizationId)
      .eq('user_id', team.userIds.admin)
      .select('user_id');
    expect(removed.data).toHaveLength(1);

    const rejoin = await team.clients.admin.rpc('accept_invitation', { token: ownLink });
    expect(rejoin.error).toMatchObject(revoked);
    expect(await roleOf(team.organizationId, team.userIds.admin)).toBeUndefined();
    const newcomer = await signedInUser('removed-admin-guest');
    const joined = await newcomer.client.rpc('accept_invitation', { token: agentLink });
    expect(joined.error).toMatchObject(revoked);
    expect(await roleOf(team.organizationId, newcomer.userId)).toBeUndefined();
    expect((await anonClient().rpc('invitation_preview', { token: ownLink })).data).toEqual([]);
  });

  it('stop working once their creator is demoted below the role they grant, and only those', async () => {
    const team = await createTeam('demoted-owner');
    const coOwner = await team.clients.owner
      .from('memberships')
      .update({ role: 'owner' })
      .eq('organization_id', team.organizationId)
      .eq('user_id', team.userIds.admin);
    expect(coOwner.error).toBeNull();
    const ownerLink = await linkFrom(team.clients.admin, team.organizationId, 'owner');
    const agentLink = await linkFrom(team.clients.admin, team.organizationId, 'agent');
    const ownersLink = await linkFrom(team.clients.owner, team.organizationId, 'viewer');
    const demoted = await team.clients.owner
      .from('memberships')
      .update({ role: 'admin' })
      .eq('organization_id', team.organizationId)
      .eq('user_id', team.userIds.admin);
    expect(demoted.error).toBeNull();

    const climber = await signedInUser('demoted-owner-climber');
    const refused = await climber.client.rpc('accept_invitation', { token: ownerLink });
    expect(refused.error).toMatchObject(revoked);
    expect(await roleOf(team.organizationId, climber.userId)).toBeUndefined();
    // Still an admin: the links an admin may make keep working.
    const agent = await signedInUser('demoted-owner-agent');
    expect((await agent.client.rpc('accept_invitation', { token: agentLink })).error).toBeNull();
    expect(await roleOf(team.organizationId, agent.userId)).toBe('agent');

    // Below admin, none of them do.
    const viewerLink = await linkFrom(team.clients.admin, team.organizationId, 'viewer');
    await team.clients.owner
      .from('memberships')
      .update({ role: 'agent' })
      .eq('organization_id', team.organizationId)
      .eq('user_id', team.userIds.admin);
    const viewer = await signedInUser('demoted-owner-viewer');
    expect(
      (await viewer.client.rpc('accept_invitation', { token: viewerLink })).error,
    ).toMatchObject(revoked);
    // Another admin's link is not touched.
    expect((await viewer.client.rpc('accept_invitation', { token: ownersLink })).error).toBeNull();
  });

  it('are refused at acceptance when their creator’s account is gone', async () => {
    const team = await createTeam('deleted-admin');
    const { data } = await team.clients.admin.rpc('create_invitation', {
      organization_id: team.organizationId,
      role: 'agent',
    });
    const { token, invitation_id } = (data as { token: string; invitation_id: string }[])[0]!;
    await sql(`delete from auth.users where id = $1`, [team.userIds.admin]);
    // The link outlives its creator (its author is merely emptied): acceptance must refuse it.
    const [left] = await sql(`select invited_by from public.invitations where id = $1`, [
      invitation_id,
    ]);
    expect(left).toEqual({ invited_by: null });
    const guest = await signedInUser('deleted-admin-guest');
    const { error } = await guest.client.rpc('accept_invitation', { token });
    expect(error).toMatchObject({
      code: 'P0001',
      message:
        "Ce lien n'est plus valable : la personne qui l'a créé ne peut plus inviter à ce rôle. Demandez un nouveau lien.",
      hint: 'invitation_revoked',
    });
    expect(await roleOf(team.organizationId, guest.userId)).toBeUndefined();
  });
});

describe('seats under concurrency and on every path', () => {
  const seatLimit = {
    code: 'P0001',
    message:
      'Votre offre Starter comprend 2 agents au plus : retirez un membre ou passez à une offre supérieure.',
    hint: 'seat_limit_reached',
  };

  it('hold when eight agent links are accepted at once on a two-seat organisation', async () => {
    const founder = await signedInUser('parallel-seats');
    const organisation = await organisationOf(founder.client, 'Sièges comptés', 'CM');
    expect(organisation.agents_quota).toBe(2);
    const links = await Promise.all(
      Array.from({ length: 8 }, () => linkFrom(founder.client, organisation.id, 'agent')),
    );
    const guests = await Promise.all(links.map((_, i) => signedInUser(`parallel-seat-${i}`)));

    // Holding the links' rows lines the eight acceptances up at the same point: released together,
    // they race as they would under load instead of running one after the other.
    const answers = await withClient(stackInfo().dbUrl, async (holder) => {
      await holder.query('begin');
      await holder.query(
        `select id from public.invitations where organization_id = $1 for update`,
        [organisation.id],
      );
      // Promise.all sends the requests (a query builder waits until someone awaits it).
      const accepting = Promise.all(
        guests.map((guest, i) => guest.client.rpc('accept_invitation', { token: links[i] })),
      );
      await waitUntil(async () => {
        const [row] = await sql<{ n: number }>(
          `select count(*)::int as n from pg_stat_activity
           where wait_event_type = 'Lock' and query like '%accept_invitation%'`,
        );
        return row!.n >= guests.length;
      }, 'the eight acceptances to wait on the same point');
      await holder.query('commit');
      return accepting;
    });

    expect(answers.filter((answer) => answer.error === null)).toHaveLength(1);
    const refusals = answers.flatMap((answer) => (answer.error ? [answer.error] : []));
    expect(refusals).toHaveLength(7);
    for (const refusal of refusals) expect(refusal).toMatchObject(seatLimit);
    const usage = await founder.client.rpc('organization_usage', {
      organization_id: organisation.id,
    });
    expect(usage.data).toEqual([expect.objectContaining({ seats: 2 })]);
  });

  it('hold for a member added without an invitation, by the service role', async () => {
    const founder = await signedInUser('direct-seats');
    const organisation = await organisationOf(founder.client, 'Sièges directs', 'CM');
    const [first, second] = await Promise.all([
      signedInUser('direct-seat-1'),
      signedInUser('direct-seat-2'),
    ]);
    const service = serviceClient();
    const admitted = await service
      .from('memberships')
      .insert({ organization_id: organisation.id, user_id: first!.userId, role: 'agent' });
    expect(admitted.error).toBeNull();
    const beyond = await service
      .from('memberships')
      .insert({ organization_id: organisation.id, user_id: second!.userId, role: 'agent' });
    expect(beyond.error).toMatchObject(seatLimit);
    expect(await roleOf(organisation.id, second!.userId)).toBeUndefined();
    // Viewers hold no seat.
    const viewer = await service
      .from('memberships')
      .insert({ organization_id: organisation.id, user_id: second!.userId, role: 'viewer' });
    expect(viewer.error).toBeNull();
  });
});
