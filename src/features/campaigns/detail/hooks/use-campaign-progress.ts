import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { queryKeys } from '../../../../lib/query-keys';
import { fetchCampaignProgress, type Campaign } from '../api';
import { isCampaignRunning, isDraft } from '../../campaign-status';
import { listenToProgress } from '../progress-channel';
import {
  parseProgress,
  withBroadcast,
  withReading,
  type CampaignProgress,
  type DatabaseReading,
} from '../progress';
import { campaignDetailKey } from './use-campaign-detail';

// Broadcasts can be lost while the connection is down between two joins (each join refetches);
// a slow poll while the campaign runs makes sure the page never stays stuck on old figures.
const safetyPollMs = 15_000;

/**
 * The campaign's totals: fetched, then kept current by the dispatcher's `progress` broadcasts (at
 * most one a second) on the campaign's private channel. A figure never steps back, and the
 * database has the last word: a broadcast it does not vouch for is ignored (see withBroadcast).
 */
export function useCampaignProgress(organizationId: string, campaign: Campaign) {
  const queryClient = useQueryClient();
  const campaignId = campaign.id;
  const topic = campaign.progress_topic;
  const launched = !isDraft(campaign.status);
  const reading = useRef<DatabaseReading | null>(null);

  const query = useQuery({
    queryKey: queryKeys.campaignProgress(organizationId, campaignId),
    queryFn: async ({ signal }) => {
      const requestedAt = Date.now();
      const fetched = await fetchCampaignProgress(campaignId, signal);
      if (!fetched) return null;
      reading.current = { progress: fetched, requestedAt, receivedAt: Date.now() };
      // A broadcast may have come in while this request was on its way.
      const current = queryClient.getQueryData<CampaignProgress | null>(
        queryKeys.campaignProgress(organizationId, campaignId),
      );
      return withReading(current, reading.current);
    },
    enabled: launched,
    refetchInterval: (state) =>
      isCampaignRunning(state.state.data?.status ?? campaign.status) ? safetyPollMs : false,
  });

  useEffect(() => {
    if (!launched) return;
    const key = queryKeys.campaignProgress(organizationId, campaignId);
    return listenToProgress(topic, {
      onProgress: (payload) => {
        const incoming = parseProgress(payload);
        if (!incoming) return;
        // An updater answering undefined (nothing fetched yet) leaves the cache alone.
        queryClient.setQueryData<CampaignProgress | null>(key, (current) =>
          withBroadcast(current, incoming, reading.current, Date.now()),
        );
      },
      onJoined: () => void queryClient.invalidateQueries({ queryKey: key, exact: true }),
    });
  }, [launched, topic, campaignId, organizationId, queryClient]);

  // The campaign's row changes with its status (paused by the system, completed): when the
  // totals say so, it is read again rather than followed by another subscription.
  const progress = query.data;
  useEffect(() => {
    if (!progress) return;
    const newer = Date.parse(progress.updatedAt) > Date.parse(campaign.updated_at);
    const differs =
      progress.status !== campaign.status || progress.lastError !== campaign.last_error;
    if (newer && differs) {
      void queryClient.invalidateQueries({
        queryKey: campaignDetailKey(organizationId, campaignId),
        exact: true,
      });
    }
  }, [
    progress,
    campaign.updated_at,
    campaign.status,
    campaign.last_error,
    organizationId,
    campaignId,
    queryClient,
  ]);

  return query;
}
