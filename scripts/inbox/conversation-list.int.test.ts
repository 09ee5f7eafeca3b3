import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../test-support/database';
import { createTeam, type Team } from '../../test-support/personas';
import { contactWrites, uniquePhone } from './inbox-fixtures';

// The inbox list (`inbox_conversations`) as the pages ask for it: views, several statuses merged in
// one order, pages that follow each other, the longest-waiting order and each filter.

type Persona = 'agent' | 'admin';
interface Shape {
  status: 'open' | 'pending' | 'snoozed' | 'resolved';
  assignee: Persona | null;
  minutesAgo: number;
  waitingMinutes?: number;
  labels?: string[];
  team?: boolean;
}

// Newest activity first: what every list without a chosen order shows.
const shapes = {
  colleagues: { status: 'open', assignee: 'admin', minutesAgo: 0, team: true },
  mineOpen: { status: 'open', assignee: 'agent', minutesAgo: 1, labels: ['urgent'] },
  unassigned: { status: 'open', assignee: null, minutesAgo: 2, waitingMinutes: 30 },
  mineSnoozed: { status: 'snoozed', assignee: 'agent', minutesAgo: 3 },
  mineResolved: { status: 'resolved', assignee: 'agent', minutesAgo: 4 },
  withTheBot: { status: 'pending', assignee: null, minutesAgo: 5 },
  waitingLonger: { status: 'open', assignee: 'agent', minutesAgo: 6, waitingMinutes: 45 },
} satisfies Record<string, Shape>;
type Name = keyof typeof shapes;

let team: Team;
let teamId: string;
const ids = {} as Record<Name, string>;
const names = new Map<string, Name>();

beforeAll(async () => {
  team = await createTeam('liste');
  await sql(`update public.inbox_settings set auto_assign = false where organization_id = $1`, [
    team.organizationId,
  ]);
  const [created] = await sql<{ id: string }>(
    `insert into public.teams (organization_id, name) values ($1, 'Sinistres') returning id`,
    [team.organizationId],
  );
  teamId = created!.id;
  for (const [name, shape] of Object.entries(shapes) as [Name, Shape][]) {
    const { conversationId } = await contactWrites(
      team.organizationId,
      uniquePhone(),
      `Bonjour, ici ${name}`,
    );
    await sql(
      `update public.conversations set status = $2::public.conversation_status, assignee_id = $3,
         last_activity_at = now() - make_interval(mins => $4),
         waiting_since = case when $5::int is null then null else now() - make_interval(mins => $5::int) end,
         snoozed_until = case when $2::public.conversation_status = 'snoozed' then now() + interval '1 day' end,
         labels = $6, team_id = $7
       where id = $1`,
      [
        conversationId,
        shape.status,
        shape.assignee ? team.userIds[shape.assignee] : null,
        shape.minutesAgo,
        shape.waitingMinutes ?? null,
        shape.labels ?? [],
        shape.team ? teamId : null,
      ],
    );
    ids[name] = conversationId;
    names.set(conversationId, name);
  }
});

async function list(persona: Persona, args: Record<string, unknown>): Promise<Name[]> {
  const { data, error } = await team.clients[persona].rpc('inbox_conversations', {
    organization_id: team.organizationId,
    ...args,
  });
  expect(error).toBeNull();
  return (data as { id: string }[]).map((row) => names.get(row.id)!);
}

const everyStatus = ['open', 'pending', 'snoozed', 'resolved'];

describe('the views', () => {
  it('shows an agent their open conversations by last activity', async () => {
    expect(await list('agent', { view: 'mine', statuses: ['open'] })).toEqual([
      'mineOpen',
      'waitingLonger',
    ]);
  });

  it('merges every status asked into one order', async () => {
    expect(await list('agent', { view: 'mine', statuses: everyStatus })).toEqual([
      'mineOpen',
      'mineSnoozed',
      'mineResolved',
      'waitingLonger',
    ]);
    expect(await list('agent', { view: 'mine', statuses: null })).toEqual(
      await list('agent', { view: 'mine', statuses: everyStatus }),
    );
    expect(await list('agent', { view: 'mine', statuses: ['snoozed', 'resolved'] })).toEqual([
      'mineSnoozed',
      'mineResolved',
    ]);
  });

  it('shows the unassigned ones, and the bot’s apart', async () => {
    expect(await list('agent', { view: 'unassigned', statuses: ['open'] })).toEqual(['unassigned']);
    expect(await list('agent', { view: 'all', statuses: ['pending'] })).toEqual(['withTheBot']);
  });

  it('shows everything to an admin, and an agent all but a colleague’s', async () => {
    const everything = Object.keys(shapes);
    expect(await list('admin', { view: 'all', statuses: null })).toEqual(everything);
    expect(await list('agent', { view: 'all', statuses: null })).toEqual(
      everything.filter((name) => name !== 'colleagues'),
    );
  });

  it('asks for nothing when no status is chosen', async () => {
    expect(await list('admin', { view: 'all', statuses: [] })).toEqual([]);
  });
});

describe('pages and order', () => {
  it('pages follow each other without a gap or a repeat', async () => {
    const pages: Name[] = [];
    for (let offset = 0; offset < 8; offset += 3) {
      pages.push(
        ...(await list('admin', {
          view: 'all',
          statuses: null,
          page_offset: offset,
          page_size: 3,
        })),
      );
    }
    expect(pages).toEqual(Object.keys(shapes));
  });

  it('puts the longest waiting first, then the rest by last activity', async () => {
    expect(await list('admin', { view: 'all', statuses: ['open'], sort: 'waiting' })).toEqual([
      'waitingLonger',
      'unassigned',
      'colleagues',
      'mineOpen',
    ]);
  });
});

describe('filters', () => {
  it('by label whatever its case, and by team', async () => {
    expect(await list('agent', { view: 'all', statuses: null, label: 'URGENT' })).toEqual([
      'mineOpen',
    ]);
    expect(await list('admin', { view: 'all', statuses: null, team_id: teamId })).toEqual([
      'colleagues',
    ]);
  });

  it('unread only: what the member read leaves the list, for them alone', async () => {
    const read = await team.clients.agent.rpc('mark_conversation_read', {
      conversation_id: ids.mineOpen,
    });
    expect(read.error).toBeNull();
    expect(await list('agent', { view: 'mine', statuses: ['open'], unread_only: true })).toEqual([
      'waitingLonger',
    ]);
    expect(await list('admin', { view: 'all', statuses: ['open'], unread_only: true })).toContain(
      'mineOpen',
    );
  });

  it('searches names, numbers and message text', async () => {
    const [contact] = await sql<{ phone: string }>(
      `select k.phone::text as phone from public.conversations c
       join public.contacts k on k.id = c.contact_id where c.id = $1`,
      [ids.unassigned],
    );
    expect(
      await list('admin', { view: 'all', statuses: null, search: contact!.phone.slice(-7) }),
    ).toEqual(['unassigned']);
    expect(await list('admin', { view: 'all', statuses: null, search: 'ICI MINESNOOZED' })).toEqual(
      ['mineSnoozed'],
    );
  });
});
