import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';
import { supabase } from '../../../lib/supabase';
import { effectiveFilters, type ContactFilters } from '../contact-filters';
import { countFilteredContacts, fetchContactWindow, type ContactListRow } from '../contact-query';

/** Rows fetched per request as the table scrolls: a few screens' worth. */
export const windowSize = 100;

export function useContactCount(organizationId: string, filters: ContactFilters) {
  // The sort does not change the count: one cache entry whatever the order.
  const key = { ...effectiveFilters(filters), sort: null };
  return useQuery({
    queryKey: queryKeys.contactListCount(organizationId, key),
    queryFn: ({ signal }) => countFilteredContacts(supabase, organizationId, filters, signal),
    // While a new filter is counted, the previous total stays instead of a blank.
    placeholderData: keepPreviousData,
  });
}

export type ContactWindows = {
  /** The row at a 0-based position of the list, when its window has arrived. */
  rowAt: (index: number) => ContactListRow | undefined;
  failed: boolean;
  error: unknown;
  retry: () => void;
};

/**
 * The windows of rows the table shows now (`windows` = window numbers). Each window is its own
 * query: scrolled-past windows stay cached for a while, and a window no longer shown is cancelled
 * if it has not arrived yet.
 */
export function useContactWindows(
  organizationId: string,
  filters: ContactFilters,
  windows: readonly number[],
): ContactWindows {
  const effective = effectiveFilters(filters);
  return useQueries({
    queries: windows.map((window) => ({
      queryKey: queryKeys.contactListWindow(organizationId, effective, window),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        fetchContactWindow(
          supabase,
          organizationId,
          effective,
          window * windowSize,
          window * windowSize + windowSize - 1,
          signal,
        ),
    })),
    combine: (results) => {
      const byWindow = new Map(windows.map((window, index) => [window, results[index]]));
      const failure = results.find((result) => result.isError);
      return {
        rowAt: (index: number) =>
          byWindow.get(Math.floor(index / windowSize))?.data?.[index % windowSize],
        failed: Boolean(failure),
        error: failure?.error,
        retry: () => {
          for (const result of results) if (result.isError) void result.refetch();
        },
      };
    },
  });
}
