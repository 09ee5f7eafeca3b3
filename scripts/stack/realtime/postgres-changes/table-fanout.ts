/**
 * The deliveries of one table's changes in one batch, following upstream Realtime's apply_rls:
 * an error instead of the row when the role may not see it at all (no primary key, primary key
 * not readable); else the bindings whose filters the row passes; then, on an RLS table, only the
 * rows the subscriber can SELECT (a DELETE passes, reduced to its primary key).
 */
import type pg from 'pg';
import {
  NO_PRIMARY_KEY,
  UNAUTHORIZED,
  changeData,
  errorData,
  exceedsRecordLimit,
} from './change-data';
import { typeRows, type Predicate, type TypedRow } from './row-typing';
import { visibleRowIndexes } from './row-visibility';
import type { ActiveBinding, Subscription } from './subscriptions';
import type { TableCatalog, TableInfo } from './table-catalog';
import type { RowChange, TextRow } from './transactions';
import type { ChangeData, JwtClaims } from './types';

export interface Candidate {
  subscription: Subscription;
  /** The claims when the batch began: an access_token update applies from the next batch. */
  claims: JwtClaims;
  claimsKey: string;
  /** The subscription's bindings that cover the change's table and event. */
  bindings: ActiveBinding[];
}

export interface PendingChange {
  /** Position in the batch: deliveries happen in this order. */
  position: number;
  change: RowChange;
  commitTimestamp: string;
  candidates: Candidate[];
}

export interface Delivery {
  subscription: Subscription;
  ids: number[];
  data: ChangeData;
}

/** A candidate whose filters the change passed, with the ids of the bindings that matched. */
interface Match {
  candidate: Candidate;
  ids: number[];
}

export interface FanoutContext {
  pool: pg.Pool;
  catalog: TableCatalog;
  log: (line: string) => void;
}

/** The distinct filter conditions of the bindings involved, each evaluated once per row. */
class PredicateSet {
  readonly list: Predicate[] = [];
  private readonly indexes = new Map<string, number>();
  private readonly byBinding = new Map<ActiveBinding, number[]>();

  addBinding(binding: ActiveBinding, oid: number): void {
    if (this.byBinding.has(binding)) return;
    const indexes = (binding.tables.get(oid) ?? []).map((predicate) => {
      const key = JSON.stringify([
        predicate.column,
        predicate.operator,
        predicate.value,
        predicate.sqlType,
      ]);
      let index = this.indexes.get(key);
      if (index === undefined) {
        index = this.list.push(predicate) - 1;
        this.indexes.set(key, index);
      }
      return index;
    });
    this.byBinding.set(binding, indexes);
  }

  passes(binding: ActiveBinding, row: TypedRow | undefined): boolean {
    return (this.byBinding.get(binding) ?? []).every((index) => row?.matches[index] === true);
  }
}

function forbiddenError(
  table: TableInfo,
  change: RowChange,
  selectable: ReadonlySet<string>,
): string | undefined {
  if (change.type === 'DELETE') return undefined;
  if (table.primaryKey.length === 0) return NO_PRIMARY_KEY;
  return table.primaryKey.every((column) => selectable.has(column.name)) ? undefined : UNAUTHORIZED;
}

/** One query for every row of the batch: new and old rows, typed and tested against the filters. */
async function typeChanges(
  pool: pg.Pool,
  table: TableInfo,
  changes: PendingChange[],
  predicates: Predicate[],
): Promise<Map<PendingChange, { record?: TypedRow; oldRecord?: TypedRow }>> {
  const rows: TextRow[] = [];
  for (const { change } of changes) {
    if (change.record) rows.push(change.record);
    if (change.oldRecord) rows.push(change.oldRecord);
  }
  const typed = await typeRows(pool, table, rows, predicates);
  const result = new Map<PendingChange, { record?: TypedRow; oldRecord?: TypedRow }>();
  let next = 0;
  for (const pending of changes) {
    result.set(pending, {
      record: pending.change.record ? typed[next++] : undefined,
      oldRecord: pending.change.oldRecord ? typed[next++] : undefined,
    });
  }
  return result;
}

