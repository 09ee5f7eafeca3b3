/**
 * Decoder for the messages of Postgres's `pgoutput` logical decoding plugin, protocol version 1
 * (https://www.postgresql.org/docs/current/protocol-logicalrep-message-formats.html). Each row
 * that `pg_logical_slot_peek_binary_changes` returns holds exactly one message.
 */
import type { Lsn } from './lsn';

/** A TOASTed value the UPDATE did not change: pgoutput does not send it again. */
export const UNCHANGED_TOAST: unique symbol = Symbol('unchanged TOAST value');

/** Column values in text form, in the order of the relation's columns; null is SQL NULL. */
export type TupleData = (string | null | typeof UNCHANGED_TOAST)[];

export interface RelationColumn {
  name: string;
  typeOid: number;
  typeModifier: number;
  /** Part of the replica identity (the primary key unless REPLICA IDENTITY says otherwise). */
  isKey: boolean;
}

export type PgoutputMessage =
  | { tag: 'begin'; finalLsn: Lsn; commitTime: bigint; xid: number }
  | { tag: 'commit'; flags: number; commitLsn: Lsn; endLsn: Lsn; commitTime: bigint }
  | { tag: 'origin'; lsn: Lsn; name: string }
  | {
      tag: 'relation';
      relationId: number;
      schema: string;
      table: string;
      replicaIdentity: string;
      columns: RelationColumn[];
    }
  | { tag: 'type'; typeOid: number; schema: string; name: string }
  | { tag: 'insert'; relationId: number; newTuple: TupleData }
  | {
      tag: 'update';
      relationId: number;
      /** 'key': only the replica identity columns are meaningful; 'full': REPLICA IDENTITY FULL. */
      old?: { kind: 'key' | 'full'; tuple: TupleData };
      newTuple: TupleData;
    }
  | { tag: 'delete'; relationId: number; old: { kind: 'key' | 'full'; tuple: TupleData } }
  | { tag: 'truncate'; options: number; relationIds: number[] };

export type RelationMessage = Extract<PgoutputMessage, { tag: 'relation' }>;

/** Microseconds between the Unix epoch and Postgres's epoch (2000-01-01 UTC). */
const POSTGRES_EPOCH_MICROS = 946_684_800_000_000n;

/** A pgoutput timestamp (µs since 2000-01-01 UTC) as a Date, truncated to the millisecond. */
export function pgoutputTimeToDate(micros: bigint): Date {
  const unixMicros = micros + POSTGRES_EPOCH_MICROS;
  // Floor, not truncation toward zero, so instants before 1970 keep their millisecond.
  const millis = unixMicros >= 0n ? unixMicros / 1000n : (unixMicros - 999n) / 1000n;
  return new Date(Number(millis));
}

class Reader {
  private offset = 0;

  constructor(private readonly buffer: Buffer) {}

  byte(): number {
    const value = this.buffer.readUInt8(this.offset);
    this.offset += 1;
    return value;
  }

  int16(): number {
    const value = this.buffer.readInt16BE(this.offset);
    this.offset += 2;
    return value;
  }

  int32(): number {
    const value = this.buffer.readInt32BE(this.offset);
    this.offset += 4;
    return value;
  }

  uint32(): number {
    const value = this.buffer.readUInt32BE(this.offset);
    this.offset += 4;
    return value;
  }

  uint64(): bigint {
    const value = this.buffer.readBigUInt64BE(this.offset);
    this.offset += 8;
    return value;
  }

  int64(): bigint {
    const value = this.buffer.readBigInt64BE(this.offset);
    this.offset += 8;
    return value;
  }

  string(): string {
    const end = this.buffer.indexOf(0, this.offset);
    if (end < 0) throw new Error('pgoutput: unterminated string');
    const value = this.buffer.toString('utf8', this.offset, end);
    this.offset = end + 1;
    return value;
  }

