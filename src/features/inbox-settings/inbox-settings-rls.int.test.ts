import type { PostgrestError, SupabaseClient } from '@supabase/supabase-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../../test-support/database';
import { createTeam, type Persona, type Team } from '../../../test-support/personas';

// What the inbox settings pages rest on, through supabase-js → PostgREST → Postgres as each
// persona: owners and admins write inbox_settings, teams, team_members and canned_responses;
// agents and viewers read them and their writes change nothing (row-level security hides the rows
// from an update or a delete, refuses an insert with 42501); a member of another organisation
// sees nothing of them, and neither does someone signed out.

let team: Team;
const managers = ['owner', 'admin'] as const;
const readers = ['agent', 'viewer'] as const;
const members = [...managers, ...readers] as const;

function client(persona: Persona): SupabaseClient {
  return team.clients[persona];
}

/** A refusal of Postgres: 42501, permission denied or a row-level security violation. */
function expectRefused(error: PostgrestError | null, reason: RegExp) {
  expect(error, 'the write should have been refused').not.toBeNull();
  expect(error!.code).toBe('42501');
  expect(error!.message).toMatch(reason);
}

const rlsViolation = /row-level security/;
// Supabase's default privileges grant every table to anon and authenticated: what a table does not
// grant back after revoking is refused as a privilege, what it leaves granted is refused by RLS.
const refusedEitherWay = /permission denied|row-level security/;

/**
 * A write RLS filters out: no error and no row touched — or, where the privilege itself is
 * withheld, 42501.
 */
function expectNothingWritten(result: { error: PostgrestError | null; count: number | null }) {
  if (result.error) expectRefused(result.error, refusedEitherWay);
  else expect(result.count).toBe(0);
}

let suffix = 0;
const unique = (label: string) => `${label}-${process.pid}-${++suffix}`;

async function insertTeam(name = unique('Équipe')): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `insert into public.teams (organization_id, name) values ($1, $2) returning id`,
    [team.organizationId, name],
  );
  return row!.id;
}

async function insertCannedResponse(code = unique('code')): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `insert into public.canned_responses (organization_id, short_code, content)
     values ($1, $2, 'Bonjour') returning id`,
    [team.organizationId, code],
  );
  return row!.id;
}

beforeAll(async () => {
  team = await createTeam('inbox-settings');
});

describe('inbox_settings', () => {
  it('every member reads their organisation’s settings; the stranger and anon see nothing', async () => {
    for (const persona of members) {
      const { data, error } = await client(persona)
        .from('inbox_settings')
        .select('organization_id, default_capacity, office_hours')
        .eq('organization_id', team.organizationId);
      expect(error, persona).toBeNull();
      expect(data, persona).toHaveLength(1);
    }
    for (const persona of ['stranger', 'anonymous'] as const) {
      const { data, error } = await client(persona)
        .from('inbox_settings')
        .select('organization_id')
        .eq('organization_id', team.organizationId);
      if (persona === 'anonymous' && error) expectRefused(error, refusedEitherWay);
      else {
        expect(error, persona).toBeNull();
        expect(data, persona).toEqual([]);
      }
    }
  });

  it('owners and admins change them; agents, viewers and the stranger change nothing', async () => {
    const hours = {
      '1': [{ open: '09:00', close: '12:00' }],
      '2': [],
      '3': [],
      '4': [],
      '5': [],
      '6': [],
      '7': [],
    };
    for (const [index, persona] of managers.entries()) {
      const minutes = 40 + index;
      const { error, count } = await client(persona)
        .from('inbox_settings')
        .update(
          {
            waiting_alert_minutes: minutes,
            office_hours: hours,
            away_enabled: true,
            away_message: 'Fermé',
          },
          { count: 'exact' },
        )
        .eq('organization_id', team.organizationId);
      expect(error, persona).toBeNull();
      expect(count, persona).toBe(1);
      const [row] = await sql<{ waiting_alert_minutes: number; office_hours: unknown }>(
        `select waiting_alert_minutes, office_hours from public.inbox_settings where organization_id = $1`,
        [team.organizationId],
      );
      expect(row).toEqual({ waiting_alert_minutes: minutes, office_hours: hours });
    }
    for (const persona of [...readers, 'stranger'] as const) {
      const { error, count } = await client(persona)
        .from('inbox_settings')
        .update({ waiting_alert_minutes: 999 }, { count: 'exact' })
        .eq('organization_id', team.organizationId);
      expect(error, persona).toBeNull();
      expect(count, persona).toBe(0);
    }
    expectNothingWritten(
      await client('anonymous')
        .from('inbox_settings')
        .update({ waiting_alert_minutes: 999 }, { count: 'exact' })
        .eq('organization_id', team.organizationId),
    );
    const [row] = await sql<{ waiting_alert_minutes: number }>(
      `select waiting_alert_minutes from public.inbox_settings where organization_id = $1`,
      [team.organizationId],
    );
    expect(row!.waiting_alert_minutes).toBe(41);
  });

  it('nobody inserts, deletes or moves the row to another organisation, not even the owner', async () => {
    const owner = client('owner');
    expectRefused(
      (await owner.from('inbox_settings').insert({ organization_id: team.otherOrganizationId }))
        .error,
      refusedEitherWay,
    );
    expectNothingWritten(
      await owner
        .from('inbox_settings')
        .delete({ count: 'exact' })
        .eq('organization_id', team.organizationId),
    );
    expectRefused(
      (
        await owner
          .from('inbox_settings')
          .update({ organization_id: team.otherOrganizationId })
          .eq('organization_id', team.organizationId)
      ).error,
      refusedEitherWay,
    );
    const rows = await sql(
      `select organization_id from public.inbox_settings where organization_id = any($1)`,
      [[team.organizationId, team.otherOrganizationId]],
    );
    expect(rows).toHaveLength(2);
  });

  it('the database keeps the limits the form checks', async () => {
    const { error } = await client('admin')
      .from('inbox_settings')
      .update({ default_capacity: 501 })
      .eq('organization_id', team.organizationId);
    expect(error?.code).toBe('23514');
    const away = await client('admin')
      .from('inbox_settings')
      .update({ away_message: 'x'.repeat(1025) })
      .eq('organization_id', team.organizationId);
    expect(away.error?.code).toBe('23514');
  });
});

