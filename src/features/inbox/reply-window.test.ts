import { describe, expect, it } from 'vitest';
import {
  formatRemaining,
  replyWindowEndsAt,
  replyWindowRemaining,
  replyWindowText,
} from './reply-window';

const hour = 60 * 60 * 1000;
const minute = 60 * 1000;

describe('the 24-hour window', () => {
  it('closes 24 hours after the latest of the contact’s messages', () => {
    const ends = replyWindowEndsAt([
      '2026-12-09T08:00:00Z',
      null,
      '2026-12-09T10:30:00Z',
      undefined,
      '2026-12-08T23:00:00Z',
    ]);
    expect(ends).toBe(Date.parse('2026-12-10T10:30:00Z'));
  });

  it('was never open when the contact never wrote', () => {
    expect(replyWindowEndsAt([null, undefined])).toBeNull();
    expect(replyWindowRemaining(null, Date.now())).toBe(0);
    expect(replyWindowText(null, Date.now())).toBe('Fenêtre fermée');
  });

  it('says how long it stays open, in hours and minutes', () => {
    const now = Date.parse('2026-12-09T12:00:00Z');
    const ends = now + 3 * hour + 12 * minute + 40_000;
    expect(replyWindowRemaining(ends, now)).toBe(3 * hour + 12 * minute + 40_000);
    expect(replyWindowText(ends, now)).toBe('Fenêtre ouverte encore 3 h 12 min');
  });

  it('is closed from its last millisecond on', () => {
    const ends = Date.parse('2026-12-10T10:30:00Z');
    expect(replyWindowRemaining(ends, ends)).toBe(0);
    expect(replyWindowText(ends, ends + 1)).toBe('Fenêtre fermée');
  });

  it('writes whole hours, minutes alone and the last minute', () => {
    expect(formatRemaining(5 * hour)).toBe('5 h');
    expect(formatRemaining(45 * minute + 59_000)).toBe('45 min');
    expect(formatRemaining(59_000)).toBe('moins d’une minute');
    expect(formatRemaining(23 * hour + 59 * minute)).toBe('23 h 59 min');
  });
});
