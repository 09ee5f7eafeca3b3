import { t } from '@lingui/core/macro';

// The hours a campaign sends nothing (`quiet_hours_start` / `quiet_hours_end`, Postgres `time`s
// on the organisation's clocks, possibly across midnight).

/** No sending at night, by default: from 21:00 to 08:00 the next morning. */
export const defaultQuietHours = { start: '21:00', end: '08:00' } as const;

/** « 21:00:00 » (a Postgres `time`) or « 21:00 » (an input) → « 21:00 ». */
export function clockTime(time: string): string {
  return time.slice(0, 5);
}

/** « Pas d’envoi entre 21:00 et 08:00 », or null without quiet hours. */
export function quietHoursText(start: string | null, end: string | null): string | null {
  if (!start || !end) return null;
  const from = clockTime(start);
  const to = clockTime(end);
  return t`Pas d’envoi entre ${from} et ${to}`;
}
