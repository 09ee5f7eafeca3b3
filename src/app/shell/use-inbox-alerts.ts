import type { RealtimeChannel } from '@supabase/realtime-js';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { inboxAlertKeys, type InboxNotification } from '../../lib/inbox-notifications';
import { realtime } from '../../lib/realtime';

/** Counts are read again at most once a second while changes pour in. */
const refreshMs = 1_000;

/**
 * Keeps the shell's inbox counts and notifications live on every page: a conversation's change,
 * the member's own read markers and notifications refresh them (Realtime, filtered by row-level
 * security). This module is loaded after the shell (inbox-widgets.tsx), Realtime's client with it. A new notification
 * is also passed to `onNotification` (the browser notification, when the member asked for it).
 */
export function useInboxAlerts(
  organizationId: string,
  userId: string,
  onNotification: (notification: InboxNotification) => void,
) {
  const queryClient = useQueryClient();
  const onNotificationRef = useRef(onNotification);
  useEffect(() => {
    onNotificationRef.current = onNotification;
  });

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let leave: (() => void) | null = null;
    const refresh = () => {
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        void queryClient.invalidateQueries({ queryKey: inboxAlertKeys.counts(organizationId) });
        void queryClient.invalidateQueries({
          queryKey: inboxAlertKeys.notifications(organizationId),
        });
      }, refreshMs);
    };

    void realtime.setAuth().then(() => {
      if (cancelled) return;
      const channel: RealtimeChannel = realtime
        .channel(`inbox-alerts:${organizationId}:${Math.random().toString(36).slice(2)}`)
        .on(
          'postgres_changes',
          {
            event: '*',
            schema: 'public',
            table: 'conversations',
            filter: `organization_id=eq.${organizationId}`,
          },
          refresh,
        )
        .on(
          'postgres_changes',
          {
            event: '*',
            schema: 'public',
            table: 'conversation_reads',
            filter: `user_id=eq.${userId}`,
          },
          refresh,
        )
        .on(
          'postgres_changes',
          { event: '*', schema: 'public', table: 'notifications', filter: `user_id=eq.${userId}` },
          (payload) => {
            refresh();
            const row = payload.new as Partial<InboxNotification & { organization_id: string }>;
            if (
              payload.eventType === 'INSERT' &&
              row.organization_id === organizationId &&
              row.id
            ) {
              onNotificationRef.current(row as InboxNotification);
            }
          },
        )
        .subscribe((status) => {
          if (status === 'SUBSCRIBED') refresh();
        });
      leave = () => void realtime.removeChannel(channel);
    });
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
      leave?.();
    };
  }, [organizationId, userId, queryClient]);
}
