/**
 * Why a Wati call failed, in the terms a caller acts on:
 * - `auth`: the token is wrong, expired or lacks a scope; fix the settings, do not retry.
 * - `validation`: Wati refused the request as written (unknown template, bad parameters…).
 * - `rate_limit`: too many calls; nothing was accepted, try again after `retryAfterMs`.
 * - `quota`: a monthly usage quota, plan or trial limit; retrying will not help until it changes.
 * - `server`: Wati failed before accepting anything; safe to try again later.
 * - `unknown_outcome`: the request reached Wati and then the answer was lost or was an error:
 *   messages may have gone out, so reconcile (webhooks, broadcast recipients) before resending.
 * - `unknown`: anything else, such as an answer this client cannot read.
 */
export type WatiErrorKind =
  'auth' | 'validation' | 'rate_limit' | 'quota' | 'server' | 'unknown_outcome' | 'unknown';

export interface WatiErrorInit {
  /** The client method that failed, e.g. `sendTemplateMessages`. */
  operation: string;
  /** The HTTP status, or null when no answer was read (timeout, connection lost, local check). */
  status: number | null;
  /** What went wrong, already free of secrets. */
  detail: string;
}

export abstract class WatiError extends Error {
  abstract readonly kind: WatiErrorKind;
  readonly operation: string;
  readonly status: number | null;
  /** Wati's own words (already free of secrets), for callers that act on what was refused. */
  readonly detail: string;

  constructor({ operation, status, detail }: WatiErrorInit) {
    super(`Wati ${operation} failed${status === null ? '' : ` (HTTP ${status})`}: ${detail}`);
    this.operation = operation;
    this.status = status;
    this.detail = detail;
  }
}

export class WatiAuthError extends WatiError {
  readonly kind = 'auth';
  override readonly name = 'WatiAuthError';
}

export class WatiValidationError extends WatiError {
  readonly kind = 'validation';
  override readonly name = 'WatiValidationError';
}

export class WatiRateLimitError extends WatiError {
  readonly kind = 'rate_limit';
  override readonly name = 'WatiRateLimitError';
  /** From `Retry-After`; null when Wati did not say. */
  readonly retryAfterMs: number | null;

  constructor(init: WatiErrorInit & { retryAfterMs: number | null }) {
    super(init);
    this.retryAfterMs = init.retryAfterMs;
  }
}

export class WatiQuotaError extends WatiError {
  readonly kind = 'quota';
  override readonly name = 'WatiQuotaError';
}

export class WatiServerError extends WatiError {
  readonly kind = 'server';
  override readonly name = 'WatiServerError';
}

export class WatiUnknownOutcomeError extends WatiError {
  readonly kind = 'unknown_outcome';
  override readonly name = 'WatiUnknownOutcomeError';
}

export class WatiUnknownError extends WatiError {
  readonly kind = 'unknown';
  override readonly name = 'WatiUnknownError';
}

// Wati answers quota, plan and trial limits with the same statuses as other refusals (429, 400,
// 403, or 200 with `success:false`); only the wording tells them apart. "Rate limit exceeded" must
// stay a rate limit, hence no bare "exceeded".
const ACCOUNT_LIMIT =
  /\b(quota|usage limits?|limits? (?:has been |have been |is |are )?(?:reached|exhausted)|daily limit|plan|trial|subscription|upgrade)\b/i;

export interface ResponseFacts {
  operation: string;
  status: number;
  detail: string;
  retryAfterMs: number | null;
  /** True when repeating the call could repeat its effect (sends and other non-idempotent writes). */
  hasEffects: boolean;
}

/** Maps an unsuccessful answer (or a 200 carrying a business refusal) to the error a caller acts on. */
export function errorFromResponse(facts: ResponseFacts): WatiError {
  const { operation, status, detail, retryAfterMs, hasEffects } = facts;
  const init = { operation, status, detail };
  const accountLimit = ACCOUNT_LIMIT.test(detail);
  if (status === 401) return new WatiAuthError(init);
  if (status === 403) return accountLimit ? new WatiQuotaError(init) : new WatiAuthError(init);
  if (status === 429) {
    return accountLimit
      ? new WatiQuotaError(init)
      : new WatiRateLimitError({ ...init, retryAfterMs });
  }
  if (status === 200 || status === 400 || status === 404 || status === 409 || status === 422) {
    return accountLimit ? new WatiQuotaError(init) : new WatiValidationError(init);
  }
  if (status >= 500) {
    // 503 says the request was turned away; other 5xx (500, 502, 504 from Wati or its gateway) may
    // come after the work was done.
    return hasEffects && status !== 503
      ? new WatiUnknownOutcomeError(init)
      : new WatiServerError(init);
  }
  return new WatiUnknownError(init);
}

/**
 * `Retry-After` as milliseconds from now: either delay-seconds or an HTTP date. Null when absent or
 * unreadable; never negative.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (text === '') return null;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // An HTTP date names its weekday and month; anything else (e.g. "-5") is unreadable.
  if (!/[a-z]/i.test(text)) return null;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}
