import { createContext, useContext, useMemo } from 'react';
import { answersConversations } from '../../inbox-settings/permissions';
import { memberLabel } from '../../inbox-settings/member-label';
import { useInboxMembers } from '../../inbox-settings/hooks/use-inbox-settings';
import { useTeams } from '../../inbox-settings/hooks/use-teams';
import type { SummaryContext } from '../node-labels';

/** Names of the organisation's teams and agents, for the summaries of handoff nodes. */
export const SummaryNamesContext = createContext<SummaryContext>({});

export function useSummaryNames(): SummaryContext {
  return useContext(SummaryNamesContext);
}

/** The teams and the members who answer conversations, as the handoff form offers them. */
export function useHandoffTargets(organizationId: string) {
  const teams = useTeams(organizationId);
  const members = useInboxMembers(organizationId);
  const agents = useMemo(
    () => (members.data ?? []).filter((member) => answersConversations(member.role)),
    [members.data],
  );
  const names = useMemo<SummaryContext>(() => {
    const teamNames = new Map((teams.data ?? []).map((team) => [team.id, team.name]));
    const agentNames = new Map(
      (members.data ?? []).map((member) => [member.userId, memberLabel(member)]),
    );
    return {
      teamName: (teamId) => teamNames.get(teamId),
      agentName: (userId) => agentNames.get(userId),
    };
  }, [teams.data, members.data]);
  return { teams, members, agents, names };
}
