import type { IncomingMessage } from 'node:http';
import net from 'node:net';
import { AuthError } from './errors';
import type { ClientInfo } from './sessions';
import type { JsonObject } from './user-json';

/** GoTrue's request body limit. */
const MAX_BODY_BYTES = 1 << 20;

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  // An oversized body is still drained: leaving the loop early would destroy the socket before
  // the 413 can be sent.
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
  }
  if (size > MAX_BODY_BYTES) {
    throw new AuthError(
      413,
      'request_entity_too_large',
      `Request body too large (max ${MAX_BODY_BYTES} bytes)`,
    );
  }
  return Buffer.concat(chunks).toString('utf8');
}

function badJson(reason: string): AuthError {
  return new AuthError(400, 'bad_json', `Could not parse request body as JSON: ${reason}`);
}

/**
 * A JSON request body with typed access to its fields. As with Go's decoder, null reads as
 * absent and a value of the wrong type is a 400 `bad_json`.
 */
export class Params {
  private constructor(private readonly fields: JsonObject) {}

  static parse(text: string): Params {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw badJson(text.trim() === '' ? 'unexpected end of JSON input' : (error as Error).message);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw badJson('the body must be a JSON object');
    }
    return new Params(value as JsonObject);
  }

  static empty(): Params {
    return new Params({});
  }

  private typed<T>(
    key: string,
    type: string,
    check: (value: unknown) => value is T,
  ): T | undefined {
    const value = this.fields[key];
    if (value === undefined || value === null) return undefined;
    if (!check(value)) throw badJson(`field "${key}" must be ${type}`);
    return value;
  }

  /** A string field, '' when absent (Go's zero value). */
  string(key: string): string {
    return this.optionalString(key) ?? '';
  }

  /** A string field that distinguishes absent from empty (Go's *string). */
  optionalString(key: string): string | undefined {
    return this.typed(key, 'a string', (value): value is string => typeof value === 'string');
  }

  boolean(key: string): boolean {
    return this.optionalBoolean(key) ?? false;
  }

  /** A boolean field that distinguishes absent (or null) from false. */
  optionalBoolean(key: string): boolean | undefined {
    return this.typed(key, 'a boolean', (value): value is boolean => typeof value === 'boolean');
  }

  object(key: string): JsonObject | undefined {
    return this.typed(
      key,
      'an object',
      (value): value is JsonObject => typeof value === 'object' && !Array.isArray(value),
    );
  }
}

export function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The client the gateway saw: the first X-Forwarded-For entry, which it sets. */
export function forwardedFor(req: IncomingMessage): string | undefined {
  return headerValue(req, 'x-forwarded-for')?.split(',')[0]?.trim() || undefined;
}

/** The caller's address: the first X-Forwarded-For entry (set by the gateway), else the socket. */
export function clientInfo(req: IncomingMessage): ClientInfo {
  const address = forwardedFor(req) || req.socket.remoteAddress || '';
  return {
    ip: net.isIP(address) ? address : null,
    userAgent: headerValue(req, 'user-agent') || null,
  };
}
