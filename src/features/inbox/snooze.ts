import { wallClock, zonedInstant } from '../../lib/zoned-time';

// When a snoozed conversation comes back (« Reporter »): in an hour, tomorrow at 08:00, next week
// (Monday 08:00), in the organisation's time zone; or a date the agent picks; or when the contact
// writes again (no date).

export const morningHour = 8;

export type SnoozeChoices = {
  inOneHour: number;
  tomorrowMorning: number;
  nextWeek: number;
};

export function snoozeChoices(now: number, timeZone: string): SnoozeChoices {
  const today = wallClock(now, timeZone);
  const at = (daysAhead: number) =>
    zonedInstant(
      {
        year: today.year,
        month: today.month,
        day: today.day + daysAhead,
        hour: morningHour,
        minute: 0,
      },
      timeZone,
    );
  // Monday of next week: 1 to 7 days ahead (from a Monday, the Monday after).
  const toMonday = 8 - today.weekday;
  return { inOneHour: now + 60 * 60 * 1000, tomorrowMorning: at(1), nextWeek: at(toMonday) };
}
