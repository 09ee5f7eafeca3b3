import { isDeepStrictEqual } from 'node:util';
import type { SupabaseClient } from '@supabase/supabase-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTeam, personas, sql, type Team } from './personas';
import {
  expectedOutcome,
  rlsMatrix,
  type Operation,
  type Outcome,
  type RelationCase,
} from './rls-matrix';

interface Relation extends Record<string, unknown> {
  name: string;
  kind: string;
  rls: boolean;
  options: string;
}

// Every table and view of the exposed schema, read from the catalogue: a new one cannot slip by.
const relations = await sql<Relation>(`
  select c.relname as name, c.relkind::text as kind, c.relrowsecurity as rls,
         coalesce(array_to_string(c.reloptions, ','), '') as options
  from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'f')
  order by c.relname`);

const operations: Operation[] = ['select', 'insert', 'update', 'delete'];

function whereKey(key: Record<string, unknown>, from = 1): { clause: string; values: unknown[] } {
  const columns = Object.keys(key);
  return {
    clause: columns.map((column, i) => `${column} = $${i + from}`).join(' and '),
    values: columns.map((column) => key[column]),
  };
}

async function rowOf(
  table: string,
  key: Record<string, unknown>,
): Promise<Record<string, unknown> | undefined> {
  const { clause, values } = whereKey(key);
  const [row] = await sql(`select * from public.${table} where ${clause}`, values);
  return row;
}

/** Tries one operation as the persona's client; the database's state says whether it happened. */
async function attempt(
  client: SupabaseClient,
  table: string,
  entry: RelationCase,
  team: Team,
  operation: Operation,
): Promise<Outcome> {
  if (operation === 'insert') {
    const { error } = await client.from(table).insert(entry.insert!(team));
    return error ? 'denied' : 'allowed';
  }
  const key = await entry.target(team);
  if (operation === 'select') {
    const { data } = await client.from(table).select(entry.key.join(',')).match(key);
    return data?.length === 1 ? 'allowed' : 'denied';
  }
  if (operation === 'update') {
    await client.from(table).update(entry.update!).match(key);
    const row = await rowOf(table, key);
    const changed = Object.entries(entry.update!).every(([column, value]) =>
      isDeepStrictEqual(row?.[column], value),
    );
    return changed ? 'allowed' : 'denied';
  }
  await client.from(table).delete().match(key);
  return (await rowOf(table, key)) ? 'denied' : 'allowed';
}

let team: Team;
beforeAll(async () => {
  team = await createTeam('rls');
});

describe.each(relations.map((relation) => [relation.name, relation] as const))(
  'public.%s',
  (_, relation) => {
    const entry = rlsMatrix[relation.name];

    it('has an entry in the RLS matrix', () => {
      expect(entry, `add public.${relation.name} to scripts/security/rls-matrix.ts`).toBeDefined();
    });

    if (relation.kind === 'r' || relation.kind === 'p') {
      it('has row-level security enabled', () => {
        expect(relation.rls).toBe(true);
      });
    } else if (relation.kind === 'v') {
      it("runs with the caller's rights (security_invoker), so policies apply", () => {
        expect(relation.options).toContain('security_invoker=true');
      });
    }

    if (!entry) return;
    describe.each(personas)('as %s', (persona) => {
      it.each(operations)('%s', async (operation) => {
        const expected = expectedOutcome(entry, persona, operation);
        expect(await attempt(team.clients[persona], relation.name, entry, team, operation)).toBe(
          expected,
        );
      });
    });
  },
);

it('has no entry for a relation that no longer exists', () => {
  const names = new Set(relations.map((relation) => relation.name));
  expect(Object.keys(rlsMatrix).filter((name) => !names.has(name))).toEqual([]);
});

describe('moving rows between organisations', () => {
  it("lets nobody move the team's rows into another organisation", async () => {
    const invitation = await rlsMatrix.invitations!.target(team);
    for (const persona of personas) {
      const client = team.clients[persona];
      await client
        .from('invitations')
        .update({ organization_id: team.otherOrganizationId })
        .match(invitation);
      await client
        .from('memberships')
        .update({ organization_id: team.otherOrganizationId })
        .match({ organization_id: team.organizationId, user_id: team.userIds.agent });
    }
    expect((await rowOf('invitations', invitation))?.organization_id).toBe(team.organizationId);
    expect(
      await rowOf('memberships', {
        organization_id: team.organizationId,
        user_id: team.userIds.agent,
      }),
    ).toBeDefined();
  });

  it('refuses an admin who tries to carry a membership to another organisation', async () => {
    const { error } = await team.clients.admin
      .from('memberships')
      .update({ organization_id: team.otherOrganizationId })
      .match({ organization_id: team.organizationId, user_id: team.userIds.agent });
    expect(error?.message).toMatch(/ne change pas d'organisation/);
  });
});
