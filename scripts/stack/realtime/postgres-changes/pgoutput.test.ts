import { describe, expect, it } from 'vitest';
import {
  UNCHANGED_TOAST,
  parsePgoutputMessage,
  pgoutputTimeToDate,
  type TupleData,
} from './pgoutput';

// Byte builders for messages as pgoutput writes them (network byte order, NUL-terminated strings).
const byte = (value: number | string): Buffer =>
  Buffer.from([typeof value === 'string' ? value.charCodeAt(0) : value]);
const int16 = (value: number): Buffer => {
  const buffer = Buffer.alloc(2);
  buffer.writeInt16BE(value);
  return buffer;
};
const int32 = (value: number): Buffer => {
  const buffer = Buffer.alloc(4);
  buffer.writeInt32BE(value);
  return buffer;
};
const uint32 = (value: number): Buffer => {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32BE(value);
  return buffer;
};
const int64 = (value: bigint): Buffer => {
  const buffer = Buffer.alloc(8);
  buffer.writeBigInt64BE(value);
  return buffer;
};
const string = (value: string): Buffer => Buffer.concat([Buffer.from(value, 'utf8'), byte(0)]);
const tuple = (values: TupleData): Buffer =>
  Buffer.concat([
    int16(values.length),
    ...values.map((value) => {
      if (value === null) return byte('n');
      if (value === UNCHANGED_TOAST) return byte('u');
      const text = Buffer.from(value, 'utf8');
      return Buffer.concat([byte('t'), int32(text.length), text]);
    }),
  ]);

const RELATION_ID = 16_610;
// 2025-01-01T10:00:00.123456Z in µs since 2000-01-01.
const COMMIT_TIME = 789_040_800_123_456n;

