import { WatiRateLimitError, type WatiError } from './errors.ts';

export interface RetryPolicy {
  /** Tries in all, the first one included. */
  attempts: number;
  baseDelayMs: number;
  /** Longest wait between tries; a `Retry-After` beyond it is handed to the caller instead. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 3,
  baseDelayMs: 500,
  maxDelayMs: 8000,
};

/** Exponential backoff with full jitter, so that many workers do not retry in step. */
export function backoffDelay(policy: RetryPolicy, failures: number, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failures - 1));
  return Math.round(random() * ceiling);
}

/**
 * How long to wait before trying again, or null to give up. `failures` counts the tries made so
 * far. Only what cannot repeat an effect is retried: any call refused with 429 (nothing was
 * accepted), and repeatable calls (reads, idempotent updates) that met a server error.
 */
export function retryDelay(
  error: WatiError,
  repeatable: boolean,
  policy: RetryPolicy,
  failures: number,
  random: () => number = Math.random,
): number | null {
  if (failures >= policy.attempts) return null;
  if (error instanceof WatiRateLimitError) {
    const { retryAfterMs } = error;
    if (retryAfterMs === null) return backoffDelay(policy, failures, random);
    // A long Retry-After is better spent by the caller (reschedule) than by a waiting function.
    if (retryAfterMs > policy.maxDelayMs) return null;
    return retryAfterMs + Math.round(random() * Math.min(policy.baseDelayMs, retryAfterMs / 10));
  }
  if (error.kind === 'server' && repeatable) return backoffDelay(policy, failures, random);
  return null;
}
