import { beforeAll, describe, expect, it } from 'vitest';
import { signedInUser } from '../../test-support/clients';
import { sql } from '../../test-support/database';
import { createTeam, type Team } from '../../test-support/personas';
import { contactWrites, online, uniquePhone } from './inbox-fixtures';

// Round-robin among online agents under their capacity, claimed so that nothing is given twice,
// whoever assigns at the same moment (the webhook for each new conversation, the back-fill job).

let team: Team;
beforeAll(async () => {
  team = await createTeam('assign');
});

async function agentsJoin(count: number): Promise<string[]> {
  const agents = await Promise.all(
    Array.from({ length: count }, (_, i) => signedInUser(`assign-agent-${i}`)),
  );
  const ids = agents.map((agent) => agent.userId);
  await sql(
    `insert into public.memberships (organization_id, user_id, role)
     select $1, u, 'agent' from unnest($2::uuid[]) u`,
    [team.organizationId, ids],
  );
  return ids;
}

async function openCounts(organizationId: string): Promise<Map<string, number>> {
  const rows = await sql<{ assignee_id: string; n: number }>(
    `select assignee_id, count(*)::int as n from public.conversations
     where organization_id = $1 and status = 'open' and assignee_id is not null group by 1`,
    [organizationId],
  );
  return new Map(rows.map((row) => [row.assignee_id, row.n]));
}

describe('automatic assignment', () => {
  it('spreads 60 conversations arriving at once over 6 online agents, none given twice', async () => {
    await sql(`update public.organizations set agents_quota = 20 where id = $1`, [
      team.organizationId,
    ]);
    const agents = await agentsJoin(6);
    await online(team.organizationId, agents);
    // An agent who is busy or whose page is closed gets nothing.
    await online(team.organizationId, [team.userIds.agent]);
    await sql(
      `update public.inbox_agents set availability = 'busy' where organization_id = $1 and user_id = $2`,
      [team.organizationId, team.userIds.agent],
    );

    await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        contactWrites(team.organizationId, uniquePhone(), `Bonjour ${i}`),
      ),
    );
    // An assigner that finds every agent locked by the others leaves its conversation waiting:
    // the back-fill job (every 15 s) gives it out, to whoever has the fewest.
    await sql(`select private.inbox_housekeeping()`);

    const counts = await openCounts(team.organizationId);
    expect([...counts.keys()].sort()).toEqual([...agents].sort());
    const values = [...counts.values()];
    expect(values.reduce((a, b) => a + b, 0)).toBe(60);
    expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
    const [twice] = await sql<{ n: number }>(
      `select count(*)::int as n from (
         select conversation_id from public.messages
         where organization_id = $1 and event ->> 'type' = 'assigned'
         group by conversation_id having count(*) > 1) x`,
      [team.organizationId],
    );
    expect(twice!.n).toBe(0);
    const [notified] = await sql<{ n: number }>(
      `select count(*)::int as n from public.notifications where organization_id = $1 and kind = 'assigned'`,
      [team.organizationId],
    );
    expect(notified!.n).toBe(60);
  });

  it('never gives an agent more open conversations than their capacity', async () => {
    const other = await createTeam('capacity');
    // As the inbox page and the settings page do it.
    const capacity = await other.clients.owner.rpc('set_agent_capacity', {
      organization_id: other.organizationId,
      user_id: other.userIds.agent,
      capacity: 3,
    });
    expect(capacity.error).toBeNull();
    const beat = await other.clients.agent.rpc('inbox_heartbeat', {
      organization_id: other.organizationId,
      availability: 'online',
    });
    expect(beat.error).toBeNull();
    expect(beat.data).toMatchObject({ availability: 'online', capacity: 3 });
    const refused = await other.clients.viewer.rpc('inbox_heartbeat', {
      organization_id: other.organizationId,
    });
    expect(refused.error?.hint).toBe('inbox_requires_agent');
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        contactWrites(other.organizationId, uniquePhone(), `Salut ${i}`),
      ),
    );
    await sql(`select private.inbox_housekeeping()`);
    expect((await openCounts(other.organizationId)).get(other.userIds.agent)).toBe(3);
    const [unassigned] = await sql<{ n: number }>(
      `select count(*)::int as n from public.conversations
       where organization_id = $1 and assignee_id is null and status = 'open'`,
      [other.organizationId],
    );
    expect(unassigned!.n).toBe(5);

    // Resolving frees a place: the back-fill job gives it the longest-waiting conversation.
    const [mine] = await sql<{ id: string }>(
      `select id from public.conversations where organization_id = $1 and assignee_id = $2 limit 1`,
      [other.organizationId, other.userIds.agent],
    );
    const resolved = await other.clients.agent.rpc('set_conversation_status', {
      conversation_id: mine!.id,
      status: 'resolved',
    });
    expect(resolved.error).toBeNull();
    await sql(`select private.inbox_housekeeping()`);
    expect((await openCounts(other.organizationId)).get(other.userIds.agent)).toBe(3);
  });

  it('gives nothing to an agent whose heartbeat stopped, and nothing when auto-assignment is off', async () => {
    const quiet = await createTeam('quiet');
    await online(quiet.organizationId, [quiet.userIds.agent]);
    await sql(
      `update public.inbox_agents set last_heartbeat_at = now() - interval '2 minutes' where organization_id = $1`,
      [quiet.organizationId],
    );
    await contactWrites(quiet.organizationId, uniquePhone(), 'Allô');
    expect((await openCounts(quiet.organizationId)).size).toBe(0);

    await online(quiet.organizationId, [quiet.userIds.agent]);
    await sql(`update public.inbox_settings set auto_assign = false where organization_id = $1`, [
      quiet.organizationId,
    ]);
    await contactWrites(quiet.organizationId, uniquePhone(), 'Allô ?');
    await sql(`select private.inbox_housekeeping()`);
    expect((await openCounts(quiet.organizationId)).size).toBe(0);
  });
});
