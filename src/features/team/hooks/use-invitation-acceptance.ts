import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useActiveOrganizationStore } from '../../../lib/active-organization';
import { forgetPendingInvitation } from '../../../lib/pending-invitation';
import { queryKeys } from '../../../lib/query-keys';
import { acceptInvitation, fetchInvitationPreview } from '../api';

export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: queryKeys.invitationPreview(token),
    queryFn: () => fetchInvitationPreview(token),
    // A link is either known or not: retrying an unknown one only delays the answer.
    retry: false,
  });
}

export function useAcceptInvitation(token: string, userId: string | undefined) {
  const queryClient = useQueryClient();
  const setActive = useActiveOrganizationStore((state) => state.setOrganizationId);
  return useMutation({
    mutationFn: () => acceptInvitation(token),
    onSuccess: async (organization) => {
      forgetPendingInvitation();
      // The user lands in the organisation they just joined.
      setActive(organization.id);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.invitationPreview(token) }),
        userId
          ? queryClient.invalidateQueries({
              queryKey: queryKeys.myMemberships(userId),
              refetchType: 'all',
            })
          : undefined,
      ]);
    },
  });
}
