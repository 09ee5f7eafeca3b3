import { i18n } from '@lingui/core';
import { msg, t } from '@lingui/core/macro';
import { invitationPath } from '../../lib/paths';
import type { MemberRole } from '../../domain/organizations/roles';

/** The address to send: it opens the acceptance page of this SPA. */
export function invitationUrl(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, '')}${invitationPath(token)}`;
}

// Whole phrases rather than a role slotted in: French elides « que » before a vowel, English
// chooses between « a » and « an ».
const asRoles = {
  owner: msg`en tant que propriétaire`,
  admin: msg`en tant qu’administrateur`,
  agent: msg`en tant qu’agent`,
  viewer: msg`en tant que lecteur`,
};

/** « en tant qu’agent », « en tant que lecteur ». */
export function asRole(role: MemberRole): string {
  return i18n._(asRoles[role]);
}

export function invitationMessage(input: {
  organizationName: string;
  role: MemberRole;
  link: string;
  expiresOn: string;
}): string {
  const { organizationName, link, expiresOn } = input;
  const asRoleText = asRole(input.role);
  return t`Bonjour ! Vous êtes invité(e) à rejoindre « ${organizationName} » sur WCAP ${asRoleText}. Ouvrez ce lien pour accepter l’invitation (valable jusqu’au ${expiresOn}) : ${link}`;
}

/** WhatsApp's click-to-chat link: the user picks the contact, the message is pre-filled. */
export function whatsAppShareUrl(message: string): string {
  return `https://wa.me/?text=${encodeURIComponent(message)}`;
}
