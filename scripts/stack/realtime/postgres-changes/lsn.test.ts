import { describe, expect, it } from 'vitest';
import { formatLsn, parseLsn } from './lsn';

describe('LSN', () => {
  it('reads and writes the `high/low` hexadecimal form and orders positions', () => {
    expect(parseLsn('0/1543B48')).toBe(0x1543b48n);
    expect(parseLsn('1A/0')).toBe(0x1a_0000_0000n);
    expect(formatLsn(0x1a_0154_3b48n)).toBe('1A/1543B48');
    expect(parseLsn('1/0') > parseLsn('0/FFFFFFFF')).toBe(true);
    expect(() => parseLsn('zz')).toThrow(/invalid LSN/);
  });
});
