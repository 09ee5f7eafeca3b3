import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';
import {
  createCampaign,
  deleteCampaign,
  duplicateCampaign,
  estimateCampaign,
  fetchApprovedTemplates,
  fetchAudienceSegments,
  fetchCampaignRecord,
  fetchCampaigns,
  fetchContactVocabulary,
  fetchPreviewContact,
  launchCampaign,
  updateCampaign,
  type CampaignDraftValues,
  type EstimateInput,
} from '../api';
import type { ContactCriteria } from '../campaign-audience';

// Keys of data only the builder reads sit under the shared prefixes, so the invalidations other
// features make (a template sync, a segment saved, contacts imported) refresh them too, with a
// last part of their own so they never share a cache entry with another feature's data.
const builderKeys = {
  record: (organizationId: string, campaignId: string) =>
    [...queryKeys.campaign(organizationId, campaignId), 'draft'] as const,
  approvedTemplates: (organizationId: string) =>
    [...queryKeys.whatsappTemplates(organizationId), 'approved-for-campaigns'] as const,
  segments: (organizationId: string) =>
    [...queryKeys.segments(organizationId), 'campaign-audiences'] as const,
  vocabulary: (organizationId: string) =>
    [...queryKeys.contacts(organizationId), 'campaign-vocabulary'] as const,
  preview: (organizationId: string, criteria: string, offset: number) =>
    [...queryKeys.contacts(organizationId), 'campaign-preview', criteria, offset] as const,
};

export function useCampaigns(organizationId: string) {
  return useQuery({
    queryKey: queryKeys.campaigns(organizationId),
    queryFn: () => fetchCampaigns(organizationId),
  });
}

export function useCampaignRecord(organizationId: string, campaignId: string) {
  return useQuery({
    queryKey: builderKeys.record(organizationId, campaignId),
    queryFn: () => fetchCampaignRecord(organizationId, campaignId),
    // The form starts from what is loaded once; a background refresh must not look like news.
    staleTime: Infinity,
  });
}

/** Creates the draft when `campaignId` is null, else updates it; resolves to its id. */
export function useSaveCampaign(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      campaignId,
      values,
    }: {
      campaignId: string | null;
      values: CampaignDraftValues;
    }) => {
      if (campaignId === null) return createCampaign(organizationId, values);
      await updateCampaign(organizationId, campaignId, values);
      return campaignId;
    },
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.campaigns(organizationId) }),
  });
}

export function useDeleteCampaign(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (campaignId: string) => deleteCampaign(organizationId, campaignId),
    onSuccess: (_result, campaignId) => {
      queryClient.removeQueries({ queryKey: queryKeys.campaign(organizationId, campaignId) });
      return queryClient.invalidateQueries({ queryKey: queryKeys.campaigns(organizationId) });
    },
  });
}

export function useDuplicateCampaign(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (campaignId: string) => duplicateCampaign(campaignId),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.campaigns(organizationId) }),
  });
}

export function useLaunchCampaign(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (campaignId: string) => launchCampaign(campaignId),
    // Not awaited: the draft's own query, refreshed, would leave the builder (the campaign is no
    // longer a draft) before the caller's onSuccess could show its toast and open the campaign.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.campaigns(organizationId) });
      // The reservation counts in the month's usage.
      void queryClient.invalidateQueries({
        queryKey: queryKeys.organizationUsage(organizationId),
      });
    },
  });
}

export function useApprovedTemplates(organizationId: string) {
  return useQuery({
    queryKey: builderKeys.approvedTemplates(organizationId),
    queryFn: () => fetchApprovedTemplates(organizationId),
  });
}

export function useAudienceSegments(organizationId: string) {
  return useQuery({
    queryKey: builderKeys.segments(organizationId),
    queryFn: () => fetchAudienceSegments(organizationId),
  });
}

export function useCampaignVocabulary(organizationId: string, enabled = true) {
  return useQuery({
    queryKey: builderKeys.vocabulary(organizationId),
    queryFn: () => fetchContactVocabulary(organizationId),
    enabled,
    staleTime: 5 * 60_000,
  });
}

/**
 * What a launch would send, for a complete input (null asks nothing). The previous figures stay
 * on screen while the next are computed; `isPlaceholderData` says they are the previous ones.
 */
export function useCampaignEstimate(organizationId: string, input: EstimateInput | null) {
  const key = JSON.stringify(input);
  return useQuery({
    queryKey: queryKeys.campaignEstimate(organizationId, key),
    queryFn: ({ signal }) => estimateCampaign(organizationId, input!, signal),
    enabled: input !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/**
 * The contact at `offset` in the audience. While the next one of the same audience loads, the
 * current one stays on screen; another audience never shows the previous audience's contact.
 */
export function usePreviewContact(
  organizationId: string,
  selection: { criteria: ContactCriteria; optedOutExcluded: boolean } | null,
  offset: number,
) {
  const selectionKey = JSON.stringify(selection);
  return useQuery({
    queryKey: builderKeys.preview(organizationId, selectionKey, offset),
    queryFn: ({ signal }) => fetchPreviewContact(organizationId, selection!, offset, signal),
    enabled: selection !== null,
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[4] === selectionKey ? previous : undefined,
  });
}
