import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';
import { leaveOrganization } from '../api';

export function useLeaveOrganization(organizationId: string, userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => leaveOrganization(organizationId, userId),
    onSuccess: async () => {
      // Nothing of that organisation is readable any more.
      queryClient.removeQueries({ queryKey: queryKeys.organization(organizationId) });
      await queryClient.invalidateQueries({
        queryKey: queryKeys.myMemberships(userId),
        refetchType: 'all',
      });
    },
  });
}
