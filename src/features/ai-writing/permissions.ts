import { hasRoleAtLeast, type MemberRole } from '../../domain/organizations/roles';

/**
 * Agents, admins and owners write with the AI and spend the organisation's credits on it, as
 * ai-generate decides; viewers read and never write.
 */
export function canWriteWithAi(role: MemberRole): boolean {
  return hasRoleAtLeast(role, 'agent');
}
