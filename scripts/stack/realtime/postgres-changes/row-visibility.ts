/**
 * Row-level security as the subscriber: which rows of a batch the subscriber's role, with its JWT
 * claims, can SELECT right now, set up the way PostgREST does (`role` and `request.jwt.claims`
 * set for the transaction), so policies using auth.uid() or auth.jwt() apply unchanged.
 */
import pg from 'pg';
import type { TableInfo } from './table-catalog';
import type { TextRow } from './transactions';
import type { JwtClaims } from './types';

/**
 * Indexes (into `keys`) of the rows the subscriber can see. `keys` hold each row's primary key
 * values as text. One round trip: the statements run in one implicit transaction, so the role
 * and claims apply to the check and end with it.
 */
export async function visibleRowIndexes(
  pool: pg.Pool,
  table: TableInfo,
  claims: JwtClaims,
  keys: TextRow[],
): Promise<Set<number>> {
  if (keys.length === 0) return new Set();
  const keyMatch = table.primaryKey
    .map(
      ({ name, sqlType }) =>
        `t.${pg.escapeIdentifier(name)} = (e.v ->> ${pg.escapeLiteral(name)})::${sqlType}`,
    )
    .join(' and ');
  const sql = `
    select set_config('role', ${pg.escapeLiteral(claims.role)}, true),
           set_config('request.jwt.claims', ${pg.escapeLiteral(JSON.stringify(claims))}, true);
    select (e.i - 1)::int as index
    from jsonb_array_elements(${pg.escapeLiteral(JSON.stringify(keys))}::jsonb) with ordinality as e(v, i)
    where exists (select 1 from ${table.qualifiedName} as t where ${keyMatch})`;
  const results = (await pool.query(sql)) as unknown as pg.QueryResult<{ index: number }>[];
  const rows = results[results.length - 1]?.rows ?? [];
  return new Set(rows.map((row) => row.index));
}
