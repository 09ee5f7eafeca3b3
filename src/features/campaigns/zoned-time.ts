// A date and time as people in the organisation read them (its IANA time zone, « Africa/Douala »)
// and the UTC instant the database stores, converted with Intl alone: the browser's own time zone
// never takes part, so an admin travelling abroad still schedules at Douala's 09:00.

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;

export type ZonedDateTime = {
  /** YYYY-MM-DD, as `<input type="date">` gives it. */
  date: string;
  /** HH:MM, as `<input type="time">` gives it. */
  time: string;
};

/** Whether `value` is a day of the calendar written YYYY-MM-DD (no 30 February). */
export function isCalendarDate(value: string): boolean {
  const match = datePattern.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1000 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

/** Whether `value` is a time of day, HH:MM (seconds tolerated, as some browsers add them). */
export function isTimeOfDay(value: string): boolean {
  return timePattern.test(value);
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock of `timeZone` at an instant, as if it were UTC (milliseconds dropped). */
function wallClockAt(instant: number, timeZone: string): number {
  const parts = partsFormatter(timeZone).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((candidate) => candidate.type === type)?.value);
  return Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
}

/** How far `timeZone` is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  return wallClockAt(instant, timeZone) - (instant - (((instant % 1000) + 1000) % 1000));
}

/**
 * The UTC instant (ISO 8601) of a date and time on the clocks of `timeZone`; null when either is
 * malformed. A time skipped by a change to summer time reads as the same time after the change
 * (02:30 → 03:30); a time that occurs twice when clocks go back is taken the second time.
 */
export function zonedDateTimeToUtc({ date, time }: ZonedDateTime, timeZone: string): string | null {
  const dateMatch = datePattern.exec(date);
  const timeMatch = timePattern.exec(time);
  if (!dateMatch || !timeMatch || !isCalendarDate(date)) return null;
  const wall = Date.UTC(
    Number(dateMatch[1]),
    Number(dateMatch[2]) - 1,
    Number(dateMatch[3]),
    Number(timeMatch[1]),
    Number(timeMatch[2]),
    Number(timeMatch[3] ?? 0),
  );
  // The offset at the wall time read as UTC is right unless a change of offset lies between the
  // two; one more step lands on the offset in force at the instant itself.
  const first = wall - offsetAt(wall, timeZone);
  const secondOffset = offsetAt(first, timeZone);
  const instant = wall - secondOffset;
  return new Date(instant).toISOString();
}

/** The date and time on the clocks of `timeZone` at a UTC instant (ISO 8601 or Date). */
export function utcToZonedDateTime(value: string | Date, timeZone: string): ZonedDateTime {
  const instant = (value instanceof Date ? value : new Date(value)).getTime();
  const wall = new Date(wallClockAt(instant, timeZone)).toISOString();
  return { date: wall.slice(0, 10), time: wall.slice(11, 16) };
}
