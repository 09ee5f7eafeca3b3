import crypto from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { AuthError, HookError } from './errors';
import type { JsonObject } from './user-json';

/** GoTrue's HTTP hook client (`hookshttp`): one budget for every attempt, not one per attempt. */
export interface HttpHookLimits {
  totalTimeoutMs: number;
  attempts: number;
  /** Wait after a network error before the next attempt. */
  backoffMs: number;
  responseLimitBytes: number;
}

export const GOTRUE_HTTP_HOOK_LIMITS: HttpHookLimits = {
  totalTimeoutMs: 5000,
  attempts: 3,
  backoffMs: 2000,
  responseLimitBytes: 200 * 1024,
};

export interface HttpHookTarget {
  uri: string;
  /** `v1,whsec_<base64>`, as configured; each signs the request once. */
  secrets: string[];
}

/**
 * The `webhook-signature` header: one Standard Webhooks signature per secret, joined by ", " as
 * GoTrue joins them. The library is the spec's reference implementation, the one the receiving
 * Edge Function verifies with.
 */
export function webhookSignature(
  secrets: string[],
  id: string,
  timestamp: Date,
  body: string,
): string {
  return secrets
    .map((secret) => new Webhook(secret.replace(/^v1,/, '')).sign(id, timestamp, body))
    .join(', ');
}

// RFC 7230 tokens, as Go's mime package reads them.
const TOKEN = "[!#$%&'*+\\-.^_`|~0-9A-Za-z]+";
const MEDIA_TYPE = new RegExp(`^(${TOKEN})(?:(/)(${TOKEN})?)?(.*)$`);
const PARAMETER = new RegExp(`^\\s*;\\s*(${TOKEN})\\s*=\\s*(?:${TOKEN}|"(?:[^"\\\\]|\\\\.)*")`);

/** Go's mime.ParseMediaType, as far as GoTrue uses it: the lowercased type, or Go's error. */
export function parseMediaType(header: string): { mediaType: string } | { error: string } {
  const semicolon = header.indexOf(';');
  const base = (semicolon === -1 ? header : header.slice(0, semicolon)).trim().toLowerCase();
  const match = MEDIA_TYPE.exec(base);
  if (!match) return { error: 'mime: no media type' };
  const [, , slash, subtype, rest] = match;
  if (rest && !slash) return { error: 'mime: expected slash after first token' };
  if (slash && !subtype) return { error: 'mime: expected token after slash' };
  if (rest) return { error: 'mime: unexpected content after media subtype' };
  let params = semicolon === -1 ? '' : header.slice(semicolon);
  const seen = new Set<string>();
  while (params.trim() !== '' && params.trim() !== ';') {
    const parameter = PARAMETER.exec(params);
    if (!parameter) return { error: 'mime: invalid media parameter' };
    const name = parameter[1]!.toLowerCase();
    if (seen.has(name)) return { error: 'mime: duplicate parameter name' };
    seen.add(name);
    params = params.slice(parameter[0].length);
  }
  return { mediaType: base };
}

