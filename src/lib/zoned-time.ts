// Dates and times as people in the organisation read them (its IANA time zone, « Africa/Douala »)
// and the instants they stand for, converted with Intl alone: the browser's own time zone never
// takes part, so an admin travelling abroad still schedules at Douala's 09:00, and « demain à
// 08:00 » is 08:00 in Douala for an agent abroad too.

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;

export type ZonedDateTime = {
  /** YYYY-MM-DD, as `<input type="date">` gives it. */
  date: string;
  /** HH:MM, as `<input type="time">` gives it. */
  time: string;
};

export type WallClock = {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** ISO: 1 = Monday … 7 = Sunday. */
  weekday: number;
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

function clockParts(instant: number, timeZone: string) {
  const parts = partsFormatter(timeZone).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((candidate) => candidate.type === type)?.value);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}

/** The wall clock of `timeZone` at an instant, as if it were UTC (milliseconds dropped). */
function wallClockAsUtc(instant: number, timeZone: string): number {
  const { year, month, day, hour, minute, second } = clockParts(instant, timeZone);
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** How far `timeZone` is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  return wallClockAsUtc(instant, timeZone) - (instant - (((instant % 1000) + 1000) % 1000));
}

/** The instant at which the clocks of `timeZone` show `wall` (a wall-clock time written as UTC). */
function instantOfWallClock(wall: number, timeZone: string): number {
  // The offset at the wall time read as UTC is right unless a change of offset lies between the
  // two; one more step lands on the offset in force at the instant itself.
  const first = wall - offsetAt(wall, timeZone);
  return wall - offsetAt(first, timeZone);
}

/** The wall clock of `timeZone` at an instant. */
export function wallClock(instant: number, timeZone: string): WallClock {
  const { year, month, day, hour, minute } = clockParts(instant, timeZone);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7;
  return { year, month, day, hour, minute, weekday };
}

/**
 * The instant of a wall-clock time in `timeZone` (days and months may overflow: day 32 is the
 * next month's first).
 */
export function zonedInstant(
  { year, month, day, hour, minute }: Omit<WallClock, 'weekday'>,
  timeZone: string,
): number {
  return instantOfWallClock(Date.UTC(year, month - 1, day, hour, minute), timeZone);
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
  return new Date(instantOfWallClock(wall, timeZone)).toISOString();
}

/** The date and time on the clocks of `timeZone` at a UTC instant (ISO 8601 or Date). */
export function utcToZonedDateTime(value: string | Date, timeZone: string): ZonedDateTime {
  const instant = (value instanceof Date ? value : new Date(value)).getTime();
  const wall = new Date(wallClockAsUtc(instant, timeZone)).toISOString();
  return { date: wall.slice(0, 10), time: wall.slice(11, 16) };
}

const localInputPattern = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)/;

/** `<input type="datetime-local">`'s value, read on the clocks of `timeZone`; null if malformed. */
export function localInputToInstant(value: string, timeZone: string): number | null {
  const match = localInputPattern.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return zonedInstant({ year, month, day, hour, minute }, timeZone);
}

const pad = (value: number) => String(value).padStart(2, '0');

/** An instant as `<input type="datetime-local">` writes it, on the clocks of `timeZone`. */
export function instantToLocalInput(instant: number, timeZone: string): string {
  const { year, month, day, hour, minute } = wallClock(instant, timeZone);
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
}

/** Whether two instants fall on the same day in `timeZone`. */
export function sameDay(a: number, b: number, timeZone: string): boolean {
  const first = wallClock(a, timeZone);
  const second = wallClock(b, timeZone);
  return first.year === second.year && first.month === second.month && first.day === second.day;
}
