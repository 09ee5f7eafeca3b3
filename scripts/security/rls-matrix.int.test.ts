import { isDeepStrictEqual } from 'node:util';
import type { PostgrestError, SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceClient } from '../../test-support/clients';
import { createTeam, personas, type Team } from '../../test-support/personas';
import { sql } from '../../test-support/database';
import {
  expectedOutcome,
  rlsMatrix,
  type Operation,
  type Outcome,
  type RelationCase,
  type Row,
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

let team: Team;
let service: SupabaseClient;
beforeAll(async () => {
  team = await createTeam('rls');
  service = serviceClient();
});
afterAll(async () => {
  await Promise.all(Object.values(rlsMatrix).map((entry) => entry.cleanup?.()));
});

function whereKey(key: Row, from = 1): { clause: string; values: unknown[] } {
  const columns = Object.keys(key);
  return {
    clause: columns.map((column, i) => `${column} = $${i + from}`).join(' and '),
    values: columns.map((column) => key[column]),
  };
}

async function rowOf(table: string, key: Row): Promise<Row | undefined> {
  const { clause, values } = whereKey(key);
  const [row] = await sql(`select * from public.${table} where ${clause}`, values);
  return row;
}

/** Whether the row holds the change; a time given as ISO text is compared as a time. */
const carries = (row: Row | undefined, change: Row): boolean =>
  Object.entries(change).every(([column, value]) => {
    const stored = row?.[column];
    return stored instanceof Date
      ? stored.getTime() === Date.parse(String(value))
      : isDeepStrictEqual(stored, value);
  });

/** A verdict, or what happened instead when it was neither an allowance nor an accepted denial. */
type Verdict = Outcome | `unexpected: ${string}`;

/** Denials the matrix accepts: a privilege refusal (42501), never another error. */
const refusal = (error: PostgrestError): Verdict =>
  error.code === '42501' ? 'denied' : `unexpected: ${error.code} ${error.message}`;

/**
 * Does one operation as a client: inserts `subject`, or aims at the row whose key it is. Allowed:
 * it happened (the database says so). Denied: 42501, or an empty result / no row affected with
 * the row untouched.
 */
async function verdictOf(
  client: SupabaseClient,
  table: string,
  entry: RelationCase,
  operation: Operation,
  subject: Row,
): Promise<Verdict> {
  const change = typeof entry.update === 'function' ? entry.update(team) : entry.update!;
  if (operation === 'insert') {
    const { error } = await client.from(table).insert(subject);
    return error ? refusal(error) : 'allowed';
  }
  if (operation === 'select') {
    const { data, error } = await client.from(table).select(entry.key.join(',')).match(subject);
    if (error) return refusal(error);
    if (data.length === 1) return 'allowed';
    return data.length === 0 ? 'denied' : `unexpected: ${data.length} rows`;
  }
  const { error, count } =
    operation === 'update'
      ? await client.from(table).update(change, { count: 'exact' }).match(subject)
      : await client.from(table).delete({ count: 'exact' }).match(subject);
  const after = await rowOf(table, subject);
  const happened = operation === 'update' ? carries(after, change) : after === undefined;
  if (error) return happened ? `unexpected: ${error.code} yet done` : refusal(error);
  if (count === 1 && happened) return 'allowed';
  if (count === 0 && !happened) return 'denied';
  return `unexpected: ${count} row(s) affected, ${happened ? 'done' : 'not done'}`;
}

/**
 * Tries one operation as a persona, after the positive control: the service role does the very
 * same operation on the same kind of row first and must succeed, so a fixture that breaks a
 * foreign key or a check can never pass for a denial. The service role's insert is undone (the
 * persona then inserts the same row); what it changed or deleted was a fixture made for it.
 * For a write the service role is refused too (`serviceRefused`), the control is its refusal of a
 * row it sees.
 */
async function attempt(
  client: SupabaseClient,
  table: string,
  entry: RelationCase,
  team: Team,
  operation: Operation,
): Promise<Verdict> {
  const control = `the service role's ${operation} on public.${table}`;
  const aim = operation === 'delete' ? (entry.deletable ?? entry.target) : entry.target;
  if (operation !== 'select' && entry.serviceRefused?.includes(operation)) {
    const subject = operation === 'insert' ? await entry.insert!(team) : await aim(team);
    if (operation !== 'insert') {
      expect(await verdictOf(service, table, entry, 'select', subject), control).toBe('allowed');
    }
    expect(await verdictOf(service, table, entry, operation, subject), control).toBe('denied');
    return verdictOf(client, table, entry, operation, subject);
  }
  if (operation === 'insert') {
    const row = await entry.insert!(team);
    const { data, error } = await service.from(table).insert(row).select(entry.key.join(','));
    expect(error, control).toBeNull();
    expect(data, control).toHaveLength(1);
    const { clause, values } = whereKey(data![0] as unknown as Row);
    await sql(`delete from public.${table} where ${clause}`, values);
    return verdictOf(client, table, entry, operation, row);
  }
  expect(await verdictOf(service, table, entry, operation, await aim(team)), control).toBe(
    'allowed',
  );
  return verdictOf(client, table, entry, operation, await aim(team));
}

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
