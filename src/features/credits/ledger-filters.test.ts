import { describe, expect, it } from 'vitest';
import {
  hasLedgerFilters,
  isInvertedRange,
  ledgerQuery,
  nextCalendarDay,
  readLedgerFilters,
  withLedgerFilter,
  withoutLedgerFilters,
} from './ledger-filters';

describe('the ledger filters in the address', () => {
  it('reads the reason, channel and days it holds', () => {
    const params = new URLSearchParams('motif=topup&canal=whatsapp&du=2026-12-01&au=2026-12-15');
    expect(readLedgerFilters(params)).toEqual({
      reason: 'topup',
      channel: 'whatsapp',
      from: '2026-12-01',
      to: '2026-12-15',
    });
  });

  it('ignores values a mistyped or forged link carries', () => {
    const params = new URLSearchParams('motif=cadeau&canal=sms&du=2026-02-30&au=demain');
    expect(readLedgerFilters(params)).toEqual({ reason: '', channel: '', from: '', to: '' });
    expect(hasLedgerFilters(readLedgerFilters(params))).toBe(false);
  });

  it('writes one filter at a time, removes empty ones and keeps the other parameters', () => {
    const start = new URLSearchParams('paiement=wcap-x&motif=refund');
    const withChannel = withLedgerFilter(start, 'channel', 'web');
    expect(withChannel.toString()).toBe('paiement=wcap-x&motif=refund&canal=web');
    expect(withLedgerFilter(withChannel, 'reason', '').toString()).toBe(
      'paiement=wcap-x&canal=web',
    );
    expect(start.toString()).toBe('paiement=wcap-x&motif=refund');
    expect(
      withoutLedgerFilters(withLedgerFilter(withChannel, 'from', '2026-12-01')).toString(),
    ).toBe('paiement=wcap-x');
  });

  it('round-trips: what is written is read back', () => {
    let params = new URLSearchParams();
    params = withLedgerFilter(params, 'reason', 'generation');
    params = withLedgerFilter(params, 'to', '2026-12-31');
    expect(readLedgerFilters(params)).toEqual({
      reason: 'generation',
      channel: '',
      from: '',
      to: '2026-12-31',
    });
  });

  it('notices a range that ends before it starts', () => {
    const filters = { reason: '', channel: '', from: '2026-12-10', to: '2026-12-09' } as const;
    expect(isInvertedRange(filters)).toBe(true);
    expect(isInvertedRange({ ...filters, to: '2026-12-10' })).toBe(false);
    expect(isInvertedRange({ ...filters, to: '' })).toBe(false);
  });
});

describe('ledgerQuery', () => {
  it('turns the days into instants of the organisation’s time zone, the last day included', () => {
    const query = ledgerQuery(
      { reason: 'topup', channel: '', from: '2026-12-01', to: '2026-12-31' },
      'Africa/Douala',
    );
    expect(query).toEqual({
      reason: 'topup',
      channel: null,
      since: '2026-11-30T23:00:00.000Z',
      until: '2026-12-31T23:00:00.000Z',
    });
  });

  it('selects everything without filters', () => {
    expect(ledgerQuery({ reason: '', channel: '', from: '', to: '' }, 'UTC')).toEqual({
      reason: null,
      channel: null,
      since: null,
      until: null,
    });
  });
});

describe('nextCalendarDay', () => {
  it('crosses months, years and leap days', () => {
    expect(nextCalendarDay('2026-12-31')).toBe('2027-01-01');
    expect(nextCalendarDay('2028-02-28')).toBe('2028-02-29');
    expect(nextCalendarDay('2026-02-28')).toBe('2026-03-01');
  });
});
