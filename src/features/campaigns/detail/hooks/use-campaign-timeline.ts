import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../../lib/query-keys';
import { fetchCampaignTimeline } from '../api';
import { useRefreshOnChange } from './use-refresh-on-change';

const minIntervalMs = 2_000;

/**
 * The sends over time, read again as the live figures change (`changeKey`, built from the live
 * totals and status): at once for the first change, then at most every 2 s while the campaign
 * sends, and once more after the last change (its end: the status is part of the key).
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
