import { useQuery } from '@tanstack/react-query';
import {
  fetchApprovedTemplates,
  fetchCampaignNames,
  fetchCannedReplies,
  fetchInboxSettings,
  fetchMembers,
  fetchTeams,
} from '../api';
import { inboxKeys } from '../query-keys';

// What the inbox names and offers (members, teams, canned replies, templates, campaigns): read
// once per visit, it changes rarely.

const referenceStaleMs = 5 * 60 * 1000;

export function useMembers(organizationId: string) {
  return useQuery({
    queryKey: inboxKeys.members(organizationId),
    queryFn: () => fetchMembers(organizationId),
    staleTime: referenceStaleMs,
  });
}

export function useTeams(organizationId: string) {
  return useQuery({
    queryKey: inboxKeys.teams(organizationId),
    queryFn: () => fetchTeams(organizationId),
    staleTime: referenceStaleMs,
  });
}

export function useCannedReplies(organizationId: string, enabled = true) {
  return useQuery({
    queryKey: inboxKeys.cannedReplies(organizationId),
    queryFn: () => fetchCannedReplies(organizationId),
    staleTime: referenceStaleMs,
    enabled,
  });
}

export function useApprovedTemplates(organizationId: string, enabled = true) {
  return useQuery({
    queryKey: inboxKeys.templates(organizationId),
    queryFn: () => fetchApprovedTemplates(organizationId),
    staleTime: referenceStaleMs,
    enabled,
  });
}

export function useCampaignNames(organizationId: string) {
  return useQuery({
    queryKey: inboxKeys.campaignNames(organizationId),
    queryFn: () => fetchCampaignNames(organizationId),
    staleTime: referenceStaleMs,
  });
}

export function useInboxSettings(organizationId: string) {
  return useQuery({
    queryKey: inboxKeys.settings(organizationId),
    queryFn: () => fetchInboxSettings(organizationId),
    staleTime: referenceStaleMs,
  });
}
