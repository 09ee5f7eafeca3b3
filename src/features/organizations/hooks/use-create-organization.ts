import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useActiveOrganizationStore } from '../../../lib/active-organization';
import { queryKeys } from '../../../lib/query-keys';
import { createOrganization } from '../api';

export function useCreateOrganization(userId: string) {
  const queryClient = useQueryClient();
  const setActive = useActiveOrganizationStore((state) => state.setOrganizationId);
  return useMutation({
    mutationFn: createOrganization,
    onSuccess: async (organization) => {
      setActive(organization.id);
      // Awaited, so the shell opens with the new organisation already in the list.
      await queryClient.invalidateQueries({
        queryKey: queryKeys.myMemberships(userId),
        refetchType: 'all',
      });
    },
  });
}
