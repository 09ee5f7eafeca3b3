import { asCaller, identifyCaller, refusalResponse } from '../_shared/caller.ts';
import { readEnv, requireEnv } from '../_shared/env.ts';
import { errorResponse, json, methodNotAllowed, serveJson } from '../_shared/http.ts';
import { invitationEmail, type InvitedRole } from '../_shared/email/invitation.ts';
import { isRedirectUrlAllowed } from '../_shared/email/redirect-urls.ts';
import { sendEmail } from '../_shared/email/smtp.ts';
import { z } from 'zod';

const request = z.object({
  invitationId: z.uuid({ error: 'Invitation invalide.' }),
  // The link's token, shown once to whoever made the link: only its hash is kept.
  token: z.string().regex(/^[0-9a-f]{48}$/, 'Lien d’invitation invalide.'),
  email: z.email({ error: 'Adresse e-mail invalide.' }).max(254, 'Adresse e-mail trop longue.'),
  locale: z.enum(['fr', 'en'], { error: 'Langue inconnue : fr ou en.' }),
});

/** HTTP statuses of the refusals SQL raises for people (hint = the code the SPA translates). */
const STATUS_OF_SQL_CODE: Record<string, number> = {
  invitation_not_found: 404,
  invitation_token_mismatch: 400,
  invitation_used: 409,
  invitation_expired: 409,
  invitation_email_limit: 429,
};

/** The SMTP server refused or could not be reached: the email is not counted (rolled back). */
class EmailNotSent extends Error {}

interface Details {
  organization_name: string;
  role: InvitedRole;
  inviter_name: string | null;
  expires_at: Date;
  time_zone: string;
}

/**
 * The link to the SPA's acceptance page, on the address the request came from when Auth would
 * redirect there too (site_url, additional_redirect_urls): nobody gets WCAP to mail a link to a
 * site of their choosing.
 */
function acceptLink(origin: string | null, token: string): string | undefined {
  if (!origin) return undefined;
  const link = `${origin.replace(/\/+$/, '')}/invitation/${encodeURIComponent(token)}`;
  const policy = {
    siteUrl: requireEnv('WCAP_SITE_URL'),
    allowList: (readEnv('WCAP_ADDITIONAL_REDIRECT_URLS') ?? '').split(',').filter(Boolean),
  };
  return isRedirectUrlAllowed(policy, link) ? link : undefined;
}

function sqlRefusal(error: unknown): Response | undefined {
  const { hint, message } = (error ?? {}) as { hint?: unknown; message?: unknown };
  const status = typeof hint === 'string' ? STATUS_OF_SQL_CODE[hint] : undefined;
  if (!status || typeof message !== 'string') return refusalResponse(error);
  return errorResponse(status, hint as string, message);
}

/**
 * Équipe › Inviter › « Envoyer par e-mail »: an owner or admin emails a pending invitation's link,
 * in French or English. Acting as the caller: SQL checks the role, the link's token and the
 * organisation's 20 emails an hour, and counts the email only if it went out.
 */
Deno.serve(
  serveJson(async (req) => {
    if (req.method !== 'POST') return methodNotAllowed(['POST', 'OPTIONS']);
    const caller = await identifyCaller(req);
    if (caller?.kind !== 'user') {
      return errorResponse(401, 'unauthenticated', 'Connectez-vous pour envoyer une invitation.');
    }
    const parsed = request.safeParse(await req.json().catch(() => ({})));
    if (!parsed.success) {
      return errorResponse(
        400,
        'invalid_input',
        parsed.error.issues[0]?.message ?? 'Données invalides.',
      );
    }
    const { invitationId, token, email, locale } = parsed.data;
    const link = acceptLink(req.headers.get('origin'), token);
    if (!link) {
      return errorResponse(
        400,
        'origin_not_allowed',
        'Cette adresse de l’application n’est pas autorisée à envoyer des invitations.',
      );
    }
    try {
      await asCaller(caller, async (sql) => {
        const [details] = await sql<Details[]>`
          select * from private.prepare_invitation_email(${invitationId}, ${token})`;
        const content = invitationEmail({
          locale,
          organizationName: details!.organization_name,
          inviterName: details!.inviter_name,
          role: details!.role,
          link,
          expiresAt: new Date(details!.expires_at),
          timeZone: details!.time_zone,
        });
        try {
          await sendEmail({ to: email, ...content });
        } catch (cause) {
          console.error('send-invitation-email: the email did not go out', cause);
          throw new EmailNotSent();
        }
      });
    } catch (error) {
      if (error instanceof EmailNotSent) {
        return errorResponse(
          502,
          'email_not_sent',
          'L’e-mail n’a pas pu être envoyé. Réessayez plus tard ou partagez le lien.',
        );
      }
      const refusal = sqlRefusal(error);
      if (refusal) return refusal;
      throw error;
    }
    return json({ sent: true });
  }),
);
