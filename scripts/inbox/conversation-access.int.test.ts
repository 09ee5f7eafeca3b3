import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../test-support/database';
import { createTeam, type Team } from '../../test-support/personas';
import { contactWrites, uniquePhone } from './inbox-fixtures';

// Who sees which conversation, and who may act on it: agents their own and the unassigned ones
// (all of them when the organisation allows it, and those they are mentioned in), admins and
// viewers all, viewers without acting; nobody outside the organisation.

let team: Team;
let theirs: string;
let unassigned: string;
beforeAll(async () => {
  team = await createTeam('access');
  await sql(`update public.inbox_settings set auto_assign = false where organization_id = $1`, [
    team.organizationId,
  ]);
  theirs = (await contactWrites(team.organizationId, uniquePhone(), 'Pour l’admin')).conversationId;
  unassigned = (await contactWrites(team.organizationId, uniquePhone(), 'Pour tous'))
    .conversationId;
  const given = await team.clients.admin.rpc('assign_conversation', {
    conversation_id: theirs,
    assignee_id: team.userIds.admin,
  });
  expect(given.error).toBeNull();
});

/** Rows a persona reads; the anonymous key has no right at all on the inbox's tables (42501). */
async function rowsVisibleTo(
  persona: keyof Team['clients'],
  table: 'conversations' | 'messages',
  column: string,
  id: string,
): Promise<number> {
  const { data, error } = await team.clients[persona].from(table).select('id').eq(column, id);
  if (persona === 'anonymous') {
    expect(error?.code).toBe('42501');
    return 0;
  }
  expect(error).toBeNull();
  return data!.length;
}

const visibleTo = async (persona: keyof Team['clients'], id: string): Promise<boolean> =>
  (await rowsVisibleTo(persona, 'conversations', 'id', id)) === 1;

const messagesVisibleTo = (persona: keyof Team['clients'], id: string): Promise<number> =>
  rowsVisibleTo(persona, 'messages', 'conversation_id', id);

describe('conversations by role', () => {
  it('shows an agent the unassigned ones, not a colleague’s', async () => {
    expect(await visibleTo('agent', unassigned)).toBe(true);
    expect(await visibleTo('agent', theirs)).toBe(false);
    expect(await messagesVisibleTo('agent', theirs)).toBe(0);
    expect(await messagesVisibleTo('agent', unassigned)).toBeGreaterThan(0);
  });

  it('shows admins, owners and viewers every conversation; strangers and anonymous none', async () => {
    for (const persona of ['owner', 'admin', 'viewer'] as const) {
      expect(await visibleTo(persona, theirs)).toBe(true);
    }
    for (const persona of ['stranger', 'anonymous'] as const) {
      expect(await visibleTo(persona, unassigned)).toBe(false);
      expect(await messagesVisibleTo(persona, unassigned)).toBe(0);
    }
  });

  it('shows an agent everything once the organisation allows it', async () => {
    await sql(`update public.inbox_settings set agents_see_all = true where organization_id = $1`, [
      team.organizationId,
    ]);
    expect(await visibleTo('agent', theirs)).toBe(true);
    await sql(
      `update public.inbox_settings set agents_see_all = false where organization_id = $1`,
      [team.organizationId],
    );
    expect(await visibleTo('agent', theirs)).toBe(false);
  });

  it('shows a mentioned agent the conversation, and notifies them', async () => {
    const noted = await team.clients.admin.rpc('add_note', {
      conversation_id: theirs,
      body: 'Peux-tu regarder ce dossier ?',
      mentions: [team.userIds.agent, team.userIds.viewer],
    });
    expect(noted.error).toBeNull();
    // Viewers do not answer: only the agent is mentioned.
    expect(noted.data.mentions).toEqual([team.userIds.agent]);
    expect(await visibleTo('agent', theirs)).toBe(true);
    const { data } = await team.clients.agent
      .from('notifications')
      .select('kind, excerpt')
      .eq('conversation_id', theirs);
    expect(data).toEqual([{ kind: 'mention', excerpt: 'Peux-tu regarder ce dossier ?' }]);
  });
});

