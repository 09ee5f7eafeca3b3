import { describe, expect, it } from 'vitest';
import { snoozeChoices } from './snooze';

describe('snoozing', () => {
  it('comes back in an hour, tomorrow at 08:00 or next Monday at 08:00, in the organisation’s time', () => {
    // Wednesday 9 December 2026, 23:30 in Douala (22:30 UTC).
    const now = Date.parse('2026-12-09T22:30:00Z');
    const choices = snoozeChoices(now, 'Africa/Douala');
    expect(new Date(choices.inOneHour).toISOString()).toBe('2026-12-09T23:30:00.000Z');
    expect(new Date(choices.tomorrowMorning).toISOString()).toBe('2026-12-10T07:00:00.000Z');
    expect(new Date(choices.nextWeek).toISOString()).toBe('2026-12-14T07:00:00.000Z');
  });

  it('takes next week’s Monday on a Monday, and crosses months', () => {
    // Monday 28 December 2026, 10:00 in Douala.
    const choices = snoozeChoices(Date.parse('2026-12-28T09:00:00Z'), 'Africa/Douala');
    expect(new Date(choices.nextWeek).toISOString()).toBe('2027-01-04T07:00:00.000Z');
    expect(new Date(choices.tomorrowMorning).toISOString()).toBe('2026-12-29T07:00:00.000Z');
  });

  it('follows summer time where there is one', () => {
    // Saturday 28 March 2026 in Paris: Sunday 08:00 is already summer time (UTC+2).
    const choices = snoozeChoices(Date.parse('2026-03-28T12:00:00Z'), 'Europe/Paris');
    expect(new Date(choices.tomorrowMorning).toISOString()).toBe('2026-03-29T06:00:00.000Z');
  });
});
