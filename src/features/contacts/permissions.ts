import { hasRoleAtLeast, type MemberRole } from '../../domain/organizations/roles';

// Who does what with contacts, as row-level security and the RPCs decide it: viewers read; agents
// add, edit, tag and opt out; admins (and owners) also delete, import, export, re-subscribe
// someone who opted out and relaunch the Wati sync.

export function canEditContacts(role: MemberRole): boolean {
  return hasRoleAtLeast(role, 'agent');
}

export function canDeleteContacts(role: MemberRole): boolean {
  return hasRoleAtLeast(role, 'admin');
}

export function canImportContacts(role: MemberRole): boolean {
  return hasRoleAtLeast(role, 'admin');
}

/** Undoing someone's « STOP » needs a reason and a proof: resubscribe_contact checks it too. */
export function canResubscribeContacts(role: MemberRole): boolean {
  return hasRoleAtLeast(role, 'admin');
}

export function canRetryWatiSync(role: MemberRole): boolean {
  return hasRoleAtLeast(role, 'admin');
}
