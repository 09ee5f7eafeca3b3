import type { Database } from '../../lib/database.types';

export type MemberRole = Database['public']['Enums']['member_role'];

/** From the weakest to the strongest, as the database's enum orders them. */
export const memberRoles: readonly MemberRole[] = ['viewer', 'agent', 'admin', 'owner'];

function rank(role: MemberRole): number {
  return memberRoles.indexOf(role);
}

/** Whether `role` is `atLeast` or stronger (an owner can do what an admin can). */
export function hasRoleAtLeast(role: MemberRole, atLeast: MemberRole): boolean {
  return rank(role) >= rank(atLeast);
}

/** Owners and admins invite members, change their roles and remove them. */
export function canEditTeam(role: MemberRole): boolean {
  return hasRoleAtLeast(role, 'admin');
}

/**
 * Owners and admins connect the organisation's WhatsApp number (its Wati account) and take it back
 * to the sandbox; the Edge Functions and row-level security check the same.
 */
export function canConnectWhatsApp(role: MemberRole): boolean {
  return hasRoleAtLeast(role, 'admin');
}

/**
 * Roles someone may grant, strongest first: never above their own (the database refuses it too).
 * Members who cannot edit the team grant nothing.
 */
export function assignableRoles(ownRole: MemberRole): MemberRole[] {
  if (!canEditTeam(ownRole)) return [];
  return memberRoles.filter((role) => hasRoleAtLeast(ownRole, role)).reverse();
}

/** Whether someone with `ownRole` may change the role of, or remove, a member with `memberRole`. */
export function canChangeOrRemoveMember(ownRole: MemberRole, memberRole: MemberRole): boolean {
  return canEditTeam(ownRole) && hasRoleAtLeast(ownRole, memberRole);
}

/** Members who take a seat of the plan's agent quota (viewers are free). */
export function takesSeat(role: MemberRole): boolean {
  return hasRoleAtLeast(role, 'agent');
}
