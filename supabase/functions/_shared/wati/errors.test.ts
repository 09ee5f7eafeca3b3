import { describe, expect, it } from 'vitest';
import {
  errorFromResponse,
  parseRetryAfter,
  WatiAuthError,
  WatiQuotaError,
  WatiRateLimitError,
  WatiServerError,
  WatiUnknownError,
  WatiUnknownOutcomeError,
  WatiValidationError,
  type ResponseFacts,
} from './errors.ts';

const facts = (overrides: Partial<ResponseFacts>): ResponseFacts => ({
  operation: 'getContact',
  status: 400,
  detail: 'no details',
  retryAfterMs: null,
  hasEffects: false,
  ...overrides,
});

describe('errorFromResponse', () => {
  it('maps 401 and a scope 403 to auth', () => {
    expect(errorFromResponse(facts({ status: 401 }))).toBeInstanceOf(WatiAuthError);
    const forbidden = errorFromResponse(facts({ status: 403, detail: 'Insufficient scope' }));
    expect(forbidden).toBeInstanceOf(WatiAuthError);
    expect(forbidden).toMatchObject({ kind: 'auth', status: 403, operation: 'getContact' });
  });

  it('maps 400, 404 and 422 to validation with Wati message', () => {
    for (const status of [400, 404, 422]) {
      const error = errorFromResponse(facts({ status, detail: "Template 'x' was not found." }));
      expect(error).toBeInstanceOf(WatiValidationError);
      expect(error.message).toContain("Template 'x' was not found.");
    }
  });

  it('maps a plain 429 to rate_limit with its Retry-After', () => {
    const error = errorFromResponse(facts({ status: 429, detail: '', retryAfterMs: 3000 }));
    expect(error).toBeInstanceOf(WatiRateLimitError);
    expect((error as WatiRateLimitError).retryAfterMs).toBe(3000);
    expect(errorFromResponse(facts({ status: 429, detail: 'Rate limit exceeded' }))).toBeInstanceOf(
      WatiRateLimitError,
    );
  });

  it('maps quota, plan and trial limits to quota whatever the status', () => {
    const cases: Array<[number, string]> = [
      [429, 'API usage limit reached for this month.'],
      [403, 'This feature is not available on your plan. Upgrade to the Pro plan.'],
      [400, 'Daily limit for marketing templates reached'],
      [200, 'Trial broadcast quota exhausted'],
    ];
    for (const [status, detail] of cases) {
      expect(errorFromResponse(facts({ status, detail }))).toBeInstanceOf(WatiQuotaError);
    }
  });

  it('maps 5xx to server for reads and 503, to unknown_outcome for calls with effects', () => {
    expect(errorFromResponse(facts({ status: 502 }))).toBeInstanceOf(WatiServerError);
    expect(errorFromResponse(facts({ status: 503, hasEffects: true }))).toBeInstanceOf(
      WatiServerError,
    );
    for (const status of [500, 502, 504]) {
      expect(errorFromResponse(facts({ status, hasEffects: true }))).toBeInstanceOf(
        WatiUnknownOutcomeError,
      );
    }
  });

  it('maps anything else to unknown', () => {
    expect(errorFromResponse(facts({ status: 418 }))).toBeInstanceOf(WatiUnknownError);
  });

  it('writes an English message naming the operation and status', () => {
    const error = errorFromResponse(facts({ status: 400, detail: 'Invalid target.' }));
    expect(error.message).toBe('Wati getContact failed (HTTP 400): Invalid target.');
    expect(error.name).toBe('WatiValidationError');
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-03-01T10:00:00Z');

  it('reads delay-seconds', () => {
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('1.5', now)).toBe(1500);
  });

  it('reads an HTTP date, never in the past', () => {
    expect(parseRetryAfter('Sun, 01 Mar 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Sun, 01 Mar 2026 09:00:00 GMT', now)).toBe(0);
  });

  it('gives null when absent or unreadable', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('', now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('-5', now)).toBeNull();
  });
});
