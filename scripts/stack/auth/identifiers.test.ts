import { describe, expect, it } from 'vitest';
import { AuthError } from './errors';
import { formatPhoneNumber, validateEmail, validatePhone } from './identifiers';

describe('phone numbers', () => {
  it('drops one leading + and every space, as GoTrue stores them', () => {
    expect(formatPhoneNumber('+237 6 99 00 00 01')).toBe('237699000001');
    expect(formatPhoneNumber('237699000001')).toBe('237699000001');
  });

  it('accepts E.164 digits only', () => {
    expect(validatePhone('+241 06 12 34 56')).toBe('24106123456');
    for (const phone of ['', '+', '0237699000001', '+237-699-000-001', '+1234567890123456', '1']) {
      expect(() => validatePhone(phone), phone).toThrow(AuthError);
    }
    try {
      validatePhone('abc');
    } catch (error) {
      expect(error).toMatchObject({ status: 400, code: 'validation_failed' });
    }
  });
});

describe('email addresses', () => {
  it('lowercases valid addresses', () => {
    expect(validateEmail('Agent.Mbarga+test@CNSA.cm')).toBe('agent.mbarga+test@cnsa.cm');
  });

  it('refuses malformed or oversized addresses with validation_failed', () => {
    for (const email of ['', 'plain', 'a@', '@b.cm', 'a b@c.cm', `${'a'.repeat(251)}@b.cm`]) {
      expect(() => validateEmail(email), email).toThrow(
        expect.objectContaining({ code: 'validation_failed', status: 400 }),
      );
    }
  });
});
