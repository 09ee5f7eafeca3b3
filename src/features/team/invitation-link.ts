import { roleLabel } from '../../lib/format';
import { invitationPath } from '../../lib/paths';
import type { MemberRole } from '../../domain/organizations/roles';

/** The address to send: it opens the acceptance page of this SPA. */
export function invitationUrl(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, '')}${invitationPath(token)}`;
}

/** « en tant qu’agent », « en tant que lecteur »: French elides que before a vowel. */
export function asRole(role: MemberRole): string {
  const label = roleLabel(role);
  return /^[aeiouyh]/i.test(label) ? `en tant qu’${label}` : `en tant que ${label}`;
}

export function invitationMessage(input: {
  organizationName: string;
  role: MemberRole;
  link: string;
  expiresOn: string;
}): string {
  return (
    `Bonjour ! Vous êtes invité(e) à rejoindre « ${input.organizationName} » sur WCAP ` +
    `${asRole(input.role)}. Ouvrez ce lien pour accepter l’invitation ` +
    `(valable jusqu’au ${input.expiresOn}) : ${input.link}`
  );
}

/** WhatsApp's click-to-chat link: the user picks the contact, the message is pre-filled. */
export function whatsAppShareUrl(message: string): string {
  return `https://wa.me/?text=${encodeURIComponent(message)}`;
}
