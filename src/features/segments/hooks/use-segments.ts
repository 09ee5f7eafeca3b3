import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { queryKeys } from '../../../lib/query-keys';
import type { SegmentCriteria } from '@shared/segments/criteria.ts';
import { campaignKey, type CampaignNames } from '../condition-text';
import {
  countSegmentContacts,
  createSegment,
  deleteSegment,
  fetchContactVocabulary,
  fetchLaunchedCampaigns,
  fetchSegment,
  fetchSegments,
  sampleSegmentContacts,
  updateSegment,
  type Segment,
  type SegmentValues,
} from '../api';

export function useSegments(organizationId: string) {
  return useQuery({
    queryKey: queryKeys.segments(organizationId),
    queryFn: () => fetchSegments(organizationId),
  });
}

export function useSegment(organizationId: string, segmentId: string) {
  const queryClient = useQueryClient();
  const listKey = queryKeys.segments(organizationId);
  return useQuery({
    queryKey: queryKeys.segment(organizationId, segmentId),
    queryFn: () => fetchSegment(organizationId, segmentId),
    // Opened from the list: shown at once, refreshed in the background when stale.
    initialData: () =>
      queryClient.getQueryData<Segment[]>(listKey)?.find((segment) => segment.id === segmentId),
    initialDataUpdatedAt: () => queryClient.getQueryState(listKey)?.dataUpdatedAt,
  });
}

/** Creates the segment when `segmentId` is null, else updates it; resolves to its id. */
export function useSaveSegment(organizationId: string, segmentId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (values: SegmentValues) => {
      if (segmentId === null) return createSegment(organizationId, values);
      await updateSegment(organizationId, segmentId, values);
      return segmentId;
    },
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.segments(organizationId) }),
  });
}

export function useDeleteSegment(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (segmentId: string) => deleteSegment(organizationId, segmentId),
    onSuccess: (_result, segmentId) => {
      queryClient.removeQueries({ queryKey: queryKeys.segment(organizationId, segmentId) });
      return queryClient.invalidateQueries({ queryKey: queryKeys.segments(organizationId) });
    },
  });
}

/**
 * The number of contacts criteria select; null criteria ask nothing. The previous number stays
 * on screen while the next one is counted, so the figure does not flicker as someone types.
 */
export function useSegmentCount(organizationId: string, criteria: SegmentCriteria | null) {
  const key = JSON.stringify(criteria);
  return useQuery({
    queryKey: queryKeys.segmentContactCount(organizationId, key),
    queryFn: ({ signal }) => countSegmentContacts(organizationId, criteria!, signal),
    enabled: criteria !== null,
    placeholderData: keepPreviousData,
  });
}

export function useSegmentSample(organizationId: string, criteria: SegmentCriteria | null) {
  const key = JSON.stringify(criteria);
  return useQuery({
    queryKey: queryKeys.segmentContactSample(organizationId, key),
    queryFn: ({ signal }) => sampleSegmentContacts(organizationId, criteria!, signal),
    enabled: criteria !== null,
    placeholderData: keepPreviousData,
  });
}

export function useContactVocabulary(organizationId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.contactVocabulary(organizationId),
    queryFn: () => fetchContactVocabulary(organizationId),
    enabled,
    staleTime: 5 * 60_000,
  });
}

// Under the campaigns prefix, so that whatever refreshes the campaigns (a launch) refreshes this.
// 'launched' cannot be mistaken for a campaign id there.
const launchedCampaignsKey = (organizationId: string) =>
  [...queryKeys.campaigns(organizationId), 'launched'] as const;

/** The launched campaigns a campaign condition can name, newest first; every member reads them. */
export function useLaunchedCampaigns(organizationId: string, enabled = true) {
  return useQuery({
    queryKey: launchedCampaignsKey(organizationId),
    queryFn: () => fetchLaunchedCampaigns(organizationId),
    enabled,
    staleTime: 60_000,
  });
}

/**
 * Campaign names by id, to read conditions with; undefined while they load, when they could not
 * be loaded (the text then says « Campagne … ») or when not `enabled`.
 */
export function useCampaignNames(
  organizationId: string,
  enabled: boolean,
): CampaignNames | undefined {
  const { data } = useLaunchedCampaigns(organizationId, enabled);
  return useMemo(
    () => data && new Map(data.map((campaign) => [campaignKey(campaign.id), campaign.name])),
    [data],
  );
}
