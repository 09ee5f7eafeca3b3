import { describe, expect, it } from 'vitest';
import { UNCHANGED_TOAST, type PgoutputMessage, type RelationMessage } from './pgoutput';
import { assembleTransactions } from './transactions';

const relation: RelationMessage = {
  tag: 'relation',
  relationId: 42,
  schema: 'public',
  table: 'messages',
  replicaIdentity: 'd',
  columns: [
    { name: 'id', typeOid: 20, typeModifier: -1, isKey: true },
    { name: 'body', typeOid: 25, typeModifier: -1, isKey: false },
    { name: 'attachment', typeOid: 25, typeModifier: -1, isKey: false },
  ],
};
// 2025-01-01T10:00:00.123456Z in µs since 2000-01-01.
const commitTime = 789_040_800_123_456n;

function transaction(commitLsn: bigint, ...changes: PgoutputMessage[]): PgoutputMessage[] {
  return [
    { tag: 'begin', finalLsn: commitLsn, commitTime, xid: 1 },
    ...changes,
    { tag: 'commit', flags: 0, commitLsn, endLsn: commitLsn + 0x30n, commitTime },
  ];
}

describe('assembleTransactions', () => {
  it('groups changes by transaction with named text values and the commit time in UTC', () => {
    const { transactions } = assembleTransactions(
      [
        ...transaction(
          0x100n,
          relation,
          { tag: 'insert', relationId: 42, newTuple: ['1', 'hi', null] },
          { tag: 'insert', relationId: 42, newTuple: ['2', 'yo', 'x'] },
        ),
        ...transaction(0x200n, { tag: 'truncate', options: 0, relationIds: [42] }),
      ],
      new Map(),
    );
    expect(transactions).toEqual([
      {
        commitLsn: 0x100n,
        endLsn: 0x130n,
        commitTimestamp: '2025-01-01T10:00:00.123Z',
        changes: [
          { type: 'INSERT', relationId: 42, record: { id: '1', body: 'hi', attachment: null } },
          { type: 'INSERT', relationId: 42, record: { id: '2', body: 'yo', attachment: 'x' } },
        ],
      },
      {
        commitLsn: 0x200n,
        endLsn: 0x230n,
        commitTimestamp: '2025-01-01T10:00:00.123Z',
        changes: [],
      },
    ]);
  });

  it('gives an UPDATE without old tuple the key of the new row as old record, leaving out unchanged TOAST', () => {
    const { transactions } = assembleTransactions(
      transaction(0x100n, relation, {
        tag: 'update',
        relationId: 42,
        newTuple: ['1', 'edited', UNCHANGED_TOAST],
      }),
      new Map(),
    );
    expect(transactions[0]?.changes).toEqual([
      {
        type: 'UPDATE',
        relationId: 42,
        record: { id: '1', body: 'edited' },
        oldRecord: { id: '1' },
      },
    ]);
  });

  it('keeps only key columns of a K old tuple and everything of an O tuple, filling unchanged TOAST', () => {
    const { transactions } = assembleTransactions(
      transaction(
        0x100n,
        relation,
        {
          tag: 'update',
          relationId: 42,
          old: { kind: 'key', tuple: ['1', null, null] },
          newTuple: ['2', 'b', UNCHANGED_TOAST],
        },
        {
          tag: 'update',
          relationId: 42,
          old: { kind: 'full', tuple: ['2', 'b', 'big'] },
          newTuple: ['2', 'c', UNCHANGED_TOAST],
        },
        { tag: 'delete', relationId: 42, old: { kind: 'key', tuple: ['2', null, null] } },
        { tag: 'delete', relationId: 42, old: { kind: 'full', tuple: ['3', 'd', null] } },
      ),
      new Map(),
    );
    expect(transactions[0]?.changes).toEqual([
      { type: 'UPDATE', relationId: 42, record: { id: '2', body: 'b' }, oldRecord: { id: '1' } },
      {
        type: 'UPDATE',
        relationId: 42,
        record: { id: '2', body: 'c', attachment: 'big' },
        oldRecord: { id: '2', body: 'b', attachment: 'big' },
      },
      { type: 'DELETE', relationId: 42, oldRecord: { id: '2' } },
      { type: 'DELETE', relationId: 42, oldRecord: { id: '3', body: 'd', attachment: null } },
    ]);
  });

  it('remembers relations across batches and reports the ones whose columns changed', () => {
    const relations = new Map<number, RelationMessage>();
    expect(assembleTransactions([relation], relations).changedRelationIds).toEqual([]);
    expect(assembleTransactions([relation], relations).changedRelationIds).toEqual([]);
    const { transactions } = assembleTransactions(
      transaction(0x100n, { tag: 'insert', relationId: 42, newTuple: ['1', 'a', 'b'] }),
      relations,
    );
    expect(transactions[0]?.changes[0]?.record).toEqual({ id: '1', body: 'a', attachment: 'b' });

    const altered: RelationMessage = {
      ...relation,
      columns: [...relation.columns, { name: 'room', typeOid: 23, typeModifier: -1, isKey: false }],
    };
    expect(assembleTransactions([altered], relations).changedRelationIds).toEqual([42]);
  });

  it('rejects a change for an unknown relation or with the wrong number of values', () => {
    expect(() =>
      assembleTransactions(
        transaction(0x100n, { tag: 'insert', relationId: 7, newTuple: [] }),
        new Map(),
      ),
    ).toThrow(/unknown relation 7/);
    expect(() =>
      assembleTransactions(
        transaction(0x100n, relation, { tag: 'insert', relationId: 42, newTuple: ['1'] }),
        new Map(),
      ),
    ).toThrow(/3 columns, tuple has 1/);
  });

  it('ignores messages after the last commit', () => {
    const { transactions } = assembleTransactions(
      [relation, { tag: 'begin', finalLsn: 0x100n, commitTime, xid: 1 }],
      new Map(),
    );
    expect(transactions).toEqual([]);
  });
});
