import { hasRoleAtLeast, type MemberRole } from '../../domain/organizations/roles';

// Who does what with the WhatsApp templates, as the Edge Functions and row-level security decide
// it: everyone reads them; owners and admins fetch them again from Wati and map their parameters.

export function canSyncTemplates(role: MemberRole): boolean {
  return hasRoleAtLeast(role, 'admin');
}

export function canMapTemplateParameters(role: MemberRole): boolean {
  return hasRoleAtLeast(role, 'admin');
}
