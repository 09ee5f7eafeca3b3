import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../../lib/query-keys';
import { fetchCampaignTimeline } from '../api';
import { useRefreshOnChange } from './use-refresh-on-change';

const minIntervalMs = 5_000;

/**
 * The sends over time, read again when the figures change (`changeKey`, built from the live
 * totals and status) at most every 5 s, and once more when the campaign ends (its status is
 * part of the key).
 */
export function useCampaignTimeline(
  organizationId: string,
  campaignId: string,
  enabled: boolean,
  changeKey: string | null,
) {
  const queryKey = queryKeys.campaignTimeline(organizationId, campaignId);
  const query = useQuery({
    queryKey,
    queryFn: ({ signal }) => fetchCampaignTimeline(campaignId, signal),
    enabled,
  });
  useRefreshOnChange(queryKey, changeKey, minIntervalMs, enabled);
  return query;
}
