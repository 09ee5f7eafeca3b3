import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';
import { updateOrganization } from '../api';
import type { OrganizationSettingsValues } from '../organization-form';

export function useUpdateOrganization(organizationId: string, userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: OrganizationSettingsValues) => updateOrganization(organizationId, values),
    // The organisation travels with the memberships (shell, switcher) and its own queries.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.myMemberships(userId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.organization(organizationId) }),
      ]),
  });
}
