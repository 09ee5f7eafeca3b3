import type { RealtimeChannel, RealtimePostgresChangesPayload } from '@supabase/realtime-js';
import { useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { realtime } from '../../../lib/realtime';
import { threadPageSize } from '../api';
import { inboxKeys } from '../query-keys';
import { leave, readyToJoin } from '../../../lib/realtime-channels';
import { mergeMessage, patchListRow, patchSummary, type ThreadData } from '../thread-cache';
import type { Conversation, ConversationDetail, ConversationSummary, Message } from '../types';

/** Lists are read again at most this often while changes pour in. */
const listRefreshMs = 800;

/**
 * Keeps the inbox's caches live while the page is open: new messages and their ticks go into
 * their thread, conversation changes (assignment, status, last message) into the open
 * conversation and the lists' rows at once, and the lists are read again shortly after (order,
 * new conversations, unread counts). Realtime filters by organisation and row-level security, so
 * each member receives what they may see. Each (re)subscription reads everything again once:
 * what changed while the socket was down is caught.
 */
export function useInboxLive(
  organizationId: string,
  onMessage?: (message: Message, event: 'INSERT' | 'UPDATE') => void,
) {
  const queryClient = useQueryClient();
  const onMessageRef = useRef(onMessage);
  useEffect(() => {
    onMessageRef.current = onMessage;
  });

  useEffect(() => {
    let channel: RealtimeChannel | null = null;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const refreshLists = () => {
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        void queryClient.invalidateQueries({ queryKey: inboxKeys.lists(organizationId) });
      }, listRefreshMs);
    };

    const onMessageChange = (payload: RealtimePostgresChangesPayload<Message>) => {
      if (payload.eventType === 'DELETE') return;
      const message = payload.new;
      queryClient.setQueryData<ThreadData>(
        inboxKeys.thread(organizationId, message.conversation_id),
        (data) => mergeMessage(data, message, threadPageSize),
      );
      onMessageRef.current?.(message, payload.eventType);
    };

    const onConversationChange = (payload: RealtimePostgresChangesPayload<Conversation>) => {
      if (payload.eventType !== 'DELETE') {
        const row = payload.new;
        queryClient.setQueryData<ConversationDetail | null>(
          inboxKeys.conversation(organizationId, row.id),
          (current) => (current ? { ...current, ...row, contact: current.contact } : current),
        );
        queryClient.setQueriesData<InfiniteData<ConversationSummary[]>>(
          { queryKey: inboxKeys.lists(organizationId) },
          (data) => patchListRow(data, row.id, (summary) => patchSummary(summary, row)),
        );
        // The contact's other conversations (the contact panel, the 24-hour window).
        void queryClient.invalidateQueries({
          queryKey: inboxKeys.contactConversations(organizationId, row.contact_id),
        });
      }
      refreshLists();
    };

    void readyToJoin('inbox-rows').then(() => {
      if (cancelled) return;
      const filter = `organization_id=eq.${organizationId}`;
      channel = realtime
        .channel(`inbox-rows:${organizationId}:${Math.random().toString(36).slice(2)}`)
        .on(
          'postgres_changes',
          { event: '*', schema: 'public', table: 'messages', filter },
          onMessageChange,
        )
        .on(
          'postgres_changes',
          { event: '*', schema: 'public', table: 'conversations', filter },
          onConversationChange,
        )
        .subscribe((status) => {
          if (status !== 'SUBSCRIBED') return;
          for (const part of ['list', 'thread', 'conversation'] as const) {
            void queryClient.invalidateQueries({
              queryKey: [...inboxKeys.all(organizationId), part],
            });
          }
        });
    });
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
      if (channel) leave(channel);
    };
  }, [organizationId, queryClient]);
}
