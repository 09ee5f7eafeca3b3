import { describe, expect, it } from 'vitest';
import {
  balanceHistorySummary,
  balanceHistoryWindow,
  dailyClosingBalances,
} from './balance-history';

const zone = 'Africa/Douala';

describe('balanceHistoryWindow', () => {
  it('spans the last 30 days on the organisation’s clocks, ending today', () => {
    // 23:30 UTC on 16 December is already 17 December in Douala (UTC+1).
    const { days, since } = balanceHistoryWindow(new Date('2026-12-16T23:30:00Z'), zone);
    expect(days).toHaveLength(30);
    expect(days[0]).toBe('2026-11-18');
    expect(days.at(-1)).toBe('2026-12-17');
    expect(since).toBe('2026-11-17T23:00:00.000Z');
  });
});

describe('dailyClosingBalances', () => {
  const days = ['2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17'];
  // Newest first, as the ledger is read.
  const movements = [
    { createdAt: '2026-12-16T20:00:00Z', balanceAfter: 54 },
    { createdAt: '2026-12-16T08:00:00Z', balanceAfter: 55 },
    // 23:30 UTC on the 14th is the 15th in Douala.
    { createdAt: '2026-12-14T23:30:00Z', balanceAfter: 5 },
  ];

  it('takes each day’s last balance and carries it over days without movement', () => {
    const points = dailyClosingBalances({
      movements,
      opening: 0,
      days,
      timeZone: zone,
      complete: true,
    });
    expect(points.map(({ day, balance }) => [day, balance])).toEqual([
      ['2026-12-14', 0],
      ['2026-12-15', 5],
      ['2026-12-16', 54],
      ['2026-12-17', 54],
    ]);
    expect(points[0]!.time).toBe(Date.parse('2026-12-13T23:00:00Z'));
  });

  it('draws the opening balance flat when nothing moved', () => {
    const points = dailyClosingBalances({
      movements: [],
      opening: 12,
      days,
      timeZone: zone,
      complete: true,
    });
    expect(points.map((point) => point.balance)).toEqual([12, 12, 12, 12]);
  });

  it('leaves out the days it could not read rather than drawing them wrong', () => {
    const points = dailyClosingBalances({
      movements: movements.slice(0, 2),
      opening: 0,
      days,
      timeZone: zone,
      complete: false,
    });
    expect(points.map(({ day, balance }) => [day, balance])).toEqual([
      ['2026-12-16', 54],
      ['2026-12-17', 54],
    ]);
  });
});

describe('balanceHistorySummary', () => {
  it('says the chart in words', () => {
    const points = dailyClosingBalances({
      movements: [{ createdAt: '2026-12-16T08:00:00Z', balanceAfter: 55 }],
      opening: 1,
      days: ['2026-12-15', '2026-12-16'],
      timeZone: zone,
      complete: true,
    });
    expect(balanceHistorySummary(points, zone)).toBe(
      'Solde le 15 décembre 2026 : 1 crédit ; aujourd’hui : 55 crédits. Au plus haut : 55, au plus bas : 1.',
    );
    expect(balanceHistorySummary([], zone)).toBe('Aucun solde à afficher sur cette période.');
  });
});
