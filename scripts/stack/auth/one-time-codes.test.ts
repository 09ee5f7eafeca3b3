import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateOtp, tokenHash } from './one-time-codes';

describe('one-time codes', () => {
  it('hashes codes as hex SHA-224 of the recipient followed by the code', () => {
    expect(tokenHash('237699000001', '123456')).toBe(
      crypto.createHash('sha224').update('237699000001123456').digest('hex'),
    );
    expect(tokenHash('awa@example.cm', '123456')).not.toBe(tokenHash('awa@example.cm', '123457'));
  });

  it('draws codes of the configured length, leading zeros kept', () => {
    for (const length of [6, 10]) {
      const codes = Array.from({ length: 200 }, () => generateOtp(length));
      expect(codes.every((code) => new RegExp(`^\\d{${length}}$`).test(code))).toBe(true);
    }
  });
});
