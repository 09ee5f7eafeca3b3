import { hasRoleAtLeast, type MemberRole } from '../../domain/organizations/roles';

/**
 * Owners and admins create, change and delete segments (row-level security says the same);
 * agents and viewers read them and their counts.
 */
export function canEditSegments(role: MemberRole): boolean {
  return hasRoleAtLeast(role, 'admin');
}
