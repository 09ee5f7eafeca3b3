import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TablesUpdate } from '../../../lib/database.types';
import {
  fetchApprovedTemplates,
  fetchInboxMembers,
  fetchInboxSettings,
  setAgentCapacity,
  updateInboxSettings,
} from '../api';
import { inboxSettingsKeys } from '../query-keys';

export function useInboxSettings(organizationId: string) {
  return useQuery({
    queryKey: inboxSettingsKeys.settings(organizationId),
    queryFn: () => fetchInboxSettings(organizationId),
  });
}

export function useUpdateInboxSettings(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: TablesUpdate<'inbox_settings'>) =>
      updateInboxSettings(organizationId, update),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: inboxSettingsKeys.settings(organizationId) }),
  });
}

export function useApprovedTemplates(organizationId: string) {
  return useQuery({
    queryKey: inboxSettingsKeys.approvedTemplates(organizationId),
    queryFn: () => fetchApprovedTemplates(organizationId),
    staleTime: 60_000,
  });
}

export function useInboxMembers(organizationId: string) {
  return useQuery({
    queryKey: inboxSettingsKeys.agents(organizationId),
    queryFn: () => fetchInboxMembers(organizationId),
  });
}

export function useSetAgentCapacity(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, capacity }: { userId: string; capacity: number | null }) =>
      setAgentCapacity(organizationId, userId, capacity),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: inboxSettingsKeys.agents(organizationId) }),
  });
}