describe('set_agent_capacity', () => {
  it('owners and admins set an agent’s capacity or give it back to the default', async () => {
    const set = await client('admin').rpc('set_agent_capacity', {
      organization_id: team.organizationId,
      user_id: team.userIds.agent,
      capacity: 7,
    });
    expect(set.error).toBeNull();
    const [row] = await sql<{ capacity: number | null }>(
      `select capacity from public.inbox_agents where organization_id = $1 and user_id = $2`,
      [team.organizationId, team.userIds.agent],
    );
    expect(row!.capacity).toBe(7);
    const reset = await client('owner').rpc('set_agent_capacity', {
      organization_id: team.organizationId,
      user_id: team.userIds.agent,
      capacity: null,
    });
    expect(reset.error).toBeNull();
    const [after] = await sql<{ capacity: number | null }>(
      `select capacity from public.inbox_agents where organization_id = $1 and user_id = $2`,
      [team.organizationId, team.userIds.agent],
    );
    expect(after!.capacity).toBeNull();
  });

  it('refuses agents, viewers and the stranger, with its code', async () => {
    for (const persona of [...readers, 'stranger'] as const) {
      const { error } = await client(persona).rpc('set_agent_capacity', {
        organization_id: team.organizationId,
        user_id: team.userIds.agent,
        capacity: 3,
      });
      expect(error?.code, persona).toBe('42501');
      expect(error?.hint, persona).toBe('capacity_requires_admin');
    }
    const { error } = await client('admin').rpc('set_agent_capacity', {
      organization_id: team.organizationId,
      user_id: team.userIds.agent,
      capacity: 501,
    });
    expect(error?.code).toBe('22023');
    expect(error?.hint).toBe('capacity_range');
  });
});

