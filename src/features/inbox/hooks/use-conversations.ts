import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import {
  fetchContactConversations,
  fetchConversation,
  fetchMessages,
  fetchReceivedCampaigns,
  fetchConversations,
  listPageSize,
  threadPageSize,
} from '../api';
import type { InboxFilters } from '../list-filters';
import { inboxKeys } from '../query-keys';
import type { ThreadCursor } from '../thread-cache';

/** The list for these filters, a page at a time; Realtime keeps it current (use-inbox-live). */
export function useConversationList(organizationId: string, filters: InboxFilters) {
  return useInfiniteQuery({
    queryKey: inboxKeys.list(organizationId, filters),
    queryFn: ({ pageParam, signal }) =>
      fetchConversations(organizationId, filters, pageParam, signal),
    initialPageParam: 0,
    getNextPageParam: (lastPage, pages) =>
      lastPage.length < listPageSize ? undefined : pages.length * listPageSize,
    // Typing a search keeps the last list on screen until the new one comes.
    placeholderData: keepPreviousData,
  });
}

export function useConversation(organizationId: string, conversationId: string | undefined) {
  return useQuery({
    queryKey: inboxKeys.conversation(organizationId, conversationId ?? ''),
    queryFn: () => fetchConversation(conversationId!),
    enabled: Boolean(conversationId),
  });
}

/** The thread, newest page first; Realtime adds and updates messages in place. */
export function useThread(organizationId: string, conversationId: string | undefined) {
  return useInfiniteQuery({
    queryKey: inboxKeys.thread(organizationId, conversationId ?? ''),
    queryFn: ({ pageParam, signal }) => fetchMessages(conversationId!, pageParam, signal),
    initialPageParam: null as ThreadCursor | null,
    getNextPageParam: (lastPage): ThreadCursor | undefined => {
      const oldest = lastPage[lastPage.length - 1];
      return lastPage.length < threadPageSize || !oldest
        ? undefined
        : { createdAt: oldest.created_at, id: oldest.id };
    },
    enabled: Boolean(conversationId),
    // Live: Realtime brings every change, and each (re)subscription refetches once.
    staleTime: Infinity,
  });
}

export function useContactConversations(organizationId: string, contactId: string | undefined) {
  return useQuery({
    queryKey: inboxKeys.contactConversations(organizationId, contactId ?? ''),
    queryFn: () => fetchContactConversations(contactId!),
    enabled: Boolean(contactId),
  });
}

export function useReceivedCampaigns(organizationId: string, contactId: string | undefined) {
  return useQuery({
    queryKey: inboxKeys.receivedCampaigns(organizationId, contactId ?? ''),
    queryFn: () => fetchReceivedCampaigns(contactId!),
    enabled: Boolean(contactId),
  });
}
