import { escapeHtml } from './escape.ts';

export type EmailLocale = 'fr' | 'en';
export type InvitedRole = 'owner' | 'admin' | 'agent' | 'viewer';

export interface InvitationEmailInput {
  locale: EmailLocale;
  organizationName: string;
  /** Null when the inviter has neither a name nor an address on their profile. */
  inviterName: string | null;
  role: InvitedRole;
  link: string;
  expiresAt: Date;
  /** The organisation's time zone, in which the last valid day is written. */
  timeZone: string;
}

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

/** « en tant qu’administrateur » / « as an administrator »: the role as a sentence needs it. */
const AS_ROLE: Record<EmailLocale, Record<InvitedRole, string>> = {
  fr: {
    owner: 'en tant que propriétaire',
    admin: 'en tant qu’administrateur',
    agent: 'en tant qu’agent',
    viewer: 'en tant que lecteur',
  },
  en: {
    owner: 'as an owner',
    admin: 'as an administrator',
    agent: 'as an agent',
    viewer: 'as a viewer',
  },
};

interface Wording {
  subject(organization: string): string;
  greeting: string;
  invited(inviter: string | null, organization: string, asRole: string): string;
  action: string;
  /** The link for mail readers that show no HTML. */
  linkLine(link: string): string;
  validUntil(day: string): string;
  ignore: string;
}

const WORDING: Record<EmailLocale, Wording> = {
  fr: {
    subject: (organization) => `Invitation à rejoindre « ${organization} » sur WCAP`,
    greeting: 'Bonjour,',
    invited: (inviter, organization, asRole) =>
      `${inviter ?? 'Un membre de l’équipe'} vous invite à rejoindre « ${organization} » sur WCAP ${asRole}.`,
    action: 'Accepter l’invitation',
    linkLine: (link) => `Pour accepter l’invitation, ouvrez ce lien : ${link}`,
    validUntil: (day) => `Le lien est valable jusqu’au ${day} et ne sert qu’une fois.`,
    ignore: 'Si vous ne vous attendiez pas à cette invitation, ignorez ce message.',
  },
  en: {
    subject: (organization) => `Invitation to join “${organization}” on WCAP`,
    greeting: 'Hello,',
    invited: (inviter, organization, asRole) =>
      `${inviter ?? 'A team member'} invites you to join “${organization}” on WCAP ${asRole}.`,
    action: 'Accept the invitation',
    linkLine: (link) => `To accept the invitation, open this link: ${link}`,
    validUntil: (day) => `The link is valid until ${day} and works once.`,
    ignore: 'If you were not expecting this invitation, ignore this email.',
  },
};

/**
 * The invitation email in the language the inviter chose: subject, plain text and HTML. The names
 * come from users, so the HTML escapes them; the subject and the text are plain text.
 */
export function invitationEmail(input: InvitationEmailInput): EmailContent {
  const words = WORDING[input.locale];
  const day = new Intl.DateTimeFormat(input.locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeZone: input.timeZone,
  }).format(input.expiresAt);
  const invited = words.invited(
    input.inviterName,
    input.organizationName,
    AS_ROLE[input.locale][input.role],
  );
  const text = [
    words.greeting,
    '',
    invited,
    '',
    words.linkLine(input.link),
    '',
    words.validUntil(day),
    words.ignore,
  ].join('\n');
  const html = `<!doctype html>
<html lang="${input.locale}">
  <body style="font-family: Arial, sans-serif; color: #1f2937; line-height: 1.5">
    <p>${escapeHtml(words.greeting)}</p>
    <p>${escapeHtml(invited)}</p>
    <p><a href="${escapeHtml(input.link)}" style="background: #047857; color: #ffffff; padding: 10px 16px; border-radius: 6px; text-decoration: none">${escapeHtml(words.action)}</a></p>
    <p>${escapeHtml(words.validUntil(day))}</p>
    <p>${escapeHtml(words.ignore)}</p>
  </body>
</html>
`;
  return { subject: words.subject(input.organizationName), text, html };
}
