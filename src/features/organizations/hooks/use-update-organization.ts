import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';
import { updateOrganization } from '../api';
import type { OrganizationSettingsValues } from '../organization-form';

export function useUpdateOrganization(organizationId: string, userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: OrganizationSettingsValues) => updateOrganization(organizationId, values),
    // The organisation travels with the memberships (shell, switcher) and its own queries. Not
    // awaited: the form's confirmation waits for nothing but the save, and would never run if the
    // organisation read again remounted the form first.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.myMemberships(userId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.organization(organizationId) });
    },
  });
}
