import { randomInt, timingSafeEqual } from 'node:crypto';
import { readEnv, requireEnv } from '../env.ts';

/** What a WCAP code is for: logging in, or linking a number to the signed-in account. */
export type OtpPurpose = 'sms' | 'phone_change';

/** A WCAP code lives 10 minutes (NIST SP 800-63B-4, ASVS 6.5.5). */
export const OTP_LIFETIME = '10 minutes';

/** Six digits, uniform, from the platform's CSPRNG. */
export function newOtpCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

let pepper: Promise<CryptoKey> | undefined;

function pepperKey(): Promise<CryptoKey> {
  pepper ??= crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(requireEnv('WCAP_OTP_PEPPER')),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return pepper;
}

/**
 * The code as stored: an HMAC with a secret the database never sees, bound to its challenge, its
 * purpose and its number, so that a stolen table gives nothing to brute-force offline and a code
 * is good for nothing else.
 */
export async function otpDigest(
  challengeId: string,
  purpose: OtpPurpose,
  phone: string,
  code: string,
): Promise<Uint8Array> {
  const message = new TextEncoder().encode(`${challengeId}|${purpose}|${phone}|${code}`);
  return new Uint8Array(await crypto.subtle.sign('HMAC', await pepperKey(), message));
}

/** Compares two digests in constant time. */
export function sameDigest(stored: Uint8Array, candidate: Uint8Array): boolean {
  return stored.length === candidate.length && timingSafeEqual(stored, candidate);
}

/** A request address as stored for rate limits: an HMAC, never the address itself. */
export async function addressKey(address: string): Promise<string> {
  const digest = await crypto.subtle.sign(
    'HMAC',
    await pepperKey(),
    new TextEncoder().encode(`address|${address}`),
  );
  return Array.from(new Uint8Array(digest).slice(0, 16), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}

/**
 * Codes asked from one address in 5 minutes (the brief's 5), and codes tried (far above a
 * person's typos). Raised by WCAP_OTP_ADDRESS_LIMIT where every client is one machine (tests).
 */
export function addressLimits(): { sends: number; verifies: number } {
  const raised = Number(readEnv('WCAP_OTP_ADDRESS_LIMIT'));
  return Number.isInteger(raised) && raised > 0
    ? { sends: raised, verifies: raised }
    : { sends: 5, verifies: 30 };
}

/** The window the address limits count over. */
export const ADDRESS_LIMIT_SPAN = '5 minutes';
