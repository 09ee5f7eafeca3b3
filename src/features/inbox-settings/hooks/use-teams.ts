import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addTeamMember,
  createTeam,
  deleteTeam,
  fetchTeams,
  removeTeamMember,
  renameTeam,
} from '../api';
import { inboxSettingsKeys } from '../query-keys';

export function useTeams(organizationId: string) {
  return useQuery({
    queryKey: inboxSettingsKeys.teams(organizationId),
    queryFn: () => fetchTeams(organizationId),
  });
}

/** Every change to a team refreshes the list (names and members travel together). */
function useTeamMutation<Variables>(
  organizationId: string,
  mutationFn: (variables: Variables) => Promise<void>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: inboxSettingsKeys.teams(organizationId) }),
  });
}

export function useCreateTeam(organizationId: string) {
  return useTeamMutation(organizationId, (name: string) => createTeam(organizationId, name));
}

export function useRenameTeam(organizationId: string) {
  return useTeamMutation(organizationId, ({ teamId, name }: { teamId: string; name: string }) =>
    renameTeam(teamId, name),
  );
}

export function useDeleteTeam(organizationId: string) {
  return useTeamMutation(organizationId, (teamId: string) => deleteTeam(teamId));
}

export function useAddTeamMember(organizationId: string) {
  return useTeamMutation(organizationId, ({ teamId, userId }: { teamId: string; userId: string }) =>
    addTeamMember(organizationId, teamId, userId),
  );
}

export function useRemoveTeamMember(organizationId: string) {
  return useTeamMutation(organizationId, ({ teamId, userId }: { teamId: string; userId: string }) =>
    removeTeamMember(teamId, userId),
  );
}
