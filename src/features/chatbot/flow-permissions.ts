import { hasRoleAtLeast, type MemberRole } from '../../domain/organizations/roles';

/**
 * Create, rename, edit, publish, switch on or off, roll back and delete flows: owners and admins,
 * as row-level security and the flow functions decide; agents and viewers read them.
 */
export function canEditFlows(role: MemberRole): boolean {
  return hasRoleAtLeast(role, 'admin');
}
