import { hasRoleAtLeast, type MemberRole } from '../../domain/organizations/roles';

/**
 * Owners and admins change the organisation's name, country, phone country and time zone (a
 * trigger protects the owner and the plan); the others read them.
 */
export function canEditOrganizationSettings(role: MemberRole): boolean {
  return hasRoleAtLeast(role, 'admin');
}
