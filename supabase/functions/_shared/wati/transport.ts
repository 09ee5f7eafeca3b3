import type { z } from 'zod';
import { OutgoingUrlRefusedError, type OutgoingRequestInit } from '../outgoing-url/guard.ts';
import { watiAuthorization, type WatiBases } from './endpoint.ts';
import {
  errorFromResponse,
  parseRetryAfter,
  WatiError,
  WatiServerError,
  WatiUnknownError,
  WatiUnknownOutcomeError,
} from './errors.ts';
import { retryDelay, type RetryPolicy } from './retry.ts';

export type WatiFetch = (url: string, init: OutgoingRequestInit) => Promise<Response>;

export interface TransportConfig {
  bases: WatiBases;
  token: string;
  fetch: WatiFetch;
  timeoutMs: number;
  retry: RetryPolicy;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export interface WatiCall<T> {
  /** The client method, for errors and logs; the URL is left out of them (it may hold a phone). */
  operation: string;
  method: 'GET' | 'POST' | 'PUT';
  api: 'v3' | 'legacy';
  /** After `/api/ext/v3` or `/{tenant}/api`, path segments already encoded. */
  path: string;
  query?: Record<string, string | number | null | undefined>;
  body?: unknown;
  /** Repeating the call cannot repeat an effect: reads and idempotent updates. */
  repeatable: boolean;
  schema: z.ZodType<T>;
}

export type WatiRequest = <T>(call: WatiCall<T>) => Promise<T>;

const DETAIL_LIMIT = 300;
const REDACTED = '[redacted]';
// Failures where the connection never carried the request, whatever the call.
const NOT_SENT = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|connection refused|dns error|failed to lookup/i;

export function createTransport(config: TransportConfig): WatiRequest {
  const { bases, fetch, timeoutMs, retry, sleep, random } = config;
  const authorization = watiAuthorization(config.token);
  const bare = authorization.slice('Bearer '.length);
  const redact = (text: string): string => text.split(bare).join(REDACTED);

  const urlOf = (call: WatiCall<unknown>): string => {
    const prefix = call.api === 'v3' ? `${bases.v3}/api/ext/v3` : `${bases.legacy}/api`;
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(call.query ?? {})) {
      if (value !== undefined && value !== null) params.set(key, String(value));
    }
    const search = params.toString();
    return `${prefix}${call.path}${search === '' ? '' : `?${search}`}`;
  };

  const withoutAnswer = (call: WatiCall<unknown>, error: unknown, timedOut: boolean): WatiError => {
    const reason = timedOut ? `no answer within ${timeoutMs} ms` : describeThrown(error, redact);
    const init = { operation: call.operation, status: null };
    const nothingSent =
      error instanceof OutgoingUrlRefusedError
        ? !error.afterRedirect
        : !timedOut && NOT_SENT.test(reason);
    if (nothingSent || call.repeatable) return new WatiServerError({ ...init, detail: reason });
    return new WatiUnknownOutcomeError({
      ...init,
      detail: `${reason}; Wati may have processed the request`,
    });
  };

  const attempt = async <T>(call: WatiCall<T>): Promise<T> => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      let response: Response;
      let text: string;
      try {
        response = await fetch(urlOf(call), {
          method: call.method,
          headers: {
            Authorization: authorization,
            Accept: 'application/json',
            ...(call.body === undefined ? {} : { 'Content-Type': 'application/json' }),
          },
          body: call.body === undefined ? undefined : JSON.stringify(call.body),
          signal: controller.signal,
        });
        // The timer keeps running while the body streams in: a stalled body is a timeout too.
        text = await response.text();
      } catch (error) {
        throw withoutAnswer(call, error, controller.signal.aborted);
      }
      if (!response.ok) {
        throw errorFromResponse({
          operation: call.operation,
          status: response.status,
          detail: redact(describeBody(text, response.status)),
          retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
          hasEffects: !call.repeatable,
        });
      }
      return parseAnswer(call, response.status, text);
    } finally {
      clearTimeout(timer);
    }
  };

  return async <T>(call: WatiCall<T>): Promise<T> => {
    for (let failures = 1; ; failures += 1) {
      try {
        return await attempt(call);
      } catch (error) {
        if (!(error instanceof WatiError)) throw error;
        const delay = retryDelay(error, call.repeatable, retry, failures, random);
        if (delay === null) throw error;
        await sleep(delay);
      }
    }
  };
}

function parseAnswer<T>(call: WatiCall<T>, status: number, text: string): T {
  let json: unknown;
  try {
    json = text.trim() === '' ? null : JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = json === undefined ? undefined : call.schema.safeParse(json);
  if (parsed?.success) return parsed.data;
  const problem =
    parsed === undefined
      ? 'the answer is not JSON'
      : `unexpected answer shape (${parsed.error.issues
          .slice(0, 3)
          .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
          .join('; ')})`;
  const init = { operation: call.operation, status };
  if (call.repeatable) throw new WatiUnknownError({ ...init, detail: problem });
  // A write that got a 2xx was done, even if its answer cannot be read.
  throw new WatiUnknownOutcomeError({ ...init, detail: `${problem}; the request was accepted` });
}

/** Wati's error text: V3 `{code, message}`, legacy `{error|info}`, ASP.NET `{title}`, or plain text. */
function describeBody(text: string, status: number): string {
  const trimmed = text.trim();
  if (trimmed === '') return `no details in the answer (HTTP ${status})`;
  try {
    const json: unknown = JSON.parse(trimmed);
    if (json !== null && typeof json === 'object') {
      const record = json as Record<string, unknown>;
      for (const key of ['message', 'error', 'info', 'title', 'detail']) {
        const value = record[key];
        if (typeof value === 'string' && value.trim() !== '') return clip(value);
      }
    }
  } catch {
    // Not JSON: gateways answer HTML or plain text.
  }
  return clip(trimmed.replace(/<[^>]*>/g, ' '));
}

function describeThrown(error: unknown, redact: (text: string) => string): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 3 && current instanceof Error; depth += 1) {
    const code = (current as Error & { code?: unknown }).code;
    parts.push(typeof code === 'string' ? `${current.message} (${code})` : current.message);
    current = current.cause;
  }
  // Runtimes put the URL in their messages; it may hold a phone number, so it stays out of logs.
  const text = parts.join(': ').replace(/https?:\/\/[^\s)]+/g, '[url]');
  return redact(clip(text || 'the connection failed'));
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > DETAIL_LIMIT ? `${flat.slice(0, DETAIL_LIMIT)}…` : flat;
}