describe('parsePgoutputMessage', () => {
  it('reads Begin: final LSN, commit time, xid', () => {
    const message = Buffer.concat([
      byte('B'),
      int64(0x1_0000_2a00n),
      int64(COMMIT_TIME),
      uint32(742),
    ]);
    expect(parsePgoutputMessage(message)).toEqual({
      tag: 'begin',
      finalLsn: 0x1_0000_2a00n,
      commitTime: COMMIT_TIME,
      xid: 742,
    });
  });

  it('reads Commit: flags, commit LSN, end LSN, commit time', () => {
    const message = Buffer.concat([
      byte('C'),
      byte(0),
      int64(0x1543b48n),
      int64(0x1543b78n),
      int64(COMMIT_TIME),
    ]);
    expect(parsePgoutputMessage(message)).toEqual({
      tag: 'commit',
      flags: 0,
      commitLsn: 0x1543b48n,
      endLsn: 0x1543b78n,
      commitTime: COMMIT_TIME,
    });
  });

  it('reads Relation with its columns, key flags and UTF-8 names', () => {
    const message = Buffer.concat([
      byte('R'),
      uint32(RELATION_ID),
      string('public'),
      string('salles_réunion'),
      byte('d'),
      int16(2),
      byte(1),
      string('id'),
      uint32(20),
      int32(-1),
      byte(0),
      string('intitulé'),
      uint32(1043),
      int32(104),
    ]);
    expect(parsePgoutputMessage(message)).toEqual({
      tag: 'relation',
      relationId: RELATION_ID,
      schema: 'public',
      table: 'salles_réunion',
      replicaIdentity: 'd',
      columns: [
        { name: 'id', typeOid: 20, typeModifier: -1, isKey: true },
        { name: 'intitulé', typeOid: 1043, typeModifier: 104, isKey: false },
      ],
    });
  });

  it('reads Type and Origin', () => {
    expect(
      parsePgoutputMessage(
        Buffer.concat([byte('Y'), uint32(16_700), string('public'), string('mood')]),
      ),
    ).toEqual({ tag: 'type', typeOid: 16_700, schema: 'public', name: 'mood' });
    expect(
      parsePgoutputMessage(Buffer.concat([byte('O'), int64(0x99n), string('node_a')])),
    ).toEqual({
      tag: 'origin',
      lsn: 0x99n,
      name: 'node_a',
    });
  });

  it('reads Insert with text, null and multi-byte values', () => {
    const message = Buffer.concat([
      byte('I'),
      uint32(RELATION_ID),
      byte('N'),
      tuple(['1', null, 'Douala — café ☕']),
    ]);
    expect(parsePgoutputMessage(message)).toEqual({
      tag: 'insert',
      relationId: RELATION_ID,
      newTuple: ['1', null, 'Douala — café ☕'],
    });
  });

  it('reads Update without an old tuple, with unchanged TOAST values', () => {
    const message = Buffer.concat([
      byte('U'),
      uint32(RELATION_ID),
      byte('N'),
      tuple(['1', 'new', UNCHANGED_TOAST]),
    ]);
    expect(parsePgoutputMessage(message)).toEqual({
      tag: 'update',
      relationId: RELATION_ID,
      newTuple: ['1', 'new', UNCHANGED_TOAST],
    });
  });

  it('reads Update with a key (K) or full (O) old tuple', () => {
    const keyed = Buffer.concat([
      byte('U'),
      uint32(RELATION_ID),
      byte('K'),
      tuple(['1', null, null]),
      byte('N'),
      tuple(['2', 'b', 'c']),
    ]);
    expect(parsePgoutputMessage(keyed)).toEqual({
      tag: 'update',
      relationId: RELATION_ID,
      old: { kind: 'key', tuple: ['1', null, null] },
      newTuple: ['2', 'b', 'c'],
    });
    const full = Buffer.concat([
      byte('U'),
      uint32(RELATION_ID),
      byte('O'),
      tuple(['1', 'a', 'c']),
      byte('N'),
      tuple(['1', 'b', UNCHANGED_TOAST]),
    ]);
    expect(parsePgoutputMessage(full)).toMatchObject({
      old: { kind: 'full', tuple: ['1', 'a', 'c'] },
    });
  });

  it('reads Delete with a key (K) or full (O) old tuple', () => {
    expect(
      parsePgoutputMessage(
        Buffer.concat([byte('D'), uint32(RELATION_ID), byte('K'), tuple(['7', null])]),
      ),
    ).toEqual({ tag: 'delete', relationId: RELATION_ID, old: { kind: 'key', tuple: ['7', null] } });
    expect(
      parsePgoutputMessage(
        Buffer.concat([byte('D'), uint32(RELATION_ID), byte('O'), tuple(['7', 'x'])]),
      ),
    ).toEqual({ tag: 'delete', relationId: RELATION_ID, old: { kind: 'full', tuple: ['7', 'x'] } });
  });

  it('reads Truncate with its relations', () => {
    const message = Buffer.concat([byte('T'), int32(2), byte(1), uint32(10), uint32(11)]);
    expect(parsePgoutputMessage(message)).toEqual({
      tag: 'truncate',
      options: 1,
      relationIds: [10, 11],
    });
  });

  it('rejects what protocol v1 never sends and truncated input', () => {
    expect(() => parsePgoutputMessage(Buffer.concat([byte('Z')]))).toThrow(
      /unsupported message type 'Z'/,
    );
    expect(() =>
      parsePgoutputMessage(
        Buffer.concat([byte('I'), uint32(RELATION_ID), byte('N'), int16(1), byte('b'), int32(0)]),
      ),
    ).toThrow(/tuple value kind 'b'/);
    expect(() =>
      parsePgoutputMessage(Buffer.concat([byte('D'), uint32(RELATION_ID), byte('N'), tuple([])])),
    ).toThrow(/tuple marker 'N'/);
    expect(() =>
      parsePgoutputMessage(
        Buffer.concat([
          byte('I'),
          uint32(RELATION_ID),
          byte('N'),
          int16(1),
          byte('t'),
          int32(10),
          byte('x'),
        ]),
      ),
    ).toThrow(/truncated/);
    expect(() =>
      parsePgoutputMessage(Buffer.concat([byte('Y'), uint32(1), Buffer.from('pub')])),
    ).toThrow(/unterminated string/);
  });
});

describe('pgoutputTimeToDate', () => {
  it('counts microseconds from 2000-01-01 UTC and truncates to the millisecond', () => {
    expect(pgoutputTimeToDate(COMMIT_TIME).toISOString()).toBe('2025-01-01T10:00:00.123Z');
    expect(pgoutputTimeToDate(0n).toISOString()).toBe('2000-01-01T00:00:00.000Z');
    expect(pgoutputTimeToDate(-946_684_800_000_001n).toISOString()).toBe(
      '1969-12-31T23:59:59.999Z',
    );
  });
});