  text(length: number): string {
    if (this.offset + length > this.buffer.length) throw new Error('pgoutput: truncated value');
    const value = this.buffer.toString('utf8', this.offset, this.offset + length);
    this.offset += length;
    return value;
  }

  char(): string {
    return String.fromCharCode(this.byte());
  }
}

function readTuple(reader: Reader): TupleData {
  const count = reader.int16();
  const values: TupleData = new Array(count);
  for (let i = 0; i < count; i += 1) {
    const kind = reader.char();
    if (kind === 'n') values[i] = null;
    else if (kind === 'u') values[i] = UNCHANGED_TOAST;
    else if (kind === 't') values[i] = reader.text(reader.int32());
    else throw new Error(`pgoutput: unsupported tuple value kind '${kind}'`);
  }
  return values;
}

function readOldTuple(reader: Reader, marker: string): { kind: 'key' | 'full'; tuple: TupleData } {
  if (marker === 'K') return { kind: 'key', tuple: readTuple(reader) };
  if (marker === 'O') return { kind: 'full', tuple: readTuple(reader) };
  throw new Error(`pgoutput: unexpected tuple marker '${marker}'`);
}

/** Decodes one message; throws on malformed input or a message type protocol v1 does not send. */
export function parsePgoutputMessage(buffer: Buffer): PgoutputMessage {
  const reader = new Reader(buffer);
  const tag = reader.char();
  switch (tag) {
    case 'B':
      return {
        tag: 'begin',
        finalLsn: reader.uint64(),
        commitTime: reader.int64(),
        xid: reader.uint32(),
      };
    case 'C':
      return {
        tag: 'commit',
        flags: reader.byte(),
        commitLsn: reader.uint64(),
        endLsn: reader.uint64(),
        commitTime: reader.int64(),
      };
    case 'O':
      return { tag: 'origin', lsn: reader.uint64(), name: reader.string() };
    case 'R': {
      const relationId = reader.uint32();
      const schema = reader.string();
      const table = reader.string();
      const replicaIdentity = reader.char();
      const count = reader.int16();
      const columns: RelationColumn[] = [];
      for (let i = 0; i < count; i += 1) {
        const flags = reader.byte();
        columns.push({
          name: reader.string(),
          typeOid: reader.uint32(),
          typeModifier: reader.int32(),
          isKey: (flags & 1) === 1,
        });
      }
      return { tag: 'relation', relationId, schema, table, replicaIdentity, columns };
    }
    case 'Y':
      return {
        tag: 'type',
        typeOid: reader.uint32(),
        schema: reader.string(),
        name: reader.string(),
      };
    case 'I': {
      const relationId = reader.uint32();
      const marker = reader.char();
      if (marker !== 'N') throw new Error(`pgoutput: unexpected tuple marker '${marker}'`);
      return { tag: 'insert', relationId, newTuple: readTuple(reader) };
    }
    case 'U': {
      const relationId = reader.uint32();
      let marker = reader.char();
      let old: { kind: 'key' | 'full'; tuple: TupleData } | undefined;
      if (marker === 'K' || marker === 'O') {
        old = readOldTuple(reader, marker);
        marker = reader.char();
      }
      if (marker !== 'N') throw new Error(`pgoutput: unexpected tuple marker '${marker}'`);
      const newTuple = readTuple(reader);
      return old
        ? { tag: 'update', relationId, old, newTuple }
        : { tag: 'update', relationId, newTuple };
    }
    case 'D': {
      const relationId = reader.uint32();
      return { tag: 'delete', relationId, old: readOldTuple(reader, reader.char()) };
    }
    case 'T': {
      const count = reader.int32();
      const options = reader.byte();
      const relationIds: number[] = [];
      for (let i = 0; i < count; i += 1) relationIds.push(reader.uint32());
      return { tag: 'truncate', options, relationIds };
    }
    default:
      throw new Error(`pgoutput: unsupported message type '${tag}'`);
  }
}
