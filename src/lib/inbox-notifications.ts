import { useQuery } from '@tanstack/react-query';
import { supabase } from './supabase';

// What the shell shows of the inbox on every page, and the inbox itself reads too: the member's
// unread conversations (theirs, unassigned) and notifications (a conversation given to them, a
// mention, a contact waiting too long). The shell loads it lazily with its bell
// (src/app/shell/inbox-widgets.tsx), which stays small: this module imports no more than the
// Supabase client and React Query.

/** Their query keys, under the inbox's (src/features/inbox/query-keys.ts lists them with the rest). */
export const inboxAlertKeys = {
  counts: (organizationId: string) => ['organizations', organizationId, 'inbox', 'counts'] as const,
  notifications: (organizationId: string) =>
    ['organizations', organizationId, 'inbox', 'notifications'] as const,
};

export type NotificationKind = 'assigned' | 'mention' | 'waiting';

export type InboxNotification = {
  id: string;
  kind: NotificationKind;
  conversation_id: string | null;
  excerpt: string | null;
  read_at: string | null;
  created_at: string;
};

export async function fetchNotifications(organizationId: string): Promise<InboxNotification[]> {
  const { data, error } = await supabase
    .from('notifications')
    .select('id, kind, conversation_id, excerpt, read_at, created_at')
    .eq('organization_id', organizationId)
    .order('created_at', { ascending: false })
    .limit(20);
  if (error) throw error;
  return data.map((row) => ({ ...row, kind: row.kind as NotificationKind }));
}

/** Marks the given notifications read (all of them without ids). */
export async function markNotificationsRead(organizationId: string, ids?: string[]): Promise<void> {
  const { error } = await supabase.rpc('mark_notifications_read', {
    organization_id: organizationId,
    ids,
  });
  if (error) throw error;
}

async function fetchCounts(organizationId: string) {
  const { data, error } = await supabase.rpc('inbox_counts', { organization_id: organizationId });
  if (error) throw error;
  const counts = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const count = (value: unknown) =>
    typeof value === 'number' && Number.isFinite(value) ? value : 0;
  return {
    mine: count(counts.mine),
    unassigned: count(counts.unassigned),
    notifications: count(counts.notifications),
  };
}

/**
 * The caller's unread conversations (theirs, unassigned) and unread notifications: the shell's
 * badges and the inbox's tabs. The shell keeps it live (Realtime); a slow poll is the safety net.
 */
export function useInboxCounts(organizationId: string) {
  return useQuery({
    queryKey: inboxAlertKeys.counts(organizationId),
    queryFn: () => fetchCounts(organizationId),
    staleTime: 15_000,
    refetchInterval: 120_000,
  });
}
