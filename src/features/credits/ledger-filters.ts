import { isCalendarDate, zonedDateTimeToUtc } from '../../lib/zoned-time';

// The ledger's filters, kept in the address so that a reload or a shared link shows the same
// movements: the reason, the channel and a range of days on the organisation's clocks.

export const ledgerReasons = ['welcome', 'topup', 'generation', 'refund', 'adjustment'] as const;
export type LedgerReason = (typeof ledgerReasons)[number];

export const ledgerChannels = ['web', 'whatsapp', 'system'] as const;
export type LedgerChannel = (typeof ledgerChannels)[number];

export type LedgerFilters = {
  reason: LedgerReason | '';
  channel: LedgerChannel | '';
  /** First day shown, YYYY-MM-DD, or ''. */
  from: string;
  /** Last day shown (included), YYYY-MM-DD, or ''. */
  to: string;
};

/** The address's parameter for each filter, in French like the paths. */
export const ledgerFilterParams = {
  reason: 'motif',
  channel: 'canal',
  from: 'du',
  to: 'au',
} as const satisfies Record<keyof LedgerFilters, string>;

export type LedgerFilterName = keyof LedgerFilters;

export function isLedgerReason(value: unknown): value is LedgerReason {
  return (ledgerReasons as readonly unknown[]).includes(value);
}

export function isLedgerChannel(value: unknown): value is LedgerChannel {
  return (ledgerChannels as readonly unknown[]).includes(value);
}

/** The filters an address holds; a value that is not one of them (a mistyped link) is ignored. */
export function readLedgerFilters(params: URLSearchParams): LedgerFilters {
  const reason = params.get(ledgerFilterParams.reason);
  const channel = params.get(ledgerFilterParams.channel);
  const from = params.get(ledgerFilterParams.from) ?? '';
  const to = params.get(ledgerFilterParams.to) ?? '';
  return {
    reason: isLedgerReason(reason) ? reason : '',
    channel: isLedgerChannel(channel) ? channel : '',
    from: isCalendarDate(from) ? from : '',
    to: isCalendarDate(to) ? to : '',
  };
}

/** The address's parameters with one filter changed; an empty value removes it. */
export function withLedgerFilter(
  params: URLSearchParams,
  name: LedgerFilterName,
  value: string,
): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value) next.set(ledgerFilterParams[name], value);
  else next.delete(ledgerFilterParams[name]);
  return next;
}

/** The address's parameters without any of the ledger's filters (others, such as paiement, stay). */
export function withoutLedgerFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const param of Object.values(ledgerFilterParams)) next.delete(param);
  return next;
}

export function hasLedgerFilters(filters: LedgerFilters): boolean {
  return Boolean(filters.reason || filters.channel || filters.from || filters.to);
}

/** A range whose last day comes before its first selects nothing: the form says so. */
export function isInvertedRange(filters: LedgerFilters): boolean {
  return Boolean(filters.from && filters.to && filters.to < filters.from);
}

/**
 * What the ledger's queries select: the filters with the days turned into instants of the
 * organisation's time zone, `since` included and `until` (the start of the day after the last
 * one) excluded. The query keys use it, so two addresses selecting the same rows share a cache.
 */
export type LedgerQuery = {
  reason: LedgerReason | null;
  channel: LedgerChannel | null;
  since: string | null;
  until: string | null;
};

/** The calendar day after `date` (YYYY-MM-DD). */
export function nextCalendarDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

export function ledgerQuery(filters: LedgerFilters, timeZone: string): LedgerQuery {
  const startOf = (date: string) => zonedDateTimeToUtc({ date, time: '00:00' }, timeZone);
  return {
    reason: filters.reason || null,
    channel: filters.channel || null,
    since: filters.from ? startOf(filters.from) : null,
    until: filters.to ? startOf(nextCalendarDay(filters.to)) : null,
  };
}
