import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';
import {
  fetchWatiConnection,
  removeWatiCredentials,
  rotateWebhookSecret,
  saveWatiCredentials,
  testWatiConnection,
  type WatiConnectionStatus,
} from '../api';
import type { WatiCredentialsValues } from '../wati-credentials-form';

export function useWatiConnection(organizationId: string) {
  return useQuery({
    queryKey: queryKeys.watiConnection(organizationId),
    queryFn: () => fetchWatiConnection(organizationId),
  });
}

/** Keeps the status the function answered with; a change of mode also reaches the shell's badge. */
function useStoreStatus(organizationId: string, userId: string) {
  const queryClient = useQueryClient();
  return async (status: WatiConnectionStatus, modeMayChange: boolean) => {
    queryClient.setQueryData(queryKeys.watiConnection(organizationId), status);
    if (modeMayChange) {
      await queryClient.invalidateQueries({ queryKey: queryKeys.myMemberships(userId) });
    }
  };
}

export function useSaveWatiCredentials(organizationId: string, userId: string) {
  const storeStatus = useStoreStatus(organizationId, userId);
  return useMutation({
    mutationFn: (values: WatiCredentialsValues) => saveWatiCredentials(organizationId, values),
    onSuccess: (status) => storeStatus(status, true),
  });
}

export function useRemoveWatiCredentials(organizationId: string, userId: string) {
  const storeStatus = useStoreStatus(organizationId, userId);
  return useMutation({
    mutationFn: () => removeWatiCredentials(organizationId),
    onSuccess: (status) => storeStatus(status, true),
  });
}

export function useRotateWebhookSecret(organizationId: string, userId: string) {
  const storeStatus = useStoreStatus(organizationId, userId);
  return useMutation({
    mutationFn: () => rotateWebhookSecret(organizationId),
    onSuccess: (status) => storeStatus(status, false),
  });
}

export function useTestWatiConnection(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => testWatiConnection(organizationId),
    // A test records its time, or its failure, beside the credentials.
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.watiConnection(organizationId) }),
  });
}
