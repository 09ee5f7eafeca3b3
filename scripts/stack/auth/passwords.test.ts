import { describe, expect, it } from 'vitest';
import { AuthError } from './errors';
import {
  assertPasswordStrength,
  hashPassword,
  passwordWeakness,
  verifyPassword,
} from './passwords';

const policy = { minLength: 8, requiredCharacters: [] };
const strict = {
  minLength: 6,
  requiredCharacters: ['abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '0123456789'],
};

describe('password strength', () => {
  it('explains each rule a password breaks, as GoTrue words it', () => {
    expect(passwordWeakness('short', policy)).toEqual({
      message: 'Password should be at least 8 characters.',
      reasons: ['length'],
    });
    expect(passwordWeakness('abc', strict)).toEqual({
      message:
        'Password should be at least 6 characters. Password should contain at least one character of each: abcdefghijklmnopqrstuvwxyz, ABCDEFGHIJKLMNOPQRSTUVWXYZ, 0123456789.',
      reasons: ['length', 'characters'],
    });
    expect(passwordWeakness('Abcdef1', strict)).toBeNull();
  });

  it('refuses weak passwords with 422 weak_password and long ones with 400', () => {
    expect(() => assertPasswordStrength('short', policy)).toThrow(
      expect.objectContaining({
        status: 422,
        code: 'weak_password',
        weakPasswordReasons: ['length'],
      }),
    );
    expect(() => assertPasswordStrength('x'.repeat(73), policy)).toThrow(
      expect.objectContaining({ status: 400, code: 'validation_failed' }),
    );
    expect(() => assertPasswordStrength('long enough', policy)).not.toThrow(AuthError);
  });
});

describe('bcrypt', () => {
  it('verifies its own hashes and the $2a$ hashes pgcrypto writes', async () => {
    const hash = await hashPassword('motdepasse-123');
    expect(hash).toMatch(/^\$2[ab]\$10\$/);
    expect(await verifyPassword('motdepasse-123', hash)).toBe(true);
    expect(await verifyPassword('autre', hash)).toBe(false);
    // crypt('password123', gen_salt('bf', 10)) from Postgres' pgcrypto
    const pgcrypto = '$2a$10$vs.hWDN9dm5VoQEUB14rAOUSUwY.Mu6JJVLbqrqnAp/hA/mO4h5Iq';
    expect(await verifyPassword('password123', pgcrypto)).toBe(true);
  });

  it('treats a missing or foreign hash as a wrong password', async () => {
    expect(await verifyPassword('x', null)).toBe(false);
    expect(await verifyPassword('x', '')).toBe(false);
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
  });
});
