import { describe, expect, it } from 'vitest';
import {
  fillTimelineGaps,
  timeAxisFormatter,
  timelineSummary,
  timelineTotals,
  type TimelineBucket,
} from './timeline';

function bucket(iso: string, sent: number, delivered = 0, read = 0, failed = 0): TimelineBucket {
  return { bucket: iso, sent, delivered, read, failed };
}

describe('fillTimelineGaps', () => {
  it('adds the empty buckets of the width the database chose, in time order', () => {
    // 40 s apart: 1-second buckets (60 of them span 60 s).
    const seconds = fillTimelineGaps([
      bucket('2026-11-21T09:00:40+00:00', 5),
      bucket('2026-11-21T09:00:00+00:00', 10, 2),
    ]);
    expect(seconds).toHaveLength(41);
    expect(seconds[0]).toMatchObject({
      time: Date.parse('2026-11-21T09:00:00Z'),
      sent: 10,
      delivered: 2,
    });
    expect(seconds[1]).toMatchObject({ time: Date.parse('2026-11-21T09:00:01Z'), sent: 0 });
    expect(seconds[40]).toMatchObject({ sent: 5 });

    // 20 minutes: 30-second buckets (60 of them span 30 minutes).
    const minutes = fillTimelineGaps([
      bucket('2026-11-21T09:00:00Z', 1),
      bucket('2026-11-21T09:05:00Z', 2),
      bucket('2026-11-21T09:20:00Z', 3),
    ]);
    expect(minutes).toHaveLength(41);
    expect(minutes.map((point) => point.sent).filter(Boolean)).toEqual([1, 2, 3]);

    // Two hours apart: 5-minute buckets.
    const hours = fillTimelineGaps([
      bucket('2026-11-21T09:00:00Z', 1),
      bucket('2026-11-21T11:00:00Z', 1),
    ]);
    expect(hours).toHaveLength(25);
  });

  it('draws the buckets as they come when no width fits them', () => {
    const odd = fillTimelineGaps([
      bucket('2026-11-21T09:00:00.000Z', 1),
      bucket('2026-11-21T09:00:00.700Z', 1),
    ]);
    expect(odd).toHaveLength(2);
  });

  it('keeps the buckets as they are when filling would draw too many points', () => {
    const points = fillTimelineGaps(
      [bucket('2026-11-21T09:00:00Z', 1), bucket('2026-11-21T09:00:59Z', 1)],
      10,
    );
    expect(points).toHaveLength(2);
  });

  it('keeps a single bucket and drops unreadable ones', () => {
    expect(fillTimelineGaps([bucket('2026-11-21T09:00:00Z', 3), bucket('nope', 1)])).toEqual([
      { time: Date.parse('2026-11-21T09:00:00Z'), sent: 3, delivered: 0, read: 0, failed: 0 },
    ]);
    expect(fillTimelineGaps([])).toEqual([]);
  });
});

describe('timeAxisFormatter', () => {
  const at = (iso: string) => ({
    time: Date.parse(iso),
    sent: 0,
    delivered: 0,
    read: 0,
    failed: 0,
  });

  it('shows seconds for a short campaign, in the organisation’s time zone', () => {
    const format = timeAxisFormatter(
      [at('2026-11-21T09:00:00Z'), at('2026-11-21T09:02:00Z')],
      'Africa/Douala',
    );
    expect(format(Date.parse('2026-11-21T09:00:05Z'))).toBe('10:00:05');
  });

  it('shows hours and minutes within a day, and the day beyond', () => {
    const day = timeAxisFormatter(
      [at('2026-11-21T09:00:00Z'), at('2026-11-21T15:00:00Z')],
      'Africa/Douala',
    );
    expect(day(Date.parse('2026-11-21T09:30:00Z'))).toBe('10:30');
    const week = timeAxisFormatter(
      [at('2026-11-21T09:00:00Z'), at('2026-11-24T09:00:00Z')],
      'Africa/Douala',
    );
    expect(week(Date.parse('2026-11-22T09:30:00Z'))).toMatch(/^22 nov\..*10:30$/);
  });
});

describe('timeline totals and summary', () => {
  const points = fillTimelineGaps([
    bucket('2026-11-21T09:00:00Z', 40, 30, 10, 1),
    bucket('2026-11-21T09:00:10Z', 60, 50, 20, 0),
  ]);

  it('adds up each series', () => {
    expect(timelineTotals(points)).toEqual({ sent: 100, delivered: 80, read: 30, failed: 1 });
  });

  it('says the period, the totals and the busiest moment', () => {
    const summary = timelineSummary(points, 'Africa/Douala');
    expect(summary).toContain('100 envois, 80 remises, 30 lectures, 1 échec');
    expect(summary).toContain('Le plus grand nombre d’envois, 60,');
    expect(summary.startsWith('Le 21 novembre 2026 à 10:00')).toBe(true);
  });

  it('says when nothing was sent', () => {
    expect(timelineSummary([], 'Africa/Douala')).toBe('Aucun envoi pour le moment.');
  });
});
