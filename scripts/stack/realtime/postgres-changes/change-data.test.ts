import { describe, expect, it } from 'vitest';
import { MAX_RECORD_BYTES, changeData, errorData, exceedsRecordLimit } from './change-data';
import type { TableColumn, TableInfo } from './table-catalog';

const column = (name: string, type: string): TableColumn => ({
  name,
  type,
  sqlType: type,
  isJson: false,
});
const id = column('id', 'int8');
const table: TableInfo = {
  oid: 1,
  schema: 'public',
  name: 'messages',
  qualifiedName: 'public.messages',
  columns: [id, column('owner', 'uuid'), column('body', 'text'), column('secret', 'text')],
  primaryKey: [id],
  rlsEnabled: true,
};
const everyone = new Set(['id', 'owner', 'body', 'secret']);
const common = { table, commitTimestamp: '2025-01-01T10:00:00.123Z', tooLarge: false };

describe('changeData', () => {
  it('lists only the columns the role may select, in table order, and restricts values to them', () => {
    const data = changeData({
      ...common,
      type: 'INSERT',
      selectable: new Set(['body', 'id', 'owner']),
      record: { id: 1, owner: 'u', body: 'hi', secret: 's' },
    });
    expect(data).toEqual({
      schema: 'public',
      table: 'messages',
      commit_timestamp: '2025-01-01T10:00:00.123Z',
      type: 'INSERT',
      columns: [
        { name: 'id', type: 'int8' },
        { name: 'owner', type: 'uuid' },
        { name: 'body', type: 'text' },
      ],
      record: { id: 1, owner: 'u', body: 'hi' },
      errors: null,
    });
  });

  it('reduces the old record of a DELETE on an RLS table to its primary key', () => {
    const oldRecord = { id: 1, owner: 'u', body: 'hi', secret: 's' };
    expect(
      changeData({ ...common, type: 'DELETE', selectable: everyone, oldRecord }).old_record,
    ).toEqual({
      id: 1,
    });
    expect(
      changeData({
        ...common,
        table: { ...table, rlsEnabled: false },
        type: 'DELETE',
        selectable: everyone,
        oldRecord,
      }).old_record,
    ).toEqual(oldRecord);
    expect(
      changeData({ ...common, type: 'UPDATE', selectable: everyone, record: oldRecord, oldRecord })
        .old_record,
    ).toEqual(oldRecord);
  });

  it('drops values over 64 bytes when the change is too large, and says so', () => {
    const data = changeData({
      ...common,
      type: 'INSERT',
      selectable: everyone,
      record: { id: 1, body: 'x'.repeat(100), secret: 'short' },
      tooLarge: true,
    });
    expect(data.record).toEqual({ id: 1, secret: 'short' });
    expect(data.errors).toEqual(['Error 413: Payload Too Large']);
  });
});

describe('errorData', () => {
  it('carries no column and no value', () => {
    expect(errorData(table, 'UPDATE', common.commitTimestamp, 'Error 401: Unauthorized')).toEqual({
      schema: 'public',
      table: 'messages',
      commit_timestamp: common.commitTimestamp,
      type: 'UPDATE',
      columns: [],
      errors: ['Error 401: Unauthorized'],
    });
  });
});

describe('exceedsRecordLimit', () => {
  it('counts UTF-8 bytes of new and old values together', () => {
    const half = 'x'.repeat(MAX_RECORD_BYTES / 2);
    expect(exceedsRecordLimit([{ a: half }, undefined])).toBe(false);
    expect(exceedsRecordLimit([{ a: half }, { a: half, b: 'x' }])).toBe(true);
    expect(exceedsRecordLimit([{ a: 'é'.repeat(MAX_RECORD_BYTES / 2 + 1), b: null }])).toBe(true);
  });
});