describe('teams', () => {
  it('owners and admins create, rename and delete teams', async () => {
    for (const persona of managers) {
      const name = unique(`Ventes ${persona}`);
      const created = await client(persona)
        .from('teams')
        .insert({ organization_id: team.organizationId, name })
        .select('id')
        .single();
      expect(created.error, persona).toBeNull();
      const id = created.data!.id as string;
      const renamed = await client(persona)
        .from('teams')
        .update({ name: `${name} bis` }, { count: 'exact' })
        .eq('id', id);
      expect(renamed.count, persona).toBe(1);
      const deleted = await client(persona).from('teams').delete({ count: 'exact' }).eq('id', id);
      expect(deleted.count, persona).toBe(1);
    }
  });

  it('a name is unique in the organisation', async () => {
    const name = unique('Support');
    await insertTeam(name);
    const { error } = await client('admin')
      .from('teams')
      .insert({ organization_id: team.organizationId, name });
    expect(error?.code).toBe('23505');
  });

  it('agents and viewers read teams but their writes are refused or change nothing', async () => {
    const id = await insertTeam();
    for (const persona of readers) {
      const read = await client(persona).from('teams').select('id').eq('id', id);
      expect(read.data, persona).toEqual([{ id }]);
      const insert = await client(persona)
        .from('teams')
        .insert({ organization_id: team.organizationId, name: unique('Intruse') });
      expectRefused(insert.error, rlsViolation);
      const rename = await client(persona)
        .from('teams')
        .update({ name: unique('Renommée') }, { count: 'exact' })
        .eq('id', id);
      expect(rename.error, persona).toBeNull();
      expect(rename.count, persona).toBe(0);
      const remove = await client(persona).from('teams').delete({ count: 'exact' }).eq('id', id);
      expect(remove.error, persona).toBeNull();
      expect(remove.count, persona).toBe(0);
    }
    const [row] = await sql(`select 1 from public.teams where id = $1`, [id]);
    expect(row).toBeDefined();
  });

  it('a member of another organisation sees nothing and cannot create a team in it; anon neither', async () => {
    const id = await insertTeam();
    const stranger = client('stranger');
    expect((await stranger.from('teams').select('id').eq('id', id)).data).toEqual([]);
    expectRefused(
      (
        await stranger
          .from('teams')
          .insert({ organization_id: team.organizationId, name: unique('Intruse') })
      ).error,
      rlsViolation,
    );
    expect((await stranger.from('teams').delete({ count: 'exact' }).eq('id', id)).count).toBe(0);
    // An admin here is a stranger there.
    expectRefused(
      (
        await client('admin')
          .from('teams')
          .insert({ organization_id: team.otherOrganizationId, name: unique('Intruse') })
      ).error,
      rlsViolation,
    );
    const anonymous = await client('anonymous').from('teams').select('id').eq('id', id);
    if (anonymous.error) expectRefused(anonymous.error, refusedEitherWay);
    else expect(anonymous.data).toEqual([]);
  });
});

describe('team_members', () => {
  it('owners and admins add and remove members; agents and viewers cannot', async () => {
    const teamId = await insertTeam();
    const row = {
      organization_id: team.organizationId,
      team_id: teamId,
      user_id: team.userIds.agent,
    };
    for (const persona of readers) {
      expectRefused((await client(persona).from('team_members').insert(row)).error, rlsViolation);
    }
    expect((await client('admin').from('team_members').insert(row)).error).toBeNull();
    for (const persona of members) {
      const read = await client(persona)
        .from('team_members')
        .select('user_id')
        .eq('team_id', teamId);
      expect(read.data, persona).toEqual([{ user_id: team.userIds.agent }]);
    }
    for (const persona of readers) {
      const remove = await client(persona)
        .from('team_members')
        .delete({ count: 'exact' })
        .eq('team_id', teamId);
      expect(remove.error, persona).toBeNull();
      expect(remove.count, persona).toBe(0);
    }
    const removed = await client('owner')
      .from('team_members')
      .delete({ count: 'exact' })
      .eq('team_id', teamId)
      .eq('user_id', team.userIds.agent);
    expect(removed.count).toBe(1);
  });

  it('only members of the organisation join its teams; the stranger sees none of them', async () => {
    const teamId = await insertTeam();
    const outsider = await client('admin').from('team_members').insert({
      organization_id: team.organizationId,
      team_id: teamId,
      user_id: team.userIds.stranger,
    });
    // The foreign key to memberships: someone outside the organisation is no one here.
    expect(outsider.error?.code).toBe('23503');
    await sql(
      `insert into public.team_members (organization_id, team_id, user_id) values ($1, $2, $3)`,
      [team.organizationId, teamId, team.userIds.viewer],
    );
    expect(
      (await client('stranger').from('team_members').select('user_id').eq('team_id', teamId)).data,
    ).toEqual([]);
    expectRefused(
      (
        await client('stranger').from('team_members').insert({
          organization_id: team.organizationId,
          team_id: teamId,
          user_id: team.userIds.stranger,
        })
      ).error,
      rlsViolation,
    );
    const anonymous = await client('anonymous')
      .from('team_members')
      .select('user_id')
      .eq('team_id', teamId);
    if (anonymous.error) expectRefused(anonymous.error, refusedEitherWay);
    else expect(anonymous.data).toEqual([]);
  });
});

