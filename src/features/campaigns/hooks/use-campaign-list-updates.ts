import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { queryKeys } from '../../../lib/query-keys';
import { realtime } from '../../../lib/realtime';

/**
 * Keeps the organisation's campaigns fresh while the list is open: any change to a campaign row
 * (a launch, the dispatcher completing it, another admin's draft) refreshes the campaign queries.
 * Realtime filters by organisation and by row-level security, so nothing of another tenant
 * arrives. Each (re)subscription refreshes once too: what changed between the first fetch and the
 * subscription, or while the socket was down, is caught.
 */
export function useCampaignListUpdates(organizationId: string) {
  const queryClient = useQueryClient();
  useEffect(() => {
    const refresh = () =>
      void queryClient.invalidateQueries({ queryKey: queryKeys.campaigns(organizationId) });
    const channel = realtime
      .channel(`campaigns:${organizationId}:${Math.random().toString(36).slice(2)}`)
      .on(
        'postgres_changes',
        {
          event: '*',
          schema: 'public',
          table: 'campaigns',
          filter: `organization_id=eq.${organizationId}`,
        },
        refresh,
      )
      .subscribe((status) => {
        if (status === 'SUBSCRIBED') refresh();
      });
    return () => {
      void realtime.removeChannel(channel);
    };
  }, [organizationId, queryClient]);
}
