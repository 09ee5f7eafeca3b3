import crypto from 'node:crypto';
import { AuthError } from './errors';

/** A code of `length` digits, uniform, as GoTrue's crypto.GenerateOtp draws it. */
export function generateOtp(length: number): string {
  return String(crypto.randomInt(10 ** length)).padStart(length, '0');
}

/**
 * GoTrue stores `hex(SHA-224(recipient + code))`, never the code: the recipient is the address
 * for a mailed code, the stored phone (digits, no `+`) for a phone code.
 */
export function tokenHash(recipient: string, otp: string): string {
  return crypto
    .createHash('sha224')
    .update(recipient + otp)
    .digest('hex');
}

/** A code's stored hash and when it was sent, as kept on the user. */
export interface StoredCode {
  /** The hash ('' once used; `pkce_`-prefixed for a PKCE link). */
  token: string;
  /** Milliseconds since the epoch, or null when none was ever sent. */
  sentAt: number | null;
}

/** GoTrue's isOtpValid: a code is sent, not expired, and the hash matches (with or without `pkce_`). */
export function isCodeValid(stored: StoredCode, hash: string, expirySeconds: number): boolean {
  if (stored.token === '' || stored.sentAt === null) return false;
  const expired = Date.now() > stored.sentAt + expirySeconds * 1000;
  return !expired && (stored.token === hash || stored.token === `pkce_${hash}`);
}

/**
 * GoTrue's `max_frequency`: one code of a kind per user per interval, with the seconds left in
 * the message (truncated, as Go divides durations).
 */
export function assertSendFrequency(
  sentAt: number | null,
  maxFrequencySeconds: number,
  code: 'over_email_send_rate_limit' | 'over_sms_send_rate_limit',
): void {
  if (sentAt === null) return;
  const leftMs = sentAt + maxFrequencySeconds * 1000 - Date.now();
  if (leftMs > 0) {
    throw new AuthError(
      429,
      code,
      `For security purposes, you can only request this after ${Math.trunc(leftMs / 1000)} seconds.`,
    );
  }
}
