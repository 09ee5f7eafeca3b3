import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../../lib/query-keys';
import { fetchCampaignDetail } from '../api';

/**
 * The page's campaign with its template, launcher and segment names. Under the campaign's key,
 * so that whatever invalidates the campaign refreshes it, but in a key of its own, as the list
 * and the builder may keep the campaign in another shape.
 */
export function campaignDetailKey(organizationId: string, campaignId: string) {
  return [...queryKeys.campaign(organizationId, campaignId), 'detail'] as const;
}

export function useCampaignDetail(organizationId: string, campaignId: string) {
  return useQuery({
    queryKey: campaignDetailKey(organizationId, campaignId),
    queryFn: () => fetchCampaignDetail(organizationId, campaignId),
    // A draft launched from another tab or by someone else: coming back to this tab shows it,
    // and its live progress starts (a draft's page listens to no broadcast).
    refetchOnWindowFocus: true,
  });
}