/** A JSON object's field as Go's decoder finds it: the exact key, else one differing in case. */
function goField(object: JsonObject, name: string): unknown {
  if (name in object) return object[name];
  const key = Object.keys(object).find((candidate) => candidate.toLowerCase() === name);
  return key === undefined ? undefined : object[key];
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * GoTrue's hookserrors.Check on a hook's parsed output: `{"error": {"message", "http_code"}}`
 * with a message fails the request with that status (500 without one). A field of another type
 * makes Go's decoder give up, and then nothing is read as an error.
 */
export function hookOutputError(output: unknown): HookError | undefined {
  if (!isObject(output)) return undefined;
  const error = goField(output, 'error');
  if (!isObject(error)) return undefined;
  const code = goField(error, 'http_code') ?? 0;
  const message = goField(error, 'message') ?? '';
  if (!Number.isInteger(code) || typeof message !== 'string' || message === '') return undefined;
  const status = Number(code);
  return new HookError(status >= 400 && status < 600 ? status : 500, message);
}

const UNMARSHAL_FAILED = new AuthError(
  500,
  'unexpected_failure',
  'Error unmarshaling JSON output.',
);

/**
 * What a 200 or 202 body means: the hook's error, or GoTrue's failure to decode it into its
 * (empty) output struct, which only a JSON object or `null` satisfies.
 */
export function hookBodyError(body: string): AuthError | undefined {
  let output: unknown;
  try {
    output = JSON.parse(body);
  } catch {
    return UNMARSHAL_FAILED;
  }
  return (
    hookOutputError(output) ?? (output === null || isObject(output) ? undefined : UNMARSHAL_FAILED)
  );
}

function invalidContentType(message: string): AuthError {
  return new AuthError(400, 'hook_payload_invalid_content_type', message);
}

/** GoTrue checks the content type before it reads a 200 or 202 body. */
export function contentTypeError(contentType: string | null): AuthError | undefined {
  if (!contentType) return invalidContentType('Invalid Content-Type: Missing Content-Type header');
  const parsed = parseMediaType(contentType);
  if ('error' in parsed) return invalidContentType(`Invalid Content-Type header: ${parsed.error}`);
  if (parsed.mediaType !== 'application/json') {
    return invalidContentType(`Invalid JSON response. Received content-type: ${contentType}`);
  }
  return undefined;
}

const unavailable = (): AuthError =>
  new AuthError(500, 'unexpected_failure', 'Service currently unavailable due to hook');

/** The answer to any status but 200, 202 and 204: retry (429/503 with Retry-After) or fail. */
export function statusOutcome(status: number, retryAfter: string | null): 'retry' | AuthError {
  switch (status) {
    case 429:
    case 503:
      return retryAfter ? 'retry' : unavailable();
    case 400:
      return new AuthError(500, 'unexpected_failure', 'Invalid payload sent to hook');
    case 401:
      return new AuthError(500, 'unexpected_failure', 'Hook requires authorization token');
    default:
      return new AuthError(
        500,
        'unexpected_failure',
        `Unexpected status code returned from hook: ${status}`,
      );
  }
}

function timedOut(limits: HttpHookLimits): AuthError {
  return new AuthError(
    422,
    'hook_timeout',
    `Failed to reach hook within maximum time of ${(limits.totalTimeoutMs / 1000).toFixed(6)} seconds`,
  );
}

/** Reads at most the limit; one byte more means the hook answered too much. */
async function readLimited(response: Response, limits: HttpHookLimits): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
    size += chunk.value.length;
    if (size > limits.responseLimitBytes) {
      await reader?.cancel();
      throw new AuthError(
        422,
        'hook_payload_over_size_limit',
        `Payload size exceeded size limit of ${limits.responseLimitBytes} bytes`,
      );
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

/**
 * Calls an HTTP hook as GoTrue's hookshttp does: a signed POST (a new webhook-id and timestamp
 * per attempt), up to 3 attempts within 5 s in all, and its rules for what the answer means.
 * Resolves when the hook accepted; throws the error the request must fail with otherwise.
 */
export async function invokeHttpHook(
  target: HttpHookTarget,
  input: JsonObject,
  limits: HttpHookLimits = GOTRUE_HTTP_HOOK_LIMITS,
): Promise<void> {
  const body = JSON.stringify(input);
  const deadline = AbortSignal.timeout(limits.totalTimeoutMs);
  for (let attempt = 0; attempt < limits.attempts; attempt += 1) {
    const id = crypto.randomUUID();
    const now = new Date();
    let response: Response;
    try {
      response = await fetch(target.uri, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'webhook-id': id,
          'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
          'webhook-signature': webhookSignature(target.secrets, id, now, body),
          'accept-encoding': 'identity',
        },
        body,
        signal: deadline,
      });
    } catch (error) {
      if (deadline.aborted) throw timedOut(limits);
      process.stderr.write(
        `[auth] hook ${target.uri}, attempt ${attempt + 1}: ${(error as Error).cause ?? error}\n`,
      );
      if (attempt === limits.attempts - 1) {
        throw new AuthError(
          422,
          'hook_timeout_after_retry',
          'Failed to reach hook after maximum retries',
        );
      }
      await sleep(limits.backoffMs, deadline);
      if (deadline.aborted) throw timedOut(limits);
      continue;
    }
    if (response.status === 204) {
      await response.body?.cancel();
      return;
    }
    if (response.status === 200 || response.status === 202) {
      const badType = contentTypeError(response.headers.get('content-type'));
      if (badType) {
        await response.body?.cancel();
        throw badType;
      }
      const error = hookBodyError(await readLimited(response, limits));
      if (error) throw error;
      return;
    }
    await response.body?.cancel();
    const outcome = statusOutcome(response.status, response.headers.get('retry-after'));
    if (outcome !== 'retry') throw outcome;
  }
  throw unavailable();
}
