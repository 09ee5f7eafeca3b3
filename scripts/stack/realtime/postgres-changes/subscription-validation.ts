/**
 * Checks a subscriber's bindings against the database, as upstream Realtime does when it inserts
 * into realtime.subscription: the role exists, each binding covers at least one table of the
 * `supabase_realtime` publication, and each filter names a column the role may read with a value
 * Postgres can cast to that column's type.
 */
import pg from 'pg';
import { PUBLICATION, describeBinding, normalizeBinding, type BindingRequest } from './bindings';
import { conditionSql } from './filters';
import type { Predicate } from './row-typing';
import type { ActiveBinding } from './subscriptions';
import type { JwtClaims, PostgresBinding } from './types';

const MAX_IN_VALUES = 100;

export type BindingsResult =
  { ok: true; bindings: ActiveBinding[] } | { ok: false; message: string };

const PUBLISHED_TABLES_SQL = `
select c.oid::int as oid
from pg_publication_tables p
join pg_namespace n on n.nspname = p.schemaname
join pg_class c on c.relnamespace = n.oid and c.relname = p.tablename
where p.pubname = $1 and ($2 = '*' or p.schemaname = $2) and ($3 = '*' or p.tablename = $3)
order by c.oid`;

const FILTER_COLUMN_SQL = `
select format_type(a.atttypid, null) as sql_type
from pg_attribute a cross join pg_roles r
where a.attrelid = $1 and a.attname = $2 and a.attnum > 0 and not a.attisdropped
  and r.rolname = $3 and has_column_privilege(r.oid, a.attrelid, a.attnum, 'SELECT')`;

async function typedPredicates(
  pool: pg.Pool,
  request: BindingRequest,
  oid: number,
  role: string,
): Promise<Predicate[]> {
  const predicates: Predicate[] = [];
  for (const { column, operator, value } of request.conditions) {
    const { rows } = await pool.query<{ sql_type: string }>(FILTER_COLUMN_SQL, [oid, column, role]);
    const sqlType = rows[0]?.sql_type;
    if (!sqlType) throw new Error(`invalid column for filter ${column}`);
    // Casting the value and applying the operator once proves both work for this type.
    const check = conditionSql(`null::${sqlType}`, operator, '$1', sqlType);
    const count = operator === 'in' ? `cardinality($1::${sqlType}[])` : '0';
    const result = await pool.query<{ count: number }>(
      `select ${check} as matches, ${count} as count`,
      [value],
    );
    if ((result.rows[0]?.count ?? 0) > MAX_IN_VALUES) {
      throw new Error(`too many values for \`in\` filter. Maximum ${MAX_IN_VALUES}`);
    }
    predicates.push({ column, operator, value, sqlType });
  }
  return predicates;
}

async function activeBinding(
  pool: pg.Pool,
  request: BindingRequest,
  role: string,
): Promise<ActiveBinding | undefined> {
  const { rows } = await pool.query<{ oid: number }>(PUBLISHED_TABLES_SQL, [
    PUBLICATION,
    request.schema,
    request.table,
  ]);
  if (rows.length === 0) return undefined;
  const tables = new Map<number, Predicate[]>();
  for (const { oid } of rows) tables.set(oid, await typedPredicates(pool, request, oid, role));
  return { id: request.id, event: request.event, tables };
}

async function assertRoleExists(pool: pg.Pool, role: string): Promise<void> {
  const { rows } = await pool.query('select 1 from pg_roles where rolname = $1', [role]);
  if (rows.length === 0) throw new Error(`role "${role}" does not exist`);
}

function exceptionMessage(request: BindingRequest, error: unknown): string {
  return `Unable to subscribe to changes with given parameters. An exception happened so please check your connect parameters: [${describeBinding(request)}]. Exception: ${(error as Error).message}`;
}

export async function validateBindings(
  pool: pg.Pool,
  bindings: PostgresBinding[],
  claims: JwtClaims,
): Promise<BindingsResult> {
  const requests: BindingRequest[] = [];
  for (const binding of bindings) {
    const normalized = normalizeBinding(binding);
    if (!normalized.ok) return normalized;
    requests.push(normalized.request);
  }
  const active: ActiveBinding[] = [];
  for (const [i, request] of requests.entries()) {
    try {
      if (i === 0) await assertRoleExists(pool, claims.role);
      const binding = await activeBinding(pool, request, claims.role);
      if (!binding) {
        return {
          ok: false,
          message: `Unable to subscribe to changes with given parameters. Please check Realtime is enabled for the given connect parameters: [${describeBinding(request)}]`,
        };
      }
      active.push(binding);
    } catch (error) {
      return { ok: false, message: exceptionMessage(request, error) };
    }
  }
  return { ok: true, bindings: active };
}
