import { hasRoleAtLeast, type MemberRole } from '../../../domain/organizations/roles';

// Who does what with Wati's chatbots, as private.check_wati_chatbot_start and
// private.cancel_wati_chatbot_run decide it: every member sees them and their runs.

/** Agents and above start one for a contact, as they answer contacts in the inbox. */
export function canStartForContact(role: MemberRole): boolean {
  return hasRoleAtLeast(role, 'agent');
}

/** Owners and admins start one for a whole segment, as they launch campaigns. */
export function canStartForSegment(role: MemberRole): boolean {
  return hasRoleAtLeast(role, 'admin');
}

export function canCancelRun(role: MemberRole): boolean {
  return hasRoleAtLeast(role, 'admin');
}
