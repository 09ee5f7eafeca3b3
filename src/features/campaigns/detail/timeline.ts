import { plural, t } from '@lingui/core/macro';
import { formatDateTime, formatNumber, intlLocale } from '../../../lib/format';

// The chart of sends over time: `campaign_timeline` returns only the buckets where something
// happened, about 60 of a round width; the chart needs the empty ones too, or its lines would
// join across a pause as if sending had gone on.

export type TimelineBucket = {
  bucket: string;
  sent: number;
  delivered: number;
  read: number;
  failed: number;
};

export type TimelinePoint = {
  /** Milliseconds since the epoch, for a numeric time axis. */
  time: number;
  sent: number;
  delivered: number;
  read: number;
  failed: number;
};

// The widths `campaign_timeline` chooses from: the smallest for which the campaign's span is
// at most 60 of them.
const bucketWidthsMs = [
  1,
  5,
  10,
  30,
  60,
  5 * 60,
  15 * 60,
  3_600,
  6 * 3_600,
  86_400,
  7 * 86_400,
].map((seconds) => seconds * 1_000);

/**
 * The buckets in time order with the empty ones between them added as zeros. The width is the
 * one the database chose: the smallest of its widths that spans the buckets in 60 and that every
 * gap between buckets is a multiple of. Without one (not expected) the buckets are drawn as
 * they come, and so they are when filling would draw more than `maxPoints` points.
 */
export function fillTimelineGaps(
  buckets: readonly TimelineBucket[],
  maxPoints = 240,
): TimelinePoint[] {
  const points = buckets
    .map(({ bucket, sent, delivered, read, failed }) => ({
      time: Date.parse(bucket),
      sent,
      delivered,
      read,
      failed,
    }))
    .filter((point) => !Number.isNaN(point.time))
    .sort((a, b) => a.time - b.time);
  if (points.length < 2) return points;

  const first = points[0]!.time;
  const last = points[points.length - 1]!.time;
  const width = bucketWidthsMs.find(
    (candidate) =>
      candidate * 60 >= last - first &&
      points.every((point) => (point.time - first) % candidate === 0),
  );
  if (width === undefined || (last - first) / width + 1 > maxPoints) return points;

  const byTime = new Map(points.map((point) => [point.time, point]));
  const filled: TimelinePoint[] = [];
  for (let time = first; time <= last; time += width) {
    filled.push(byTime.get(time) ?? { time, sent: 0, delivered: 0, read: 0, failed: 0 });
  }
  return filled;
}

/**
 * How the time axis names a moment in the organisation's time zone: seconds for a campaign of
 * a few minutes, the day as well for one over more than a day.
 */
export function timeAxisFormatter(
  points: readonly TimelinePoint[],
  timeZone: string,
): (time: number) => string {
  const span = points.length > 1 ? points[points.length - 1]!.time - points[0]!.time : 0;
  const options: Intl.DateTimeFormatOptions =
    span <= 10 * 60_000
      ? { hour: '2-digit', minute: '2-digit', second: '2-digit' }
      : span <= 24 * 3_600_000
        ? { hour: '2-digit', minute: '2-digit' }
        : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' };
  const formatter = new Intl.DateTimeFormat(intlLocale(), { ...options, timeZone });
  return (time) => formatter.format(new Date(time));
}

export type TimelineTotals = { sent: number; delivered: number; read: number; failed: number };

export function timelineTotals(points: readonly TimelinePoint[]): TimelineTotals {
  return points.reduce(
    (totals, point) => ({
      sent: totals.sent + point.sent,
      delivered: totals.delivered + point.delivered,
      read: totals.read + point.read,
      failed: totals.failed + point.failed,
    }),
    { sent: 0, delivered: 0, read: 0, failed: 0 },
  );
}

/** What the chart shows, in a sentence for screen readers. */
export function timelineSummary(points: readonly TimelinePoint[], timeZone: string): string {
  if (points.length === 0) return t`Aucun envoi pour le moment.`;
  const totals = timelineTotals(points);
  const busiest = points.reduce((best, point) => (point.sent > best.sent ? point : best));
  const from = formatDateTime(points[0]!.time, timeZone);
  const to = formatDateTime(points[points.length - 1]!.time, timeZone);
  const { sent, delivered, read, failed } = totals;
  const figures = t`${plural(sent, { one: '# envoi', other: '# envois' })}, ${plural(delivered, { one: '# remise', other: '# remises' })}, ${plural(read, { one: '# lecture', other: '# lectures' })}, ${plural(failed, { one: '# échec', other: '# échecs' })}`;
  const sentence = from === to ? t`Le ${from} : ${figures}.` : t`Du ${from} au ${to} : ${figures}.`;
  if (busiest.sent === 0) return sentence;
  const peakCount = formatNumber(busiest.sent);
  const peakAt = formatDateTime(busiest.time, timeZone);
  return `${sentence} ${t`Le plus grand nombre d’envois, ${peakCount}, a eu lieu le ${peakAt}.`}`;
}

/** « 21 nov., 10:05:12 »: a bucket's start in the tooltip, to the second. */
export function bucketTimeFormatter(timeZone: string): (time: number) => string {
  const formatter = new Intl.DateTimeFormat(intlLocale(), {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZone,
  });
  return (time) => formatter.format(new Date(time));
}
