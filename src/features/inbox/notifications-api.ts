import { supabase } from '../../lib/supabase';

// The member's notifications (a conversation given to them, a mention, a contact waiting too
// long): read by the shell's bell, which stays small, so this module imports nothing else.

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

export async function fetchCounts(organizationId: string) {
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
