// Wall-clock times of the organisation's time zone (« Africa/Douala ») and the instants they stand
// for, with Intl alone: the browser's own time zone never takes part, so « demain à 08:00 » is
// 08:00 in Douala for an agent travelling abroad too.

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

/** The wall clock of `timeZone` at an instant. */
export function wallClock(instant: number, timeZone: string): WallClock {
  const { year, month, day, hour, minute } = clockParts(instant, timeZone);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7;
  return { year, month, day, hour, minute, weekday };
}

/** How far `timeZone` is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const { year, month, day, hour, minute, second } = clockParts(instant, timeZone);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  return asUtc - (instant - (((instant % 1000) + 1000) % 1000));
}

/**
 * The instant of a wall-clock time in `timeZone` (days and months may overflow: day 32 is the
 * next month's first).
 */
export function zonedInstant(
  { year, month, day, hour, minute }: Omit<WallClock, 'weekday'>,
  timeZone: string,
): number {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const first = guess - offsetAt(guess, timeZone);
  return guess - offsetAt(first, timeZone);
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
