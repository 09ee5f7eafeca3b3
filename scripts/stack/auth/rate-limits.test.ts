import { describe, expect, it } from 'vitest';
import { AuthError } from './errors';
import { authRateLimiters, enforceRateLimit, RateLimiter } from './rate-limits';

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const takeMany = (limiter: RateLimiter, key: string, count: number): boolean[] =>
  Array.from({ length: count }, () => limiter.take(key));

describe('RateLimiter', () => {
  it('lets a burst through, then refills at its rate, per client', () => {
    const time = clock();
    const limiter = new RateLimiter({ burst: 3, refillPerSecond: 0.5, ttlMs: 3_600_000 }, time.now);
    expect(takeMany(limiter, '203.0.113.7', 4)).toEqual([true, true, true, false]);
    expect(limiter.take('198.51.100.1')).toBe(true);
    time.advance(1_999);
    expect(limiter.take('203.0.113.7')).toBe(false);
    time.advance(1);
    expect(takeMany(limiter, '203.0.113.7', 2)).toEqual([true, false]);
  });

  it('never holds more than the burst, however long a client waited', () => {
    const time = clock();
    const limiter = new RateLimiter({ burst: 2, refillPerSecond: 1, ttlMs: 3_600_000 }, time.now);
    limiter.take('a');
    time.advance(60_000);
    expect(takeMany(limiter, 'a', 3)).toEqual([true, true, false]);
  });

  it('forgets a bucket its time-to-live after creating it, as tollbooth does', () => {
    const time = clock();
    const limiter = new RateLimiter({ burst: 1, refillPerSecond: 0, ttlMs: 3_600_000 }, time.now);
    expect(takeMany(limiter, 'a', 2)).toEqual([true, false]);
    time.advance(3_600_000);
    expect(limiter.take('a')).toBe(true);
  });
});

const LIMITS = {
  signInSignUps: 30,
  tokenRefresh: 150,
  anonymousUsers: 30,
  tokenVerifications: 30,
  emailSent: 30,
  smsSent: 30,
};

describe("GoTrue's limiters", () => {
  it('give /token a burst of 30 refilled at token_refresh per 5 minutes', () => {
    const time = clock();
    const { token } = authRateLimiters({ ...LIMITS, tokenRefresh: 150 }, time.now);
    expect(takeMany(token, 'ip', 31).filter(Boolean)).toHaveLength(30);
    time.advance(2_000); // 150 per 300 s: one more every 2 s
    expect(takeMany(token, 'ip', 2)).toEqual([true, false]);
  });

  it('give anonymous sign-ins a burst of anonymous_users refilled per hour', () => {
    const time = clock();
    const { anonymousSignIns } = authRateLimiters({ ...LIMITS, anonymousUsers: 5 }, time.now);
    expect(takeMany(anonymousSignIns, 'ip', 6).filter(Boolean)).toHaveLength(5);
    time.advance(720_000);
    expect(anonymousSignIns.take('ip')).toBe(true);
  });

  it('count the mails of the whole service per hour, from its start', () => {
    const time = clock();
    const { emailSent } = authRateLimiters({ ...LIMITS, emailSent: 2 }, time.now);
    expect([emailSent.take(), emailSent.take(), emailSent.take()]).toEqual([true, true, false]);
    time.advance(3_599_000);
    expect(emailSent.take()).toBe(false);
    time.advance(1_000);
    expect([emailSent.take(), emailSent.take(), emailSent.take()]).toEqual([true, true, false]);
  });

  it('give /otp, /resend, /signup and PUT /user a bucket each, of 30 refilled at sign_in_sign_ups', () => {
    const time = clock();
    const limiters = authRateLimiters({ ...LIMITS, signInSignUps: 60 }, time.now);
    expect(takeMany(limiters.otp, 'ip', 31).filter(Boolean)).toHaveLength(30);
    // Another endpoint's bucket is still full.
    expect(takeMany(limiters.resend, 'ip', 30).every(Boolean)).toBe(true);
    time.advance(5_000); // 60 per 300 s: one more every 5 s
    expect(takeMany(limiters.otp, 'ip', 2)).toEqual([true, false]);
  });

  it('count the codes of the whole service per hour, from its start', () => {
    const time = clock();
    const { smsSent } = authRateLimiters({ ...LIMITS, smsSent: 1 }, time.now);
    expect([smsSent.take(), smsSent.take()]).toEqual([true, false]);
    time.advance(3_600_000);
    expect(smsSent.take()).toBe(true);
    expect(authRateLimiters({ ...LIMITS, smsSent: 0 }).smsSent.take()).toBe(false);
  });

  it('answer 429 over_request_rate_limit once empty, and limit nobody without an address', () => {
    const limiter = new RateLimiter({ burst: 1, refillPerSecond: 0, ttlMs: 60_000 });
    enforceRateLimit(limiter, 'ip');
    let refusal: unknown;
    try {
      enforceRateLimit(limiter, 'ip');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(AuthError);
    expect(refusal).toMatchObject({
      status: 429,
      code: 'over_request_rate_limit',
      message: 'Request rate limit reached',
    });
    expect(() => enforceRateLimit(limiter, undefined)).not.toThrow();
  });
});
