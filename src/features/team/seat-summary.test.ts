import { describe, expect, it } from 'vitest';
import { seatSummary } from './seat-summary';

describe('seatSummary', () => {
  it('agrees « siège utilisé » with the number, French counting 0 and 1 as singular', () => {
    expect(seatSummary(0, 2)).toBe(
      '0 siège utilisé sur 2. Les lecteurs ne comptent pas comme siège.',
    );
    expect(seatSummary(1, 2)).toBe(
      '1 siège utilisé sur 2. Les lecteurs ne comptent pas comme siège.',
    );
    expect(seatSummary(3, 5)).toBe(
      '3 sièges utilisés sur 5. Les lecteurs ne comptent pas comme siège.',
    );
  });

  it('leaves the limit out for an unlimited plan and groups thousands the French way', () => {
    expect(seatSummary(1, null)).toBe('1 siège utilisé. Les lecteurs ne comptent pas comme siège.');
    expect(seatSummary(1504, 2000)).toBe(
      '1\u202f504 sièges utilisés sur 2\u202f000. Les lecteurs ne comptent pas comme siège.',
    );
  });
});
