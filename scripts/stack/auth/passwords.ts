import os from 'node:os';
import { BcryptPool } from './bcrypt-pool';
import { AuthError } from './errors';
import type { AuthSettings } from './settings';

/** GoTrue's bcrypt cost (Go's bcrypt.DefaultCost). */
const BCRYPT_COST = 10;
/** bcrypt ignores bytes past 72, so GoTrue refuses longer passwords. */
export const MAX_PASSWORD_BYTES = 72;
const BCRYPT_HASH = /^\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}$/;

/**
 * A cost-10 hash is ~80 ms of CPU: on the event loop, ten phone sign-ups at once (each hashes a
 * random password, as GoTrue does) waited for each other's. GoTrue hashes on all cores; so do we.
 */
const bcrypt = new BcryptPool(
  Math.min(4, Math.max(1, os.availableParallelism())),
  new URL('./bcrypt-worker.mjs', import.meta.url),
);

export function isBcryptHash(hash: string): boolean {
  return BCRYPT_HASH.test(hash);
}

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

/** Accepts `$2a$`/`$2b$`/`$2y$` hashes, including pgcrypto's `crypt(pw, gen_salt('bf'))`. */
export async function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  if (!hash || !isBcryptHash(hash) || Buffer.byteLength(password) > MAX_PASSWORD_BYTES) {
    return false;
  }
  return bcrypt.compare(password, hash);
}

export interface PasswordWeakness {
  message: string;
  reasons: string[];
}

/** What GoTrue's strength check finds wrong with a password, or null when it passes. */
export function passwordWeakness(
  password: string,
  policy: AuthSettings['password'],
): PasswordWeakness | null {
  const reasons: string[] = [];
  const messages: string[] = [];
  // Go measures strings in bytes, so a non-ASCII character counts for more than one.
  if (Buffer.byteLength(password) < policy.minLength) {
    reasons.push('length');
    messages.push(`Password should be at least ${policy.minLength} characters.`);
  }
  const missesASet = policy.requiredCharacters.some(
    (set) => ![...set].some((character) => password.includes(character)),
  );
  if (missesASet) {
    reasons.push('characters');
    messages.push(
      `Password should contain at least one character of each: ${policy.requiredCharacters.join(', ')}.`,
    );
  }
  return reasons.length > 0 ? { message: messages.join(' '), reasons } : null;
}

/** Refuses a password that is too long (400) or too weak (422 `weak_password`). */
export function assertPasswordStrength(password: string, policy: AuthSettings['password']): void {
  if (Buffer.byteLength(password) > MAX_PASSWORD_BYTES) {
    throw new AuthError(
      400,
      'validation_failed',
      `Password cannot be longer than ${MAX_PASSWORD_BYTES} characters`,
    );
  }
  const weakness = passwordWeakness(password, policy);
  if (weakness) throw new AuthError(422, 'weak_password', weakness.message, weakness.reasons);
}