describe('canned_responses', () => {
  it('owners and admins write them, stamped with their author', async () => {
    for (const persona of managers) {
      const code = unique(persona);
      const created = await client(persona)
        .from('canned_responses')
        .insert({
          organization_id: team.organizationId,
          short_code: code,
          content: 'Bonjour {{contact.name}}',
        })
        .select('id, created_by')
        .single();
      expect(created.error, persona).toBeNull();
      expect(created.data!.created_by, persona).toBe(team.userIds[persona]);
      const id = created.data!.id as string;
      const edited = await client(persona)
        .from('canned_responses')
        .update(
          { content: 'Bonsoir', attachment_url: 'https://exemple.cm/a.pdf' },
          { count: 'exact' },
        )
        .eq('id', id);
      expect(edited.count, persona).toBe(1);
      const deleted = await client(persona)
        .from('canned_responses')
        .delete({ count: 'exact' })
        .eq('id', id);
      expect(deleted.count, persona).toBe(1);
    }
  });

  it('a short code is unique in the organisation (23505), and must follow the rule (23514)', async () => {
    const code = unique('horaires');
    await insertCannedResponse(code);
    const duplicate = await client('admin')
      .from('canned_responses')
      .insert({ organization_id: team.organizationId, short_code: code, content: 'Autre' });
    expect(duplicate.error?.code).toBe('23505');
    expect(duplicate.error?.message).toMatch(/canned_responses_organization_id_short_code_key/);
    for (const shortCode of ['Majuscule', '-tiret', 'x'.repeat(33), 'avec espace']) {
      const invalid = await client('admin')
        .from('canned_responses')
        .insert({ organization_id: team.organizationId, short_code: shortCode, content: 'x' });
      expect(invalid.error?.code, shortCode).toBe('23514');
    }
    const http = await client('admin')
      .from('canned_responses')
      .insert({
        organization_id: team.organizationId,
        short_code: unique('http'),
        content: 'x',
        attachment_url: 'http://exemple.cm/a.pdf',
      });
    expect(http.error?.code).toBe('23514');
    // Another organisation may use the same code.
    const elsewhere = await client('stranger')
      .from('canned_responses')
      .insert({ organization_id: team.otherOrganizationId, short_code: code, content: 'Ailleurs' });
    expect(elsewhere.error).toBeNull();
  });

  it('the author is whoever inserted it, whatever the insert says', async () => {
    const { data, error } = await client('owner')
      .from('canned_responses')
      .insert({
        organization_id: team.organizationId,
        short_code: unique('auteur'),
        content: 'x',
        created_by: team.userIds.agent,
      })
      .select('created_by')
      .single();
    // Refused outright once the column is not granted, else stamped by the trigger.
    if (error) expectRefused(error, refusedEitherWay);
    else expect(data.created_by).toBe(team.userIds.owner);
  });

  it('agents and viewers read them; their writes are refused or change nothing', async () => {
    const id = await insertCannedResponse();
    for (const persona of readers) {
      const read = await client(persona).from('canned_responses').select('id').eq('id', id);
      expect(read.data, persona).toEqual([{ id }]);
      expectRefused(
        (
          await client(persona)
            .from('canned_responses')
            .insert({
              organization_id: team.organizationId,
              short_code: unique('intrus'),
              content: 'x',
            })
        ).error,
        rlsViolation,
      );
      const edit = await client(persona)
        .from('canned_responses')
        .update({ content: 'Réécrit' }, { count: 'exact' })
        .eq('id', id);
      expect(edit.error, persona).toBeNull();
      expect(edit.count, persona).toBe(0);
      const remove = await client(persona)
        .from('canned_responses')
        .delete({ count: 'exact' })
        .eq('id', id);
      expect(remove.error, persona).toBeNull();
      expect(remove.count, persona).toBe(0);
    }
    const [row] = await sql<{ content: string }>(
      `select content from public.canned_responses where id = $1`,
      [id],
    );
    expect(row!.content).toBe('Bonjour');
  });

  it('a member of another organisation sees and changes nothing; anon neither', async () => {
    const id = await insertCannedResponse();
    const stranger = client('stranger');
    expect((await stranger.from('canned_responses').select('id').eq('id', id)).data).toEqual([]);
    expect(
      (
        await stranger
          .from('canned_responses')
          .update({ content: 'x' }, { count: 'exact' })
          .eq('id', id)
      ).count,
    ).toBe(0);
    expect(
      (await stranger.from('canned_responses').delete({ count: 'exact' }).eq('id', id)).count,
    ).toBe(0);
    expectRefused(
      (
        await stranger.from('canned_responses').insert({
          organization_id: team.organizationId,
          short_code: unique('intrus'),
          content: 'x',
        })
      ).error,
      rlsViolation,
    );
    const anonymous = await client('anonymous').from('canned_responses').select('id').eq('id', id);
    if (anonymous.error) expectRefused(anonymous.error, refusedEitherWay);
    else expect(anonymous.data).toEqual([]);
    expectRefused(
      (
        await client('anonymous')
          .from('canned_responses')
          .insert({
            organization_id: team.organizationId,
            short_code: unique('anon'),
            content: 'x',
          })
      ).error,
      refusedEitherWay,
    );
    expectNothingWritten(
      await client('anonymous').from('canned_responses').delete({ count: 'exact' }).eq('id', id),
    );
  });
});
