import type { RealtimeChannel } from '@supabase/realtime-js';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { realtime } from '../../../../lib/realtime';
import { leave, readyToJoin } from '../../../../lib/realtime-channels';
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
/** A burst of changes (a reply and its ticks) refreshes the history once. */
const liveRefreshDelayMs = 500;

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

/**
 * Keeps the history live: a message of the contact written, or its ticks moving, refreshes its
 * history and conversations (RLS filters what Realtime delivers, as for the inbox). Changes in a
 * burst refresh once.
 */
export function useLiveMessageHistory(organizationId: string, contactId: string) {
  const queryClient = useQueryClient();
  useEffect(() => {
    let cancelled = false;
    let channel: RealtimeChannel | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      if (timer) return;
      timer = setTimeout(() => {
        timer = undefined;
        for (const queryKey of [
          historyKey(organizationId, contactId),
          conversationsKey(organizationId, contactId),
        ]) {
          void queryClient.invalidateQueries({ queryKey });
        }
      }, liveRefreshDelayMs);
    };
    const topic = `contact-history:${contactId}`;
    void readyToJoin(topic).then(() => {
      if (cancelled) return;
      channel = realtime
        .channel(`${topic}:${Math.random().toString(36).slice(2)}`)
        .on(
          'postgres_changes',
          { event: '*', schema: 'public', table: 'messages', filter: `contact_id=eq.${contactId}` },
          refresh,
        )
        .subscribe();
    });
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
      if (channel) leave(channel);
    };
  }, [organizationId, contactId, queryClient]);
}
