/**
 * Turns a stream of pgoutput messages into committed transactions whose row changes carry their
 * values by column name, still in Postgres's text form.
 */
import type { ChangeEvent } from './types';
import type { Lsn } from './lsn';
import {
  UNCHANGED_TOAST,
  pgoutputTimeToDate,
  type PgoutputMessage,
  type RelationMessage,
  type TupleData,
} from './pgoutput';

/** Column name → text value (null is SQL NULL); a column pgoutput did not send is absent. */
export type TextRow = Record<string, string | null>;

export interface RowChange {
  type: ChangeEvent;
  relationId: number;
  /** INSERT and UPDATE: the new row, unchanged TOASTed values taken from the old row if sent. */
  record?: TextRow;
  /**
   * UPDATE and DELETE: the old row's replica identity columns (the primary key by default; for an
   * UPDATE that did not change them, their current values), or every column with REPLICA
   * IDENTITY FULL.
   */
  oldRecord?: TextRow;
}

export interface CommittedTransaction {
  /** Where the commit record starts: transactions committed after a point P have commitLsn ≥ P. */
  commitLsn: Lsn;
  /** Just past the commit record: consuming the slot up to here consumes this transaction. */
  endLsn: Lsn;
  /** UTC, `YYYY-MM-DDTHH:MI:SS.MSZ`. */
  commitTimestamp: string;
  changes: RowChange[];
}

export interface AssembledBatch {
  transactions: CommittedTransaction[];
  /** Relations whose name or columns differ from the previous Relation message seen for them. */
  changedRelationIds: number[];
}

function sameShape(a: RelationMessage, b: RelationMessage): boolean {
  return (
    a.schema === b.schema &&
    a.table === b.table &&
    a.columns.length === b.columns.length &&
    a.columns.every((column, i) => {
      const other = b.columns[i];
      return (
        other !== undefined &&
        column.name === other.name &&
        column.typeOid === other.typeOid &&
        column.typeModifier === other.typeModifier
      );
    })
  );
}

function toRow(relation: RelationMessage, tuple: TupleData, keysOnly: boolean): TextRow {
  if (tuple.length !== relation.columns.length) {
    throw new Error(
      `pgoutput: ${relation.schema}.${relation.table} has ${relation.columns.length} columns, tuple has ${tuple.length}`,
    );
  }
  const row: TextRow = {};
  relation.columns.forEach((column, i) => {
    const value = tuple[i];
    if (value === UNCHANGED_TOAST || (keysOnly && !column.isKey)) return;
    row[column.name] = value ?? null;
  });
  return row;
}

function updateRecord(
  relation: RelationMessage,
  newTuple: TupleData,
  oldFull: TupleData | undefined,
): TextRow {
  const row = toRow(relation, newTuple, false);
  if (oldFull) {
    relation.columns.forEach((column, i) => {
      const oldValue = oldFull[i];
      if (newTuple[i] === UNCHANGED_TOAST && oldValue !== UNCHANGED_TOAST) {
        row[column.name] = oldValue ?? null;
      }
    });
  }
  return row;
}

function rowChange(
  message: Extract<PgoutputMessage, { tag: 'insert' | 'update' | 'delete' }>,
  relations: Map<number, RelationMessage>,
): RowChange {
  const relation = relations.get(message.relationId);
  if (!relation) throw new Error(`pgoutput: change for unknown relation ${message.relationId}`);
  const { relationId } = message;
  switch (message.tag) {
    case 'insert':
      return { type: 'INSERT', relationId, record: toRow(relation, message.newTuple, false) };
    case 'update': {
      const oldFull = message.old?.kind === 'full' ? message.old.tuple : undefined;
      const oldRecord = message.old
        ? toRow(relation, message.old.tuple, message.old.kind === 'key')
        : toRow(relation, message.newTuple, true);
      return {
        type: 'UPDATE',
        relationId,
        record: updateRecord(relation, message.newTuple, oldFull),
        oldRecord,
      };
    }
    case 'delete':
      return {
        type: 'DELETE',
        relationId,
        oldRecord: toRow(relation, message.old.tuple, message.old.kind === 'key'),
      };
  }
}

/**
 * Groups one batch of messages into committed transactions. `relations` is the caller's memory of
 * Relation messages (pgoutput sends one before a relation's first change in each decoding call);
 * messages after the last Commit, which a batch never holds, are ignored.
 */
export function assembleTransactions(
  messages: Iterable<PgoutputMessage>,
  relations: Map<number, RelationMessage>,
): AssembledBatch {
  const transactions: CommittedTransaction[] = [];
  const changedRelationIds = new Set<number>();
  let changes: RowChange[] = [];
  for (const message of messages) {
    switch (message.tag) {
      case 'begin':
        changes = [];
        break;
      case 'relation': {
        const previous = relations.get(message.relationId);
        if (previous && !sameShape(previous, message)) changedRelationIds.add(message.relationId);
        relations.set(message.relationId, message);
        break;
      }
      case 'insert':
      case 'update':
      case 'delete':
        changes.push(rowChange(message, relations));
        break;
      case 'commit':
        transactions.push({
          commitLsn: message.commitLsn,
          endLsn: message.endLsn,
          commitTimestamp: pgoutputTimeToDate(message.commitTime).toISOString(),
          changes,
        });
        changes = [];
        break;
      case 'origin':
      case 'type':
      case 'truncate':
        // Realtime has no event for TRUNCATE; origins and types carry nothing it needs.
        break;
    }
  }
  return { transactions, changedRelationIds: [...changedRelationIds] };
}
