// The ledger is read newest first, 50 lines at a time, by keyset on (created_at, id): the
// index credit_ledger_organization_created_idx serves each page directly, however deep, and lines
// written while someone reads do not shift the next page. Lines written in one transaction share
// their instant to the microsecond; the id breaks the tie, and the instant is sent back as
// PostgREST gave it (microseconds included), never through a JavaScript Date, which would drop
// them and skip or repeat lines.

export const ledgerPageSize = 50;

export type LedgerCursor = { createdAt: string; id: number };

/** The lines of one page and where the next one starts, if there is one. */
export type LedgerPage<T> = { entries: T[]; next: LedgerCursor | null };

/**
 * A page from the rows of a request for `pageSize + 1` lines: the extra line only says that more
 * follow, so « Voir plus » never leads to an empty page.
 */
export function toLedgerPage<T extends LedgerCursor>(
  rows: readonly T[],
  pageSize: number = ledgerPageSize,
): LedgerPage<T> {
  const entries = rows.slice(0, pageSize);
  const last = entries.at(-1);
  return {
    entries,
    next: rows.length > pageSize && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}

/**
 * PostgREST's `or` condition for the lines after `cursor` in (created_at desc, id desc) order. The
 * instant is quoted: its `:`, `.` and `+` would otherwise be read as the filter's own syntax.
 */
export function afterCursorFilter(cursor: LedgerCursor): string {
  const at = `"${cursor.createdAt}"`;
  return `created_at.lt.${at},and(created_at.eq.${at},id.lt.${cursor.id})`;
}
