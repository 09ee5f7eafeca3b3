/**
 * config.toml's `[auth.rate_limit]`, raised the way the Supabase CLI lets the environment override
 * config.toml, for runs where every client is this machine (tests, benchmarks): they sign up and
 * sign in from 127.0.0.1 many times a second. Rate limiting itself is tested with the file's
 * values (auth/rate-limits.int.test.ts).
 */
export const localLoadRateLimits: Record<string, string> = {
  SUPABASE_AUTH_RATE_LIMIT_SIGN_IN_SIGN_UPS: '1000000',
  SUPABASE_AUTH_RATE_LIMIT_TOKEN_REFRESH: '1000000',
  SUPABASE_AUTH_RATE_LIMIT_ANONYMOUS_USERS: '1000000',
  SUPABASE_AUTH_RATE_LIMIT_TOKEN_VERIFICATIONS: '1000000',
  SUPABASE_AUTH_RATE_LIMIT_SMS_SENT: '1000000',
  // WCAP's own limit per address on WhatsApp codes asked and tried (send-sms-hook, verify-otp).
  WCAP_OTP_ADDRESS_LIMIT: '1000000',
};
