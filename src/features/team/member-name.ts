import { t } from '@lingui/core/macro';
import type { Member } from './api';

/** How a member is named in the team: their full name, else their e-mail. */
export function memberName(member: Pick<Member, 'fullName' | 'email'>): string {
  return member.fullName?.trim() || member.email || t`Membre sans nom`;
}
