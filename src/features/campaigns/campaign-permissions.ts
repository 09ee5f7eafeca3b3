import { hasRoleAtLeast, type MemberRole } from '../../lib/roles';

/**
 * Owners and admins build, launch, duplicate and delete campaigns; row-level security and the
 * campaign functions check the same. Agents and viewers follow them.
 */
export function canManageCampaigns(role: MemberRole): boolean {
  return hasRoleAtLeast(role, 'admin');
}
