import { hasRoleAtLeast, type MemberRole } from '../../domain/organizations/roles';

/**
 * Owners and admins edit campaigns: build and change drafts, launch, pause, resume, cancel,
 * duplicate and delete them; row-level security and the campaign functions check the same. Agents
 * and viewers follow them.
 */
export function canEditCampaigns(role: MemberRole): boolean {
  return hasRoleAtLeast(role, 'admin');
}
