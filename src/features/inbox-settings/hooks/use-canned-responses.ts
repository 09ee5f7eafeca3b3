import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createCannedResponse,
  deleteCannedResponse,
  fetchAttributeKeys,
  fetchCannedResponses,
  updateCannedResponse,
  type CannedResponseWrite,
} from '../api';
import { inboxSettingsKeys } from '../query-keys';

export function useCannedResponses(organizationId: string) {
  return useQuery({
    queryKey: inboxSettingsKeys.cannedResponses(organizationId),
    queryFn: () => fetchCannedResponses(organizationId),
  });
}

function useRefreshCannedResponses(organizationId: string) {
  const queryClient = useQueryClient();
  return () =>
    queryClient.invalidateQueries({ queryKey: inboxSettingsKeys.cannedResponses(organizationId) });
}

/** Creates a reply, or changes the one whose id is given. */
export function useSaveCannedResponse(organizationId: string, id: string | null) {
  const refresh = useRefreshCannedResponses(organizationId);
  return useMutation({
    mutationFn: (values: CannedResponseWrite) =>
      id ? updateCannedResponse(id, values) : createCannedResponse(organizationId, values),
    onSuccess: refresh,
  });
}

export function useDeleteCannedResponse(organizationId: string) {
  const refresh = useRefreshCannedResponses(organizationId);
  return useMutation({
    mutationFn: (id: string) => deleteCannedResponse(id),
    onSettled: refresh,
  });
}

export function useAttributeKeys(organizationId: string, enabled: boolean) {
  return useQuery({
    queryKey: inboxSettingsKeys.attributeKeys(organizationId),
    queryFn: () => fetchAttributeKeys(organizationId),
    enabled,
    staleTime: 5 * 60_000,
  });
}
