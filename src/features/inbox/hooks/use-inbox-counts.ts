import { useQuery } from '@tanstack/react-query';
import { fetchCounts } from '../notifications-api';
import { inboxKeys } from '../query-keys';

/**
 * The caller's unread conversations (theirs, unassigned) and unread notifications: the shell's
 * badges and the inbox's tabs. The shell keeps it live (Realtime); a slow poll is the safety net.
 */
export function useInboxCounts(organizationId: string) {
  return useQuery({
    queryKey: inboxKeys.counts(organizationId),
    queryFn: () => fetchCounts(organizationId),
    staleTime: 15_000,
    refetchInterval: 120_000,
  });
}
