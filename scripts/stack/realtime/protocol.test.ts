import { describe, expect, it } from 'vitest';
import { decodeFrame, encodeFrame, ProtocolError } from './protocol';

function userBroadcastPush(
  parts: { joinRef: string; ref: string; topic: string; event: string },
  body: Buffer,
  encoding: number,
): Buffer {
  const { joinRef, ref, topic, event } = parts;
  return Buffer.concat([
    Buffer.from([3, joinRef.length, ref.length, topic.length, event.length, 0, encoding]),
    Buffer.from(joinRef + ref + topic + event, 'latin1'),
    body,
  ]);
}

describe('Phoenix frames', () => {
  it('reads vsn 2.0.0 arrays and vsn 1.0.0 objects', () => {
    expect(decodeFrame('2.0.0', Buffer.from('[null,"3","phoenix","heartbeat",{}]'), false)).toEqual(
      {
        joinRef: null,
        ref: '3',
        topic: 'phoenix',
        event: 'heartbeat',
        payload: {},
      },
    );
    const v1 = decodeFrame(
      '1.0.0',
      Buffer.from(
        '{"topic":"realtime:a","event":"phx_join","payload":{},"ref":"1","join_ref":"1"}',
      ),
      false,
    );
    expect(v1).toMatchObject({ joinRef: '1', ref: '1', topic: 'realtime:a', event: 'phx_join' });
  });

  it('reads binary user broadcast pushes with JSON or raw payloads', () => {
    const parts = { joinRef: '1', ref: '2', topic: 'realtime:room', event: 'cursor' };
    const json = decodeFrame('2.0.0', userBroadcastPush(parts, Buffer.from('{"x":1}'), 1), true);
    expect(json).toEqual({
      joinRef: '1',
      ref: '2',
      topic: 'realtime:room',
      event: 'broadcast',
      payload: { type: 'broadcast', event: 'cursor', payload: { x: 1 } },
    });
    const raw = decodeFrame('2.0.0', userBroadcastPush(parts, Buffer.from([1, 2, 3]), 0), true);
    expect(new Uint8Array((raw.payload as { payload: ArrayBuffer }).payload)).toEqual(
      new Uint8Array([1, 2, 3]),
    );
  });

  it('refuses what a client never sends', () => {
    expect(() => decodeFrame('2.0.0', Buffer.from('not json'), false)).toThrow(ProtocolError);
    expect(() => decodeFrame('2.0.0', Buffer.from('[1,2]'), false)).toThrow(ProtocolError);
    expect(() => decodeFrame('2.0.0', Buffer.from([9, 0, 0]), true)).toThrow(ProtocolError);
  });

  it('writes JSON broadcasts as text and raw ones as kind 4 frames', () => {
    const frame = { joinRef: null, ref: null, topic: 'realtime:r', event: 'broadcast' };
    expect(
      encodeFrame('2.0.0', {
        ...frame,
        payload: { type: 'broadcast', event: 'e', payload: { a: 1 } },
      }),
    ).toBe(
      '[null,null,"realtime:r","broadcast",{"type":"broadcast","event":"e","payload":{"a":1}}]',
    );
    const binary = encodeFrame('2.0.0', {
      ...frame,
      payload: { type: 'broadcast', event: 'e', payload: new Uint8Array([7, 8]).buffer },
    }) as Buffer;
    expect([...binary]).toEqual([4, 10, 1, 0, 0, ...Buffer.from('realtime:re'), 7, 8]);
    expect(JSON.parse(encodeFrame('1.0.0', { ...frame, payload: {} }) as string)).toEqual({
      join_ref: null,
      ref: null,
      topic: 'realtime:r',
      event: 'broadcast',
      payload: {},
    });
  });
});
