/**
 * Phoenix channel frames as realtime-js speaks them: vsn 1.0.0 sends JSON objects; vsn 2.0.0 sends
 * JSON arrays `[join_ref, ref, topic, event, payload]`, plus binary frames for user broadcasts
 * (kind 3 from the client, kind 4 to it).
 */

export type Vsn = '1.0.0' | '2.0.0';

export interface Frame {
  joinRef: string | null;
  ref: string | null;
  topic: string;
  event: string;
  payload: unknown;
}

/** A user broadcast whose payload is raw bytes rather than JSON. */
export interface BinaryBroadcast {
  type: 'broadcast';
  event: string;
  payload: ArrayBuffer;
  meta?: unknown;
}

const USER_BROADCAST_PUSH = 3;
const USER_BROADCAST = 4;
const BINARY_ENCODING = 0;
const JSON_ENCODING = 1;

export class ProtocolError extends Error {}

function asRef(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

function fromParts(parts: unknown): Frame {
  if (
    !Array.isArray(parts) ||
    parts.length !== 5 ||
    typeof parts[2] !== 'string' ||
    typeof parts[3] !== 'string'
  ) {
    throw new ProtocolError('malformed frame');
  }
  return {
    joinRef: asRef(parts[0]),
    ref: asRef(parts[1]),
    topic: parts[2],
    event: parts[3],
    payload: parts[4],
  };
}

function decodeUserBroadcastPush(bytes: Buffer): Frame {
  if (bytes.length < 7) throw new ProtocolError('truncated binary frame');
  const sizes = [bytes[1]!, bytes[2]!, bytes[3]!, bytes[4]!, bytes[5]!];
  const encoding = bytes[6];
  let offset = 7;
  const [joinRef, ref, topic, event, metadata] = sizes.map((size) => {
    const text = bytes.subarray(offset, offset + size).toString('latin1');
    offset += size;
    return text;
  }) as [string, string, string, string, string];
  if (offset > bytes.length) throw new ProtocolError('truncated binary frame');
  const body = bytes.subarray(offset);
  const payload: Record<string, unknown> = {
    type: 'broadcast',
    event,
    payload:
      encoding === JSON_ENCODING
        ? (JSON.parse(body.toString('utf8')) as unknown)
        : body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength),
  };
  if (metadata) payload.meta = JSON.parse(metadata) as unknown;
  return { joinRef: joinRef || null, ref: ref || null, topic, event: 'broadcast', payload };
}

/** Reads one frame; throws ProtocolError on anything the client would never send. */
export function decodeFrame(vsn: Vsn, data: Buffer, isBinary: boolean): Frame {
  if (isBinary) {
    if (vsn !== '2.0.0' || data[0] !== USER_BROADCAST_PUSH)
      throw new ProtocolError('unexpected binary frame');
    return decodeUserBroadcastPush(data);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(data.toString('utf8'));
  } catch {
    throw new ProtocolError('invalid JSON');
  }
  if (vsn === '2.0.0') return fromParts(parsed);
  const object = (parsed ?? {}) as Record<string, unknown>;
  return fromParts([object.join_ref, object.ref, object.topic, object.event, object.payload]);
}

function isBinaryBroadcast(frame: Frame): frame is Frame & { payload: BinaryBroadcast } {
  const payload = frame.payload as Partial<BinaryBroadcast> | null;
  return frame.event === 'broadcast' && payload?.payload instanceof ArrayBuffer;
}

/** Encodes one frame for a socket; binary broadcast payloads need vsn 2.0.0's kind 4 frame. */
export function encodeFrame(vsn: Vsn, frame: Frame): string | Buffer {
  if (isBinaryBroadcast(frame)) {
    const { event, meta, payload } = frame.payload;
    const metadata = meta === undefined ? '' : JSON.stringify(meta);
    const header = Buffer.from([
      USER_BROADCAST,
      frame.topic.length,
      event.length,
      metadata.length,
      BINARY_ENCODING,
    ]);
    return Buffer.concat([
      header,
      Buffer.from(frame.topic + event + metadata, 'latin1'),
      Buffer.from(payload),
    ]);
  }
  if (vsn === '2.0.0') {
    return JSON.stringify([frame.joinRef, frame.ref, frame.topic, frame.event, frame.payload]);
  }
  return JSON.stringify({
    join_ref: frame.joinRef,
    ref: frame.ref,
    topic: frame.topic,
    event: frame.event,
    payload: frame.payload,
  });
}
