import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { supabase } from '../../../lib/supabase';
import {
  fetchBalanceHistoryRows,
  fetchCreditPacks,
  fetchCreditPayments,
  fetchLedgerPage,
} from '../api';
import { balanceHistoryWindow, dailyClosingBalances } from '../balance-history';
import type { LedgerQuery } from '../ledger-filters';
import type { LedgerCursor } from '../ledger-pages';
import { creditsKeys } from '../query-keys';

export function useCreditPacks() {
  return useQuery({
    queryKey: creditsKeys.packs,
    queryFn: () => fetchCreditPacks(supabase),
    // The catalogue changes with a migration or an ops script, not while someone reads the page.
    staleTime: 10 * 60_000,
  });
}

export function useCreditPayments(organizationId: string) {
  return useQuery({
    queryKey: creditsKeys.payments(organizationId),
    queryFn: () => fetchCreditPayments(supabase, organizationId),
  });
}

/** The ledger for the filters, 50 lines a page; the previous lines stay (dimmed) while filters change. */
export function useCreditLedger(organizationId: string, query: LedgerQuery) {
  return useInfiniteQuery({
    queryKey: creditsKeys.ledger(organizationId, query),
    queryFn: ({ pageParam, signal }) =>
      fetchLedgerPage(supabase, organizationId, query, pageParam, { signal }),
    initialPageParam: null as LedgerCursor | null,
    getNextPageParam: (last) => last.next,
    placeholderData: keepPreviousData,
  });
}

/** Each day's closing balance over the last 30 days. */
export function useBalanceHistory(organizationId: string, timeZone: string) {
  return useQuery({
    queryKey: creditsKeys.balanceHistory(organizationId, timeZone),
    queryFn: async () => {
      const { days, since } = balanceHistoryWindow(new Date(), timeZone);
      const rows = await fetchBalanceHistoryRows(supabase, organizationId, since);
      return dailyClosingBalances({ ...rows, days, timeZone });
    },
  });
}
