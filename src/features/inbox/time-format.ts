import { t } from '@lingui/core/macro';
import { intlLocale } from '../../lib/format';
import { sameDay } from '../../lib/zoned-time';

// Times of the inbox, in the organisation's time zone and the reader's language.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const id = `${intlLocale()}|${timeZone}|${key}`;
  let found = formatters.get(id);
  if (!found) {
    found = new Intl.DateTimeFormat(intlLocale(), { ...options, timeZone });
    formatters.set(id, found);
  }
  return found;
}

/** « 14:05 ». */
export function formatTime(value: string | number, timeZone: string): string {
  return formatter('time', timeZone, { hour: '2-digit', minute: '2-digit' }).format(
    new Date(value),
  );
}

/** « 03/12/2026 », short. */
function formatShortDate(value: string | number, timeZone: string): string {
  return formatter('date', timeZone, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    new Date(value),
  );
}

/** « lun. », a day of the current week. */
function formatWeekday(value: string | number, timeZone: string): string {
  return formatter('weekday', timeZone, { weekday: 'short' }).format(new Date(value));
}

/** The list's time of a conversation: the hour today, « Hier », the day this week, else the date. */
export function formatListTime(value: string, now: number, timeZone: string): string {
  const at = Date.parse(value);
  if (sameDay(at, now, timeZone)) return formatTime(at, timeZone);
  if (sameDay(at, now - 24 * 60 * 60 * 1000, timeZone)) return t`Hier`;
  if (now - at < 6 * 24 * 60 * 60 * 1000) return formatWeekday(at, timeZone);
  return formatShortDate(at, timeZone);
}

/** « 12 min », « 3 h », « 2 j »: how long a contact has been waiting. */
export function formatWaiting(since: string, now: number): string {
  const minutes = Math.max(0, Math.floor((now - Date.parse(since)) / 60_000));
  if (minutes < 60) return t`${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t`${hours} h`;
  const days = Math.floor(hours / 24);
  return t`${days} j`;
}
