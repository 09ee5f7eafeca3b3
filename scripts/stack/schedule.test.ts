import { describe, expect, it } from 'vitest';
import { cronMatches, isDue, parseSchedule } from './schedule';

const at = (iso: string): Date => new Date(iso);

describe('parseSchedule', () => {
  it('reads pg_cron second intervals', () => {
    expect(parseSchedule('5 seconds')).toEqual({ kind: 'interval', seconds: 5 });
    expect(() => parseSchedule('60 seconds')).toThrow();
    expect(() => parseSchedule('0 seconds')).toThrow();
  });

  it('refuses malformed cron fields', () => {
    expect(() => parseSchedule('* * *')).toThrow(/planification invalide/);
    expect(() => parseSchedule('61 * * * *')).toThrow(/hors limites/);
    expect(() => parseSchedule('a * * * *')).toThrow(/invalide/);
  });
});

describe('cronMatches', () => {
  it('matches steps, ranges and lists in UTC', () => {
    const schedule = parseSchedule('*/15 8-18 * * 1,3');
    if (schedule.kind !== 'cron') throw new Error('cron expected');
    expect(cronMatches(schedule, at('2026-11-23T08:30:00Z'))).toBe(true); // Monday
    expect(cronMatches(schedule, at('2026-11-23T08:31:00Z'))).toBe(false);
    expect(cronMatches(schedule, at('2026-11-24T08:30:00Z'))).toBe(false); // Tuesday
    expect(cronMatches(schedule, at('2026-11-23T19:00:00Z'))).toBe(false);
  });

  it('treats day-of-month and day-of-week as alternatives when both are set', () => {
    const schedule = parseSchedule('0 0 1 * 0');
    if (schedule.kind !== 'cron') throw new Error('cron expected');
    expect(cronMatches(schedule, at('2026-12-01T00:00:00Z'))).toBe(true); // the 1st, a Tuesday
    expect(cronMatches(schedule, at('2026-11-22T00:00:00Z'))).toBe(true); // a Sunday
    expect(cronMatches(schedule, at('2026-11-23T00:00:00Z'))).toBe(false);
  });

  it('accepts 7 as Sunday', () => {
    const schedule = parseSchedule('0 12 * * 7');
    if (schedule.kind !== 'cron') throw new Error('cron expected');
    expect(cronMatches(schedule, at('2026-11-22T12:00:00Z'))).toBe(true);
  });
});

describe('isDue', () => {
  const since = at('2026-11-21T10:00:00Z');

  it('runs interval jobs every n seconds from the start', () => {
    const schedule = parseSchedule('5 seconds');
    expect(isDue(schedule, at('2026-11-21T10:00:04Z'), undefined, since)).toBe(false);
    expect(isDue(schedule, at('2026-11-21T10:00:05Z'), undefined, since)).toBe(true);
    expect(isDue(schedule, at('2026-11-21T10:00:08Z'), at('2026-11-21T10:00:05Z'), since)).toBe(
      false,
    );
  });

  it('runs a cron job once in its minute', () => {
    const schedule = parseSchedule('* * * * *');
    expect(isDue(schedule, at('2026-11-21T10:01:10Z'), undefined, since)).toBe(true);
    expect(isDue(schedule, at('2026-11-21T10:01:40Z'), at('2026-11-21T10:01:10Z'), since)).toBe(
      false,
    );
    expect(isDue(schedule, at('2026-11-21T10:02:00Z'), at('2026-11-21T10:01:10Z'), since)).toBe(
      true,
    );
  });
});