/** For each distinct claims, the changes its subscribers can see: one query per claims. */
async function rowSecurity(
  context: FanoutContext,
  table: TableInfo,
  matches: Map<PendingChange, Match[]>,
): Promise<Map<string, Set<PendingChange>>> {
  const checks = new Map<string, { claims: JwtClaims; changes: PendingChange[] }>();
  for (const [pending, list] of matches) {
    for (const { candidate } of list) {
      let check = checks.get(candidate.claimsKey);
      if (!check)
        checks.set(candidate.claimsKey, (check = { claims: candidate.claims, changes: [] }));
      if (check.changes[check.changes.length - 1] !== pending) check.changes.push(pending);
    }
  }
  const visible = new Map<string, Set<PendingChange>>();
  await Promise.all(
    [...checks].map(async ([claimsKey, { claims, changes }]) => {
      const keys = changes.map(({ change }) =>
        Object.fromEntries(
          table.primaryKey.map(({ name }) => [name, change.record?.[name] ?? null]),
        ),
      );
      try {
        const indexes = await visibleRowIndexes(context.pool, table, claims, keys);
        visible.set(claimsKey, new Set(changes.filter((_, i) => indexes.has(i))));
      } catch (error) {
        // These subscribers miss these changes; the others still get theirs.
        context.log(
          `RLS ${table.qualifiedName} (rôle ${claims.role}) : ${(error as Error).message}`,
        );
      }
    }),
  );
  return visible;
}

/** Adds `value` to the list kept under `key`. */
export function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function pick(values: Record<string, unknown>, columns: TextRow): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const column of Object.keys(columns)) picked[column] = values[column];
  return picked;
}

/** Deliveries by position in the batch. */
export async function fanOutTable(
  context: FanoutContext,
  oid: number,
  changes: PendingChange[],
): Promise<Map<number, Delivery[]>> {
  const deliveries = new Map<number, Delivery[]>();
  const add = (pending: PendingChange, delivery: Delivery): void =>
    append(deliveries, pending.position, delivery);
  const table = await context.catalog.table(oid);
  if (!table) return deliveries;
  const roles = new Set(changes.flatMap((p) => p.candidates.map((c) => c.claims.role)));
  const selectable = new Map(
    await Promise.all(
      [...roles].map(
        async (role) => [role, await context.catalog.selectableColumns(role, oid)] as const,
      ),
    ),
  );
  const columnsOf = (candidate: Candidate): ReadonlySet<string> =>
    selectable.get(candidate.claims.role) ?? new Set();

  // Errors go to every candidate, whatever its filters, as upstream does.
  const predicates = new PredicateSet();
  const allowed = new Map<PendingChange, Candidate[]>();
  for (const pending of changes) {
    const { change, commitTimestamp } = pending;
    for (const candidate of pending.candidates) {
      const error = forbiddenError(table, change, columnsOf(candidate));
      if (error) {
        const data = errorData(table, change.type, commitTimestamp, error);
        add(pending, {
          subscription: candidate.subscription,
          ids: candidate.bindings.map((b) => b.id),
          data,
        });
        continue;
      }
      for (const binding of candidate.bindings) predicates.addBinding(binding, oid);
      append(allowed, pending, candidate);
    }
  }
  if (allowed.size === 0) return deliveries;
  const typed = await typeChanges(context.pool, table, [...allowed.keys()], predicates.list);

  const matches = new Map<PendingChange, Match[]>();
  for (const [pending, candidates] of allowed) {
    const rows = typed.get(pending);
    // Filters apply to the new row, or to the old one for a DELETE.
    const subject = pending.change.type === 'DELETE' ? rows?.oldRecord : rows?.record;
    const list = candidates
      .map((candidate) => ({
        candidate,
        ids: candidate.bindings.filter((b) => predicates.passes(b, subject)).map((b) => b.id),
      }))
      .filter((match) => match.ids.length > 0);
    if (list.length > 0) matches.set(pending, list);
  }

  const checked = new Map(
    [...matches].filter(([p]) => table.rlsEnabled && p.change.type !== 'DELETE'),
  );
  const visible = await rowSecurity(context, table, checked);

  for (const [pending, list] of matches) {
    const { change, commitTimestamp } = pending;
    const rows = typed.get(pending);
    const tooLarge = exceedsRecordLimit([change.record, change.oldRecord]);
    // Subscribers with the same role see the same payload.
    const byRole = new Map<string, ChangeData>();
    for (const { candidate, ids } of list) {
      if (checked.has(pending) && !visible.get(candidate.claimsKey)?.has(pending)) continue;
      const role = candidate.claims.role;
      let data = byRole.get(role);
      if (!data) {
        data = changeData({
          table,
          type: change.type,
          commitTimestamp,
          selectable: columnsOf(candidate),
          record: change.record && rows?.record && pick(rows.record.values, change.record),
          oldRecord:
            change.oldRecord && rows?.oldRecord && pick(rows.oldRecord.values, change.oldRecord),
          tooLarge,
        });
        byRole.set(role, data);
      }
      add(pending, { subscription: candidate.subscription, ids, data });
    }
  }
  return deliveries;
}
