/**
 * Postgres itself turns pgoutput's text values into JSON, so every type comes out exactly as
 * `to_jsonb` of the stored row would (numbers, booleans, arrays, json, timestamps in UTC), and
 * evaluates the subscribers' filters on the typed row. One query per table and batch.
 */
import pg from 'pg';
import { conditionSql, type FilterOperator } from './filters';
import type { TableInfo } from './table-catalog';
import type { TextRow } from './transactions';

/** One distinct filter condition, its value cast to the column's type. */
export interface Predicate {
  column: string;
  operator: FilterOperator;
  value: string;
  sqlType: string;
}

export interface TypedRow {
  /** `to_jsonb` of the row: every column of the table, null where the text row had none. */
  values: Record<string, unknown>;
  /** For each predicate, in order: whether the row satisfies it (NULL counts as false). */
  matches: boolean[];
}

/** The rows as one JSON array of objects; json columns are embedded as JSON, not as strings. */
function rowsJson(table: TableInfo, rows: TextRow[]): string {
  const jsonColumns = new Set(table.columns.filter((c) => c.isJson).map((c) => c.name));
  const parts = rows.map((row) => {
    const fields = Object.entries(row).map(([name, text]) => {
      const value = text === null ? 'null' : jsonColumns.has(name) ? text : JSON.stringify(text);
      return `${JSON.stringify(name)}:${value}`;
    });
    return `{${fields.join(',')}}`;
  });
  return `[${parts.join(',')}]`;
}

export async function typeRows(
  pool: pg.Pool,
  table: TableInfo,
  rows: TextRow[],
  predicates: Predicate[],
): Promise<TypedRow[]> {
  if (rows.length === 0) return [];
  const predicateColumns = predicates.map(
    (p, i) =>
      `coalesce(${conditionSql(`r.${pg.escapeIdentifier(p.column)}`, p.operator, `$${i + 2}`, p.sqlType)}, false) as m${i}`,
  );
  const sql = `
    select to_jsonb(r) as values${predicateColumns.map((column) => `, ${column}`).join('')}
    from jsonb_array_elements($1::jsonb) with ordinality as e(v, i)
    cross join lateral jsonb_populate_record(null::${table.qualifiedName}, e.v) as r
    order by e.i`;
  const result = await pool.query<Record<string, unknown>>(sql, [
    rowsJson(table, rows),
    ...predicates.map((p) => p.value),
  ]);
  return result.rows.map((row) => ({
    values: row.values as Record<string, unknown>,
    matches: predicates.map((_, i) => row[`m${i}`] === true),
  }));
}
