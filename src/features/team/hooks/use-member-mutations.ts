import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';
import type { MemberRole } from '../../../domain/organizations/roles';
import { removeMember, updateMemberRole } from '../api';

// A role change or a departure changes the team and the seats counted against the plan.
function useInvalidateTeam(organizationId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.organizationMembers(organizationId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.organizationUsage(organizationId) }),
    ]);
}

export function useUpdateMemberRole(organizationId: string) {
  const invalidateTeam = useInvalidateTeam(organizationId);
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: MemberRole }) =>
      updateMemberRole(organizationId, userId, role),
    onSuccess: invalidateTeam,
  });
}

export function useRemoveMember(organizationId: string) {
  const invalidateTeam = useInvalidateTeam(organizationId);
  return useMutation({
    mutationFn: (userId: string) => removeMember(organizationId, userId),
    onSuccess: invalidateTeam,
  });
}
