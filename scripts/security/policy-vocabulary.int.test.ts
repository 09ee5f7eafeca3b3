import { describe, expect, it } from 'vitest';
import { stackInfo } from '../../test-support/clients';
import { sql } from '../../test-support/database';
import { withClient } from '../stack/sql';

// Every row-level security policy asks the caller's organisations once per statement, never once
// per row: a SECURITY DEFINER helper called with the row's column (private.is_member(organization_id))
// cannot be inlined, so it would run for each of the 100,000 rows of a list. Proved on the plans
// Postgres makes for a signed-in member, and on the catalogue.

interface Policy extends Record<string, unknown> {
  schema: string;
  table: string;
  name: string;
  command: string;
  roles: string[];
  using: string | null;
  check: string | null;
}

const policies = await sql<Policy>(`
  select schemaname as schema, tablename as table, policyname as name, cmd as command,
         roles::text[] as roles, qual as using, with_check as check
  from pg_policies
  where schemaname = 'public' or (schemaname, tablename) = ('realtime', 'messages')
  order by 1, 2, 3`);

/** The plan of `statement` as PostgREST would run it for a signed-in user (nothing is executed). */
async function planAsMember(
  statement: string,
  options: { topic?: string; indexesOnly?: boolean } = {},
): Promise<string> {
  return withClient(stackInfo().dbUrl, async (client) => {
    await client.query('begin');
    try {
      await client.query('set local role authenticated');
      await client.query(`select set_config('request.jwt.claims', $1, true)`, [
        JSON.stringify({ sub: crypto.randomUUID(), role: 'authenticated' }),
      ]);
      if (options.topic) {
        await client.query(`select set_config('realtime.topic', $1, true)`, [options.topic]);
      }
      // The test tables are small: without this the planner may read them whole anyway.
      if (options.indexesOnly) await client.query('set local enable_seqscan = off');
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(
        `explain (costs off) ${statement}`,
      );
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    } finally {
      await client.query('rollback');
    }
  });
}

/**
 * The helper runs in an InitPlan; no filter or subplan calls a private function per row. The one
 * subplan allowed is a message's probe of its own conversation by primary key (public.messages).
 */
function expectEvaluatedOncePerStatement(plan: string): void {
  expect(plan).toMatch(/InitPlan/);
  const subPlans = plan.split('\n').filter((line) => /SubPlan \d+$/.test(line.trim()));
  for (const line of subPlans) {
    const next = plan.split('\n')[plan.split('\n').indexOf(line) + 1] ?? '';
    expect(next).toMatch(/Index Scan using conversations_pkey on conversations c/);
  }
  expect(plan).not.toMatch(/hashed SubPlan/);
  for (const line of plan.split('\n')) {
    if (/(Filter|Cond):/.test(line)) expect(line).not.toMatch(/private\./);
  }
}

// A column each table lets members write, for an UPDATE to plan (EXPLAIN checks privileges).
const writable: Record<string, string> = {
  bot_flows: 'name',
  bot_settings: 'max_misunderstood',
  bot_synonyms: 'expansion',
  campaigns: 'name',
  canned_responses: 'content',
  faq_entries: 'answer',
  faq_questions: 'question',
  inbox_settings: 'waiting_alert_minutes',
  teams: 'name',
  contacts: 'name',
  memberships: 'role',
  organizations: 'name',
  profiles: 'full_name',
  segments: 'name',
  whatsapp_templates: 'parameter_mapping',
};

const statements: Record<string, (table: string) => string> = {
  SELECT: (table) => `select * from public.${table}`,
  UPDATE: (table) => `update public.${table} set ${writable[table]} = ${writable[table]}`,
  DELETE: (table) => `delete from public.${table}`,
};

describe('row-level security policies', () => {
  it('exist, and each names the role it applies to', () => {
    expect(policies.length).toBeGreaterThan(20);
    for (const policy of policies) {
      expect(policy.roles, `${policy.table}: ${policy.name}`).not.toContain('public');
    }
  });

  it('call no private helper with a column of the row', () => {
    for (const policy of policies) {
      for (const expression of [policy.using, policy.check]) {
        if (!expression) continue;
        // Each private helper is called inside `(select …)` or `array(select …)`, with constants only.
        for (const call of expression.matchAll(/private\.\w+\(([^)]*)\)/g)) {
          const before = expression.slice(0, call.index);
          expect(before, `${policy.table}: ${policy.name}`).toMatch(/(ARRAY\(|\()\s*SELECT\s+$/i);
          expect(call[1], `${policy.table}: ${policy.name}`).not.toMatch(/^\s*[a-z_]+\s*(,|$)/);
        }
      }
    }
  });

  const planned = [
    ...new Set(
      policies
        .filter((policy) => policy.schema === 'public' && policy.command in statements)
        .filter((policy) => policy.using !== 'true')
        .map((policy) => `${policy.command} ${policy.table}`),
    ),
  ];

  it.each(planned)('%s: the helper is an InitPlan', async (entry) => {
    const [command, table] = entry.split(' ') as [string, string];
    expectEvaluatedOncePerStatement(await planAsMember(statements[command]!(table)));
  });

  it.each(['campaign-progress:0000', 'inbox:0000'])(
    'realtime.messages: the check of %s is an InitPlan',
    async (topic) => {
      const plan = await planAsMember(
        `select 1 from realtime.messages where topic = realtime.topic()`,
        { topic },
      );
      expectEvaluatedOncePerStatement(plan);
    },
  );

  it('list queries use the organisation index under the policy', async () => {
    const plan = await planAsMember(`select * from public.contacts where phone = '+237670000000'`, {
      indexesOnly: true,
    });
    expect(plan).toMatch(/Index Cond: \(\(organization_id = ANY \(\(InitPlan \d+\)/);
  });

  it('read only indexed columns of the tables they guard', async () => {
    const unindexed = await sql<{ table: string; policy: string; column: string }>(`
      select c.relname as table, p.polname as policy, a.attname as column
      from pg_policy p
      join pg_class c on c.oid = p.polrelid
      join pg_depend d on d.classid = 'pg_policy'::regclass and d.objid = p.oid
                      and d.refclassid = 'pg_class'::regclass and d.refobjid = p.polrelid
                      and d.refobjsubid > 0
      join pg_attribute a on a.attrelid = p.polrelid and a.attnum = d.refobjsubid
      where c.relnamespace = 'public'::regnamespace
        and not exists (select 1 from pg_index i
                        where i.indrelid = p.polrelid and a.attnum = any (i.indkey::int2[]))
      order by 1, 2, 3`);
    expect(unindexed).toEqual([]);
  });
});
