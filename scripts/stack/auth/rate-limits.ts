import { AuthError } from './errors';
import type { AuthSettings } from './settings';

export interface BucketRule {
  /** Requests a client may make at once. */
  burst: number;
  /** Requests given back per second. */
  refillPerSecond: number;
  /** A client's bucket is forgotten (and so full again) this long after its creation. */
  ttlMs: number;
}

interface Bucket {
  tokens: number;
  refilledAt: number;
  createdAt: number;
}

/**
 * A token bucket per client, as GoTrue's tollbooth limiters keep them: a bucket starts full with
 * `burst` requests, each request takes one, and they come back at a steady rate.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private sweptAt: number;

  constructor(
    private readonly rule: BucketRule,
    private readonly now: () => number = Date.now,
  ) {
    this.sweptAt = now();
  }

  /** Takes one request from `key`'s bucket; false when it is empty. */
  take(key: string): boolean {
    const now = this.now();
    this.forgetExpired(now);
    let bucket = this.buckets.get(key);
    if (!bucket || now - bucket.createdAt >= this.rule.ttlMs) {
      bucket = { tokens: this.rule.burst, refilledAt: now, createdAt: now };
      this.buckets.set(key, bucket);
    }
    const refilled = ((now - bucket.refilledAt) / 1000) * this.rule.refillPerSecond;
    bucket.tokens = Math.min(this.rule.burst, bucket.tokens + refilled);
    bucket.refilledAt = now;
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Keeps memory bounded by the clients of the last `ttlMs`, however many addresses call. */
  private forgetExpired(now: number): void {
    if (now - this.sweptAt < this.rule.ttlMs) return;
    this.sweptAt = now;
    for (const [key, bucket] of this.buckets) {
      if (now - bucket.createdAt >= this.rule.ttlMs) this.buckets.delete(key);
    }
  }
}

/**
 * One counter for the whole service, reset every `intervalMs` since its creation: GoTrue's
 * IntervalLimiter, which counts the mails an instance sends.
 */
export class IntervalLimiter {
  private startedAt: number;
  private count = 0;

  constructor(
    private readonly events: number,
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.startedAt = now();
  }

  /** Counts one event; false when the interval has had its share. */
  take(): boolean {
    const now = this.now();
    const elapsed = Math.floor((now - this.startedAt) / this.intervalMs);
    if (elapsed > 0) {
      this.startedAt += elapsed * this.intervalMs;
      this.count = 0;
    }
    if (this.count >= this.events) return false;
    this.count += 1;
    return true;
  }
}

/** GoTrue's limiters for the endpoints this service has (`apilimiter.New`). */
export interface AuthRateLimiters {
  token: RateLimiter;
  otp: RateLimiter;
  signups: RateLimiter;
  resend: RateLimiter;
  anonymousSignIns: RateLimiter;
  userUpdates: RateLimiter;
  recover: RateLimiter;
  verify: RateLimiter;
  emailSent: IntervalLimiter;
  /** Counted only while phone confirmations are on, and never for test numbers (see phone-otp). */
  smsSent: IntervalLimiter;
}

const FIVE_MINUTES_S = 300;
const HOUR_S = 3600;
const HOUR_MS = HOUR_S * 1000;
/** GoTrue's burst for every per-5-minutes limiter, whatever the configured rate. */
const PER_5_MINUTES_BURST = 30;

export function authRateLimiters(
  limits: AuthSettings['rateLimits'],
  now: () => number = Date.now,
): AuthRateLimiters {
  const per5Minutes = (requests: number): RateLimiter =>
    new RateLimiter(
      { burst: PER_5_MINUTES_BURST, refillPerSecond: requests / FIVE_MINUTES_S, ttlMs: HOUR_MS },
      now,
    );
  return {
    token: per5Minutes(limits.tokenRefresh),
    // GOTRUE_RATE_LIMIT_OTP gives each of these endpoints a bucket of its own.
    otp: per5Minutes(limits.signInSignUps),
    signups: per5Minutes(limits.signInSignUps),
    resend: per5Minutes(limits.signInSignUps),
    userUpdates: per5Minutes(limits.signInSignUps),
    recover: per5Minutes(limits.signInSignUps),
    verify: per5Minutes(limits.tokenVerifications),
    emailSent: new IntervalLimiter(limits.emailSent, HOUR_MS, now),
    smsSent: new IntervalLimiter(limits.smsSent, HOUR_MS, now),
    anonymousSignIns: new RateLimiter(
      {
        burst: limits.anonymousUsers,
        refillPerSecond: limits.anonymousUsers / HOUR_S,
        ttlMs: HOUR_MS,
      },
      now,
    ),
  };
}

/**
 * Refuses the request when its client has used up `limiter`. As with GoTrue, the client is the
 * first address of X-Forwarded-For, which the gateway sets; without it nothing is limited.
 */
export function enforceRateLimit(limiter: RateLimiter, client: string | undefined): void {
  if (client && !limiter.take(client)) {
    throw new AuthError(429, 'over_request_rate_limit', 'Request rate limit reached');
  }
}
