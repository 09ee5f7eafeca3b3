import { t } from '@lingui/core/macro';
import { formatDate } from '../../lib/format';
import type { Message } from './types';
import { sameDay } from '../../lib/zoned-time';

// The thread as it is drawn: a line for each day, and bubbles grouped when the same author writes
// several in a row (the name is written once, over the first).

export type ThreadItem =
  | { kind: 'day'; key: string; at: number }
  | { kind: 'message'; key: string; message: Message; startsGroup: boolean; endsGroup: boolean };

/** Messages further apart than this start a new group, even from the same author. */
export const groupGapMs = 5 * 60 * 1000;

function speaker(message: Message): string | null {
  if (message.kind === 'event') return null;
  return [message.author, message.author_id ?? message.author_name ?? '', message.private].join(
    ':',
  );
}

/** The items of the thread for messages in chronological order, days in `timeZone`. */
export function groupMessages(messages: readonly Message[], timeZone: string): ThreadItem[] {
  const items: ThreadItem[] = [];
  let previous: Message | null = null;
  for (const message of messages) {
    const at = Date.parse(message.created_at);
    const previousAt = previous ? Date.parse(previous.created_at) : null;
    const newDay = previousAt === null || !sameDay(previousAt, at, timeZone);
    if (newDay) items.push({ kind: 'day', key: `day-${message.created_at}`, at });
    const who = speaker(message);
    const continues =
      !newDay &&
      previous !== null &&
      who !== null &&
      who === speaker(previous) &&
      previousAt !== null &&
      at - previousAt <= groupGapMs;
    const last = items[items.length - 1];
    if (continues && last?.kind === 'message') last.endsGroup = false;
    items.push({
      kind: 'message',
      key: message.id,
      message,
      startsGroup: !continues,
      endsGroup: true,
    });
    previous = message;
  }
  return items;
}

/** « Aujourd’hui », « Hier » or the date, for the line of a day. */
export function dayLabel(at: number, now: number, timeZone: string): string {
  if (sameDay(at, now, timeZone)) return t`Aujourd’hui`;
  if (sameDay(at, now - 24 * 60 * 60 * 1000, timeZone)) return t`Hier`;
  return formatDate(at, timeZone);
}
