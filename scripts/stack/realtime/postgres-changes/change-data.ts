/** The `data` of a postgres_changes message as one subscriber's role may see it (reference §3.8). */
import type { TableInfo } from './table-catalog';
import type { TextRow } from './transactions';
import type { ChangeData, ChangeEvent } from './types';

/** Upstream's default max_record_bytes: above it, values longer than 64 bytes are left out. */
export const MAX_RECORD_BYTES = 1024 * 1024;
const MAX_VALUE_BYTES_WHEN_TOO_LARGE = 64;

export const NO_PRIMARY_KEY = 'Error 400: Bad Request, no primary key';
export const UNAUTHORIZED = 'Error 401: Unauthorized';
const PAYLOAD_TOO_LARGE = 'Error 413: Payload Too Large';

/** The length of a change's values, in UTF-16 code units: a cheap measure of its size. */
export function textLength(rows: (TextRow | undefined)[]): number {
  let length = 0;
  for (const row of rows)
    for (const value of Object.values(row ?? {})) length += value?.length ?? 0;
  return length;
}

/** Whether a change's values add up to more than MAX_RECORD_BYTES (UTF-8). */
export function exceedsRecordLimit(rows: (TextRow | undefined)[]): boolean {
  // A UTF-16 unit never takes more than 3 UTF-8 bytes: most changes need no exact count.
  if (textLength(rows) * 3 <= MAX_RECORD_BYTES) return false;
  let bytes = 0;
  for (const row of rows) {
    for (const value of Object.values(row ?? {})) bytes += value ? Buffer.byteLength(value) : 0;
  }
  return bytes > MAX_RECORD_BYTES;
}

function visibleValues(
  values: Record<string, unknown>,
  keep: (column: string) => boolean,
  tooLarge: boolean,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(values)) {
    if (!keep(column)) continue;
    if (tooLarge && Buffer.byteLength(JSON.stringify(value)) > MAX_VALUE_BYTES_WHEN_TOO_LARGE) {
      continue;
    }
    result[column] = value;
  }
  return result;
}

export function changeData(options: {
  table: TableInfo;
  type: ChangeEvent;
  commitTimestamp: string;
  selectable: ReadonlySet<string>;
  /** Typed values of the columns pgoutput sent for the new row (INSERT, UPDATE). */
  record?: Record<string, unknown>;
  /** Typed values of the columns pgoutput sent for the old row (UPDATE, DELETE). */
  oldRecord?: Record<string, unknown>;
  tooLarge: boolean;
}): ChangeData {
  const { table, type, selectable, tooLarge } = options;
  const data: ChangeData = {
    schema: table.schema,
    table: table.name,
    commit_timestamp: options.commitTimestamp,
    type,
    columns: table.columns
      .filter((column) => selectable.has(column.name))
      .map(({ name, type: columnType }) => ({ name, type: columnType })),
    errors: tooLarge ? [PAYLOAD_TOO_LARGE] : null,
  };
  const canSelect = (column: string): boolean => selectable.has(column);
  if (options.record) data.record = visibleValues(options.record, canSelect, tooLarge);
  if (options.oldRecord) {
    // RLS cannot be checked on a row that no longer exists: a DELETE reveals only its key.
    const primaryKey = new Set(table.primaryKey.map((column) => column.name));
    const keep =
      type === 'DELETE' && table.rlsEnabled
        ? (column: string) => canSelect(column) && primaryKey.has(column)
        : canSelect;
    data.old_record = visibleValues(options.oldRecord, keep, tooLarge);
  }
  return data;
}

/** A change the subscriber learns happened but may not see: no columns, no values. */
export function errorData(
  table: TableInfo,
  type: ChangeEvent,
  commitTimestamp: string,
  error: string,
): ChangeData {
  return {
    schema: table.schema,
    table: table.name,
    commit_timestamp: commitTimestamp,
    type,
    columns: [],
    errors: [error],
  };
}
