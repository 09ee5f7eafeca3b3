import { hasRoleAtLeast, type MemberRole } from '../organizations/roles';

/**
 * The whole book of numbers leaves the organisation with a file: owners and admins only, from the
 * contacts list as from a segment (export_contacts checks it too).
 */
export function canExportContacts(role: MemberRole): boolean {
  return hasRoleAtLeast(role, 'admin');
}
