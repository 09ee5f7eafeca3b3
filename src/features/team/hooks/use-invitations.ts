import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';
import type { MemberRole } from '../../../domain/organizations/roles';
import {
  createInvitation,
  fetchPendingInvitations,
  revokeInvitation,
  sendInvitationEmail,
} from '../api';

export function usePendingInvitations(organizationId: string) {
  return useQuery({
    queryKey: queryKeys.organizationInvitations(organizationId),
    queryFn: () => fetchPendingInvitations(organizationId),
  });
}

export function useCreateInvitation(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ role, note }: { role: MemberRole; note: string | null }) =>
      createInvitation(organizationId, role, note),
    onSuccess: () =>
      queryClient.invalidateQueries({
        queryKey: queryKeys.organizationInvitations(organizationId),
      }),
  });
}

export function useSendInvitationEmail() {
  return useMutation({ mutationFn: sendInvitationEmail });
}

export function useRevokeInvitation(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeInvitation,
    onSuccess: () =>
      queryClient.invalidateQueries({
        queryKey: queryKeys.organizationInvitations(organizationId),
      }),
  });
}
