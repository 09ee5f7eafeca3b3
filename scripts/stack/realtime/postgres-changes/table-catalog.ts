/**
 * What the engine needs to know about a published table and about who may read its columns,
 * cached briefly: every batch needs it, and catalog changes (ALTER TABLE, GRANT, ENABLE ROW LEVEL
 * SECURITY) are rare and need not show within the same second.
 */
import pg from 'pg';

export interface TableColumn {
  name: string;
  /** pg_type.typname, as postgres_changes messages list it (int8, text, _text, …). */
  type: string;
  /** The type as SQL can name it (`bigint`, `text[]`, `public.mood`), for casts. */
  sqlType: string;
  /** json, jsonb or a domain over them: their text is JSON already. */
  isJson: boolean;
}

export interface TableInfo {
  oid: number;
  schema: string;
  name: string;
  /** `"schema"."table"`, ready for SQL. */
  qualifiedName: string;
  /** In attribute order, dropped columns left out. */
  columns: TableColumn[];
  /** Primary key columns, in key order; empty when the table has none. */
  primaryKey: TableColumn[];
  rlsEnabled: boolean;
}

export interface TableCatalog {
  /** undefined when the table no longer exists. */
  table(oid: number): Promise<TableInfo | undefined>;
  /** Columns `role` may SELECT; empty when the role does not exist. */
  selectableColumns(role: string, oid: number): Promise<ReadonlySet<string>>;
  /** Forgets what is cached about the table (its columns changed). */
  invalidate(oid: number): void;
}

const TABLE_SQL = `
select c.oid::int as oid, n.nspname as schema, c.relname as name, c.relrowsecurity as rls_enabled,
  format('%I.%I', n.nspname, c.relname) as qualified_name,
  coalesce((
    select json_agg(json_build_object(
      'name', a.attname,
      'type', t.typname,
      'sqlType', format_type(a.atttypid, null),
      'isJson', (
        with recursive base(oid) as (
          select a.atttypid
          union all
          select d.typbasetype from base join pg_type d on d.oid = base.oid where d.typtype = 'd'
        )
        select bool_or(base.oid in ('json'::regtype, 'jsonb'::regtype)) from base
      )
    ) order by a.attnum)
    from pg_attribute a join pg_type t on t.oid = a.atttypid
    where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
  ), '[]') as columns,
  coalesce((
    select array_agg(a.attname::text order by k.position)
    from pg_index i
    cross join unnest(i.indkey::int2[]) with ordinality as k(attnum, position)
    join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
    where i.indrelid = c.oid and i.indisprimary
  ), '{}') as primary_key
from pg_class c join pg_namespace n on n.oid = c.relnamespace
where c.oid = $1`;

// Joining pg_roles makes an unknown role yield no rows instead of an error.
const SELECTABLE_SQL = `
select a.attname::text as name
from pg_attribute a cross join pg_roles r
where a.attrelid = $1 and a.attnum > 0 and not a.attisdropped and r.rolname = $2
  and has_column_privilege(r.oid, a.attrelid, a.attnum, 'SELECT')`;

/** Entries beyond this count trigger a sweep of expired ones, so dropped tables do not pile up. */
const SWEEP_THRESHOLD = 1000;

class ExpiringCache<T> {
  private readonly entries = new Map<string, { value: Promise<T>; expiresAt: number }>();

  constructor(private readonly ttlMs: number) {}

  get(key: string, load: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const cached = this.entries.get(key);
    if (cached && cached.expiresAt > now) return cached.value;
    if (this.entries.size >= SWEEP_THRESHOLD) {
      for (const [k, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(k);
    }
    const value = load();
    const entry = { value, expiresAt: now + this.ttlMs };
    this.entries.set(key, entry);
    // A failed load must not be served from the cache.
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return value;
  }

  deleteWhere(predicate: (key: string) => boolean): void {
    for (const key of this.entries.keys()) if (predicate(key)) this.entries.delete(key);
  }
}

interface TableRow {
  oid: number;
  schema: string;
  name: string;
  rls_enabled: boolean;
  qualified_name: string;
  columns: TableColumn[];
  primary_key: string[];
}

export function createTableCatalog(pool: pg.Pool, ttlMs = 1000): TableCatalog {
  const tables = new ExpiringCache<TableInfo | undefined>(ttlMs);
  const privileges = new ExpiringCache<ReadonlySet<string>>(ttlMs);
  return {
    table: (oid) =>
      tables.get(String(oid), async () => {
        const { rows } = await pool.query<TableRow>(TABLE_SQL, [oid]);
        const row = rows[0];
        if (!row) return undefined;
        const byName = new Map(row.columns.map((column) => [column.name, column]));
        return {
          oid: row.oid,
          schema: row.schema,
          name: row.name,
          qualifiedName: row.qualified_name,
          columns: row.columns,
          primaryKey: row.primary_key.flatMap((name) => byName.get(name) ?? []),
          rlsEnabled: row.rls_enabled,
        };
      }),
    selectableColumns: (role, oid) =>
      privileges.get(`${oid}:${role}`, async () => {
        const { rows } = await pool.query<{ name: string }>(SELECTABLE_SQL, [oid, role]);
        return new Set(rows.map((row) => row.name));
      }),
    invalidate(oid) {
      tables.deleteWhere((key) => key === String(oid));
      privileges.deleteWhere((key) => key.startsWith(`${oid}:`));
    },
  };
}
