import { describe, expect, it } from 'vitest';
import {
  WatiAuthError,
  WatiQuotaError,
  WatiRateLimitError,
  WatiServerError,
  WatiUnknownOutcomeError,
  WatiValidationError,
} from './errors.ts';
import { backoffDelay, retryDelay, type RetryPolicy } from './retry.ts';

const policy: RetryPolicy = { attempts: 4, baseDelayMs: 100, maxDelayMs: 1000 };
const init = { operation: 'op', status: 500, detail: 'x' };
const top = () => 0.999_999;

describe('backoffDelay', () => {
  it('doubles its ceiling per failure up to the maximum, with full jitter', () => {
    expect(backoffDelay(policy, 1, top)).toBe(100);
    expect(backoffDelay(policy, 2, top)).toBe(200);
    expect(backoffDelay(policy, 3, top)).toBe(400);
    expect(backoffDelay(policy, 6, top)).toBe(1000);
    expect(backoffDelay(policy, 3, () => 0)).toBe(0);
  });
});

describe('retryDelay', () => {
  it('retries server errors of repeatable calls only', () => {
    const error = new WatiServerError(init);
    expect(retryDelay(error, true, policy, 1, top)).toBe(100);
    expect(retryDelay(error, false, policy, 1, top)).toBeNull();
  });

  it('never retries an unknown outcome, nor auth, validation or quota errors', () => {
    for (const error of [
      new WatiUnknownOutcomeError(init),
      new WatiAuthError(init),
      new WatiValidationError(init),
      new WatiQuotaError(init),
    ]) {
      expect(retryDelay(error, true, policy, 1, top)).toBeNull();
    }
  });

  it('retries any call after a 429, waiting at least Retry-After', () => {
    const error = new WatiRateLimitError({ ...init, status: 429, retryAfterMs: 500 });
    for (const repeatable of [true, false]) {
      const delay = retryDelay(error, repeatable, policy, 1, top) ?? -1;
      expect(delay).toBeGreaterThanOrEqual(500);
      expect(delay).toBeLessThanOrEqual(550);
    }
  });

  it('falls back to backoff when a 429 gives no Retry-After', () => {
    const error = new WatiRateLimitError({ ...init, status: 429, retryAfterMs: null });
    expect(retryDelay(error, false, policy, 2, top)).toBe(200);
  });

  it('hands a Retry-After longer than the maximum delay to the caller', () => {
    const error = new WatiRateLimitError({ ...init, status: 429, retryAfterMs: 60_000 });
    expect(retryDelay(error, true, policy, 1, top)).toBeNull();
  });

  it('stops after the last attempt', () => {
    expect(retryDelay(new WatiServerError(init), true, policy, 4, top)).toBeNull();
  });
});
