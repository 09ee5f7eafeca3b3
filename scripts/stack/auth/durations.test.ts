import { describe, expect, it } from 'vitest';
import { parseGoDuration } from './durations';

describe('parseGoDuration', () => {
  it("reads Go's duration syntax in seconds", () => {
    expect(parseGoDuration('5s')).toBe(5);
    expect(parseGoDuration('1h30m')).toBe(5400);
    expect(parseGoDuration('1.5h')).toBe(5400);
    expect(parseGoDuration('250ms')).toBe(0.25);
    expect(parseGoDuration('-2m')).toBe(-120);
    expect(parseGoDuration('0')).toBe(0);
  });

  it('refuses what Go refuses', () => {
    for (const text of ['', '5', 'h', '5 s', '1d', '1h 30m', 'none']) {
      expect(parseGoDuration(text), text).toBeUndefined();
    }
  });
});
