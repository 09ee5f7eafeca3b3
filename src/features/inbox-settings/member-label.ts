import { t } from '@lingui/core/macro';

/** How a member is named: their full name, else their e-mail. */
export function memberLabel(member: { fullName: string | null; email: string | null }): string {
  return member.fullName?.trim() || member.email || t`Membre sans nom`;
}
