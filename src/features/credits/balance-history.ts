import { plural, t } from '@lingui/core/macro';
import { formatDate, formatNumber } from '../../lib/format';
import { utcToZonedDateTime, zonedDateTimeToUtc } from '../../lib/zoned-time';

// The chart of the balance over the last 30 days: the balance at the end of each day on the
// organisation's clocks, read from the ledger's balance_after (the balance each movement left).

export const balanceHistoryDays = 30;

export type BalancePoint = {
  /** YYYY-MM-DD on the organisation's clocks. */
  day: string;
  /** The day's start, in milliseconds since the epoch, for a numeric time axis. */
  time: number;
  /** The balance at the end of the day (now, for today). */
  balance: number;
};

export type BalanceMovement = { createdAt: string; balanceAfter: number };

/** The days of the window, oldest first, ending today, and the instant the first one starts. */
export function balanceHistoryWindow(
  now: Date,
  timeZone: string,
  days: number = balanceHistoryDays,
): { days: string[]; since: string } {
  const today = utcToZonedDateTime(now, timeZone).date;
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const window = Array.from({ length: days }, (_, index) =>
    new Date(Date.UTC(year, month - 1, day - (days - 1 - index))).toISOString().slice(0, 10),
  );
  return {
    days: window,
    since: zonedDateTimeToUtc({ date: window[0]!, time: '00:00' }, timeZone)!,
  };
}

/**
 * Each day's closing balance. `movements` are the window's ledger lines, newest first;
 * `opening` is the balance the window starts with (the last line before it, 0 without one).
 * When the lines are not all there (`complete` false: too many to read), the days before the
 * oldest line read are left out rather than drawn wrong.
 */
export function dailyClosingBalances({
  movements,
  opening,
  days,
  timeZone,
  complete,
}: {
  movements: readonly BalanceMovement[];
  opening: number;
  days: readonly string[];
  timeZone: string;
  complete: boolean;
}): BalancePoint[] {
  // The last line of each day: the first met, newest first.
  const closing = new Map<string, number>();
  for (const movement of movements) {
    const day = utcToZonedDateTime(movement.createdAt, timeZone).date;
    if (!closing.has(day)) closing.set(day, movement.balanceAfter);
  }
  const oldestDay = movements.length
    ? utcToZonedDateTime(movements.at(-1)!.createdAt, timeZone).date
    : null;
  const points: BalancePoint[] = [];
  let balance = opening;
  for (const day of days) {
    if (!complete && (oldestDay === null || day < oldestDay)) continue;
    balance = closing.get(day) ?? balance;
    const start = zonedDateTimeToUtc({ date: day, time: '00:00' }, timeZone);
    points.push({ day, time: start ? Date.parse(start) : Number.NaN, balance });
  }
  return points;
}

const credits = (count: number) => plural(count, { one: '# crédit', other: '# crédits' });

/** The chart in words, for screen readers: where the balance started and ended, its extremes. */
export function balanceHistorySummary(points: readonly BalancePoint[], timeZone: string): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return t`Aucun solde à afficher sur cette période.`;
  const balances = points.map((point) => point.balance);
  const start = formatDate(first.time, timeZone);
  const startBalance = credits(first.balance);
  const endBalance = credits(last.balance);
  const highest = formatNumber(Math.max(...balances));
  const lowest = formatNumber(Math.min(...balances));
  return t`Solde le ${start} : ${startBalance} ; aujourd’hui : ${endBalance}. Au plus haut : ${highest}, au plus bas : ${lowest}.`;
}
