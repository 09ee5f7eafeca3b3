import { describe, expect, it } from 'vitest';
import {
  instantToLocalInput,
  isCalendarDate,
  isTimeOfDay,
  localInputToInstant,
  sameDay,
  utcToZonedDateTime,
  wallClock,
  zonedDateTimeToUtc,
} from './zoned-time';

describe('zonedDateTimeToUtc', () => {
  it('reads the time on the organisation’s clocks, whatever the machine’s zone', () => {
    expect(zonedDateTimeToUtc({ date: '2026-03-12', time: '09:30' }, 'Africa/Douala')).toBe(
      '2026-03-12T08:30:00.000Z',
    );
    expect(zonedDateTimeToUtc({ date: '2026-03-12', time: '09:30' }, 'UTC')).toBe(
      '2026-03-12T09:30:00.000Z',
    );
    expect(zonedDateTimeToUtc({ date: '2026-03-12', time: '09:30' }, 'Asia/Kolkata')).toBe(
      '2026-03-12T04:00:00.000Z',
    );
    expect(zonedDateTimeToUtc({ date: '2026-07-01', time: '09:00' }, 'America/New_York')).toBe(
      '2026-07-01T13:00:00.000Z',
    );
  });

  it('crosses midnight and the year when the zone is ahead of UTC', () => {
    expect(zonedDateTimeToUtc({ date: '2027-01-01', time: '00:30' }, 'Africa/Douala')).toBe(
      '2026-12-31T23:30:00.000Z',
    );
  });

  it('follows summer time, including right after a change', () => {
    expect(zonedDateTimeToUtc({ date: '2026-01-15', time: '12:00' }, 'Europe/Paris')).toBe(
      '2026-01-15T11:00:00.000Z',
    );
    expect(zonedDateTimeToUtc({ date: '2026-07-15', time: '12:00' }, 'Europe/Paris')).toBe(
      '2026-07-15T10:00:00.000Z',
    );
    expect(zonedDateTimeToUtc({ date: '2026-03-08', time: '03:30' }, 'America/New_York')).toBe(
      '2026-03-08T07:30:00.000Z',
    );
  });

  it('moves a time skipped by summer time forward, and takes a repeated time the second time', () => {
    // Paris skips 02:00–03:00 on 29 March 2026.
    expect(zonedDateTimeToUtc({ date: '2026-03-29', time: '02:30' }, 'Europe/Paris')).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    // …and lives 02:00–03:00 twice on 25 October 2026.
    expect(zonedDateTimeToUtc({ date: '2026-10-25', time: '02:30' }, 'Europe/Paris')).toBe(
      '2026-10-25T01:30:00.000Z',
    );
  });

  it('refuses malformed or impossible input', () => {
    expect(zonedDateTimeToUtc({ date: '', time: '09:00' }, 'Africa/Douala')).toBeNull();
    expect(zonedDateTimeToUtc({ date: '2026-02-30', time: '09:00' }, 'Africa/Douala')).toBeNull();
    expect(zonedDateTimeToUtc({ date: '2026-03-12', time: '24:00' }, 'Africa/Douala')).toBeNull();
    expect(zonedDateTimeToUtc({ date: '12/03/2026', time: '09:00' }, 'Africa/Douala')).toBeNull();
  });

  it('accepts the seconds some browsers add', () => {
    expect(zonedDateTimeToUtc({ date: '2026-03-12', time: '09:30:15' }, 'Africa/Douala')).toBe(
      '2026-03-12T08:30:15.000Z',
    );
  });
});

describe('utcToZonedDateTime', () => {
  it('gives the date and time on the zone’s clocks', () => {
    expect(utcToZonedDateTime('2026-12-31T23:30:00.000Z', 'Africa/Douala')).toEqual({
      date: '2027-01-01',
      time: '00:30',
    });
    expect(utcToZonedDateTime('2026-07-15T10:00:00+00:00', 'Europe/Paris')).toEqual({
      date: '2026-07-15',
      time: '12:00',
    });
    expect(utcToZonedDateTime(new Date('2026-03-12T04:00:00Z'), 'Asia/Kolkata')).toEqual({
      date: '2026-03-12',
      time: '09:30',
    });
  });

  it('round-trips with zonedDateTimeToUtc', () => {
    for (const zone of ['Africa/Douala', 'Africa/Ndjamena', 'Europe/Paris', 'America/Sao_Paulo']) {
      for (const instant of ['2026-01-01T00:00:00.000Z', '2026-06-30T17:45:00.000Z']) {
        expect(zonedDateTimeToUtc(utcToZonedDateTime(instant, zone), zone)).toBe(instant);
      }
    }
  });
});

describe('input checks', () => {
  it('knows calendar days and times of day', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-3-1')).toBe(false);
    expect(isTimeOfDay('00:00')).toBe(true);
    expect(isTimeOfDay('23:59')).toBe(true);
    expect(isTimeOfDay('9:30')).toBe(false);
    expect(isTimeOfDay('12:60')).toBe(false);
  });
});

describe('datetime-local input and wall clocks', () => {
  it('is read on the organisation’s clocks, not the browser’s', () => {
    expect(new Date(localInputToInstant('2026-12-24T18:30', 'Africa/Douala')!).toISOString()).toBe(
      '2026-12-24T17:30:00.000Z',
    );
    expect(instantToLocalInput(Date.parse('2026-12-24T17:30:00Z'), 'Africa/Douala')).toBe(
      '2026-12-24T18:30',
    );
  });

  it('refuses what is not a date', () => {
    expect(localInputToInstant('2026-02-30T10:00', 'Africa/Douala')).toBeNull();
    expect(localInputToInstant('demain', 'Africa/Douala')).toBeNull();
  });

  it('knows the day of the week', () => {
    expect(wallClock(Date.parse('2026-12-13T12:00:00Z'), 'Africa/Douala').weekday).toBe(7);
  });

  it('tells whether two instants fall on the same day of the zone', () => {
    // 22:30 and 23:30 UTC: the same afternoon in New York, either side of midnight in Douala.
    const evening = Date.parse('2026-12-09T22:30:00Z');
    const later = Date.parse('2026-12-09T23:30:00Z');
    expect(sameDay(evening, later, 'America/New_York')).toBe(true);
    expect(sameDay(evening, later, 'Africa/Douala')).toBe(false);
  });
});
