/**
 * pg_cron's schedule syntax, evaluated in UTC as pg_cron does by default: either '<n> seconds'
 * (1–59) or five cron fields (minute hour day-of-month month day-of-week).
 */
export type Schedule =
  | { kind: 'interval'; seconds: number }
  | {
      kind: 'cron';
      minutes: Set<number>;
      hours: Set<number>;
      days: Set<number>;
      months: Set<number>;
      weekdays: Set<number>;
      anyDay: boolean;
      anyWeekday: boolean;
    };

function parseField(field: string, min: number, max: number): Set<number> {
  const values = new Set<number>();
  for (const part of field.split(',')) {
    const match = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
    if (!match) throw new Error(`champ cron invalide : ${field}`);
    const [, range, from, to, step] = match;
    const start = range === '*' ? min : Number(from);
    const end = range === '*' ? max : to !== undefined ? Number(to) : step ? max : start;
    const increment = step ? Number(step) : 1;
    if (start < min || end > max || start > end || increment < 1) {
      throw new Error(`champ cron hors limites : ${field}`);
    }
    for (let value = start; value <= end; value += increment) values.add(value);
  }
  return values;
}

export function parseSchedule(text: string): Schedule {
  const interval = /^\s*([1-9]|[1-5][0-9]) seconds?\s*$/.exec(text);
  if (interval) return { kind: 'interval', seconds: Number(interval[1]) };
  const fields = text.trim().split(/\s+/);
  if (fields.length !== 5) throw new Error(`planification invalide : ${text}`);
  const [minute, hour, day, month, weekday] = fields as [string, string, string, string, string];
  const weekdays = parseField(weekday, 0, 7);
  if (weekdays.has(7)) weekdays.add(0);
  return {
    kind: 'cron',
    minutes: parseField(minute, 0, 59),
    hours: parseField(hour, 0, 23),
    days: parseField(day, 1, 31),
    months: parseField(month, 1, 12),
    weekdays,
    anyDay: day === '*',
    anyWeekday: weekday === '*',
  };
}

/** Whether a cron schedule fires in the minute containing `at`. */
export function cronMatches(schedule: Extract<Schedule, { kind: 'cron' }>, at: Date): boolean {
  const dayMatches = schedule.days.has(at.getUTCDate());
  const weekdayMatches = schedule.weekdays.has(at.getUTCDay());
  // As in cron: when both day fields are restricted, either one may match.
  const dateMatches =
    schedule.anyDay || schedule.anyWeekday
      ? dayMatches && weekdayMatches
      : dayMatches || weekdayMatches;
  return (
    schedule.minutes.has(at.getUTCMinutes()) &&
    schedule.hours.has(at.getUTCHours()) &&
    schedule.months.has(at.getUTCMonth() + 1) &&
    dateMatches
  );
}

/** Whether a job last started at `lastRun` (or never, before `since`) is due at `now`. */
export function isDue(
  schedule: Schedule,
  now: Date,
  lastRun: Date | undefined,
  since: Date,
): boolean {
  if (schedule.kind === 'interval') {
    const reference = lastRun ?? since;
    return now.getTime() - reference.getTime() >= schedule.seconds * 1000;
  }
  const minute = Math.floor(now.getTime() / 60_000);
  if (lastRun && Math.floor(lastRun.getTime() / 60_000) === minute) return false;
  return cronMatches(schedule, now);
}
