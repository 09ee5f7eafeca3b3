import { hasRoleAtLeast, type MemberRole } from '../../domain/organizations/roles';

// Who changes the inbox's settings, as row-level security and set_agent_capacity decide it:
// owners and admins; agents and viewers read them.

/** Assignment, capacities, office hours, away message, satisfaction survey, waiting alert. */
export function canEditInboxSettings(role: MemberRole): boolean {
  return hasRoleAtLeast(role, 'admin');
}

/** Create, rename and delete teams, and choose their members. */
export function canManageTeams(role: MemberRole): boolean {
  return hasRoleAtLeast(role, 'admin');
}

/** Write, change and delete canned replies; every member uses them. */
export function canEditCannedResponses(role: MemberRole): boolean {
  return hasRoleAtLeast(role, 'admin');
}

/** Members who answer conversations: they can be in a team and have a capacity. */
export function answersConversations(role: MemberRole): boolean {
  return hasRoleAtLeast(role, 'agent');
}
