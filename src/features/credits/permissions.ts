import { hasRoleAtLeast, type MemberRole } from '../../domain/organizations/roles';

/**
 * Owners and admins buy credits (private.open_credit_payment refuses the others); every member
 * reads the balance, the ledger and the payments.
 */
export function canBuyCredits(role: MemberRole): boolean {
  return hasRoleAtLeast(role, 'admin');
}
