import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../../lib/query-keys';
import {
  fetchContactConversations,
  fetchMemberNames,
  fetchMessageHistory,
  historyPageSize,
} from './api';
import { nextCursor, type HistoryCursor, type HistoryPage } from './history-pages';

// Under the contact's key: whatever refreshes the contact refreshes its history.
const historyKey = (organizationId: string, contactId: string) =>
  [...queryKeys.contact(organizationId, contactId), 'messages'] as const;
const conversationsKey = (organizationId: string, contactId: string) =>
  [...queryKeys.contact(organizationId, contactId), 'conversations'] as const;
const memberNamesKey = (organizationId: string) =>
  [...queryKeys.organizationMembers(organizationId), 'names'] as const;

export function useMessageHistory(organizationId: string, contactId: string) {
  return useInfiniteQuery({
    queryKey: historyKey(organizationId, contactId),
    queryFn: async ({ pageParam }): Promise<HistoryPage> => {
      const entries = await fetchMessageHistory(contactId, pageParam, historyPageSize);
      return { entries, full: entries.length >= historyPageSize };
    },
    initialPageParam: null as HistoryCursor | null,
    getNextPageParam: (_last, pages) => nextCursor(pages),
  });
}

export function useContactConversations(organizationId: string, contactId: string) {
  return useQuery({
    queryKey: conversationsKey(organizationId, contactId),
    queryFn: () => fetchContactConversations(contactId),
  });
}

export function useMemberNames(organizationId: string) {
  return useQuery({
    queryKey: memberNamesKey(organizationId),
    queryFn: () => fetchMemberNames(organizationId),
    staleTime: 5 * 60_000,
  });
}