describe('acting on a conversation', () => {
  it('refuses a viewer: viewers only read', async () => {
    const { error } = await team.clients.viewer.rpc('set_conversation_status', {
      conversation_id: unassigned,
      status: 'resolved',
    });
    expect(error?.code).toBe('42501');
    expect(error?.hint).toBe('inbox_requires_agent');
  });

  it('answers a stranger as if the conversation did not exist', async () => {
    const { error } = await team.clients.stranger.rpc('assign_conversation', {
      conversation_id: unassigned,
      assignee_id: team.userIds.stranger,
    });
    expect(error?.code).toBe('P0002');
    expect(error?.hint).toBe('conversation_not_found');
  });

  it('assigns only to agents of the organisation', async () => {
    const { error } = await team.clients.agent.rpc('assign_conversation', {
      conversation_id: unassigned,
      assignee_id: team.userIds.viewer,
    });
    expect(error?.hint).toBe('assignee_not_agent');
  });

  it('snoozes until a time, and the housekeeping job reopens it then', async () => {
    const { error: past } = await team.clients.agent.rpc('set_conversation_status', {
      conversation_id: unassigned,
      status: 'snoozed',
      snoozed_until: new Date(Date.now() - 60_000).toISOString(),
    });
    expect(past?.hint).toBe('snooze_in_past');
    const { data, error } = await team.clients.agent.rpc('set_conversation_status', {
      conversation_id: unassigned,
      status: 'snoozed',
      snoozed_until: new Date(Date.now() + 60_000).toISOString(),
    });
    expect(error).toBeNull();
    expect(data.status).toBe('snoozed');
    await sql(
      `update public.conversations set snoozed_until = now() - interval '1 second' where id = $1`,
      [unassigned],
    );
    await sql(`select private.inbox_housekeeping()`);
    const [row] = await sql<{ status: string }>(
      `select status from public.conversations where id = $1`,
      [unassigned],
    );
    expect(row!.status).toBe('open');
  });

  it('keeps unread counts per member: one agent reading does not clear it for another', async () => {
    const phone = uniquePhone();
    const { conversationId } = await contactWrites(team.organizationId, phone, 'Un');
    await contactWrites(team.organizationId, phone, 'Deux');
    const unread = async (persona: 'agent' | 'admin') => {
      const { data, error } = await team.clients[persona].rpc('inbox_conversations', {
        organization_id: team.organizationId,
        view: 'all',
        statuses: ['open'],
      });
      expect(error).toBeNull();
      return (data as { id: string; unread_count: number }[]).find((c) => c.id === conversationId)
        ?.unread_count;
    };
    expect(await unread('agent')).toBe(2);
    expect(
      (await team.clients.agent.rpc('mark_conversation_read', { conversation_id: conversationId }))
        .error,
    ).toBeNull();
    expect(await unread('agent')).toBe(0);
    expect(await unread('admin')).toBe(2);
    await team.clients.agent.rpc('mark_conversation_read', {
      conversation_id: conversationId,
      unread: true,
    });
    expect(await unread('agent')).toBe(1);
  });

  it('reads the member’s notifications about a conversation when they open it, theirs only', async () => {
    const { conversationId } = await contactWrites(team.organizationId, uniquePhone(), 'Allô');
    await sql(
      `insert into public.notifications (organization_id, user_id, kind, conversation_id, excerpt)
       select $1, u, 'mention', $2, 'Regarde ça' from unnest($3::uuid[]) u`,
      [team.organizationId, conversationId, [team.userIds.agent, team.userIds.admin]],
    );
    const unreadOf = async (persona: 'agent' | 'admin') =>
      (
        await sql<{ n: number }>(
          `select count(*)::int as n from public.notifications
           where conversation_id = $1 and user_id = $2 and read_at is null`,
          [conversationId, team.userIds[persona]],
        )
      )[0]!.n;
    const mark = (unread: boolean) =>
      team.clients.agent.rpc('mark_conversation_read', { conversation_id: conversationId, unread });
    expect((await mark(true)).error).toBeNull();
    expect(await unreadOf('agent')).toBe(1);
    expect((await mark(false)).error).toBeNull();
    expect(await unreadOf('agent')).toBe(0);
    expect(await unreadOf('admin')).toBe(1);
  });

  it('reopens a resolved conversation when the contact writes again the same day', async () => {
    const phone = uniquePhone();
    const first = await contactWrites(team.organizationId, phone, 'Merci');
    await team.clients.admin.rpc('set_conversation_status', {
      conversation_id: first.conversationId,
      status: 'resolved',
    });
    const again = await contactWrites(team.organizationId, phone, 'Encore une question');
    expect(again.conversationId).toBe(first.conversationId);
    expect(again.opened).toBe('reopened');
  });

  it('finds conversations by the words of their messages', async () => {
    const phone = uniquePhone();
    const { conversationId } = await contactWrites(
      team.organizationId,
      phone,
      'Où se trouve l’agence de Bafoussam ?',
    );
    const { data, error } = await team.clients.admin.rpc('inbox_conversations', {
      organization_id: team.organizationId,
      view: 'all',
      statuses: null,
      search: 'bafoussam',
    });
    expect(error).toBeNull();
    expect((data as { id: string }[]).map((c) => c.id)).toEqual([conversationId]);
  });
});
