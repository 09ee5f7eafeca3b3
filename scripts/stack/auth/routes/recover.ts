import {
  allowedRedirect,
  type RedirectPolicy,
} from '../../../../supabase/functions/_shared/email/redirect-urls.ts';
import { transaction } from '../db';
import { confirmationUrl } from '../email-links';
import { AuthError } from '../errors';
import { headerValue, type Params } from '../http';
import { validateEmail } from '../identifiers';
import { assertSendFrequency, generateOtp, tokenHash } from '../one-time-codes';
import { enforceRateLimit } from '../rate-limits';
import { createFlowState, lockRecovery, storeRecoveryToken, type PkceChallenge } from '../recovery';
import type { AuthDeps, AuthRequest, Reply, Route } from '../router';
import type { AuthSettings } from '../settings';
import { findUser } from '../users';

export function redirectPolicy(settings: AuthSettings): RedirectPolicy {
  return { siteUrl: settings.siteUrl, allowList: settings.additionalRedirectUrls };
}

/** GoTrue's GetReferrer: `redirect_to` (query or header), then Referer, if allowed; else site_url. */
export function requestedRedirect(deps: AuthDeps, request: AuthRequest): string {
  return allowedRedirect(
    redirectPolicy(deps.settings),
    request.query.get('redirect_to') ?? headerValue(request.raw, 'redirect_to'),
    headerValue(request.raw, 'referer'),
  );
}

const CODE_CHALLENGE = /^[a-zA-Z._~0-9-]+$/;

const isChallengeMethod = (method: string): method is PkceChallenge['method'] =>
  method === 's256' || method === 'plain';

/** GoTrue's validatePKCEParams: both or neither, and a challenge RFC 7636 allows. */
export function pkceChallenge(params: Params): PkceChallenge | undefined {
  const challenge = params.string('code_challenge');
  const method = params.string('code_challenge_method');
  if ((challenge === '') !== (method === '')) {
    throw new AuthError(
      400,
      'validation_failed',
      'PKCE flow requires code_challenge_method and code_challenge',
    );
  }
  if (challenge === '') return undefined;
  if (challenge.length < 43 || challenge.length > 128) {
    throw new AuthError(
      400,
      'validation_failed',
      'code challenge has to be between 43 and 128 characters',
    );
  }
  if (!CODE_CHALLENGE.test(challenge)) {
    throw new AuthError(
      400,
      'validation_failed',
      'code challenge can only contain alphanumeric characters, hyphens, periods, underscores and tildes',
    );
  }
  const lower = method.toLowerCase();
  if (!isChallengeMethod(lower)) {
    throw new AuthError(400, 'validation_failed', 'code challenge method not supported');
  }
  return { challenge, method: lower };
}

/**
 * `POST /recover` (resetPasswordForEmail): mails a one-time link to a known address, under the
 * per-user `max_frequency` and the hourly mail limit, and answers `{}` whether the address is known
 * or not, so that nobody learns who has an account.
 */
async function recover(deps: AuthDeps, request: AuthRequest): Promise<Reply> {
  const { settings } = deps;
  enforceRateLimit(deps.rateLimiters.recover, request.rateLimitKey);
  if (!settings.email.enabled) {
    throw new AuthError(400, 'email_provider_disabled', 'Email logins are disabled');
  }
  const params = await request.body();
  if (params.string('email') === '') {
    throw new AuthError(400, 'validation_failed', 'Password recovery requires an email');
  }
  const email = validateEmail(params.string('email'));
  const pkce = pkceChallenge(params);
  const user = await findUser(deps.db, { email });
  if (!user?.email) return { status: 200, body: {} };
  const recipient = user.email;
  const redirectTo = requestedRedirect(deps, request);

  await transaction(deps.db, async (tx) => {
    const { sentAt } = await lockRecovery(tx, user.id);
    assertSendFrequency(sentAt, settings.email.maxFrequencySeconds, 'over_email_send_rate_limit');
    if (pkce) await createFlowState(tx, user.id, pkce);
    const otp = generateOtp(settings.email.otpLength);
    const hash = tokenHash(recipient, otp);
    const token = pkce ? `pkce_${hash}` : hash;
    // GoTrue counts mails against email_sent only while confirmations are on (its own TODO says
    // it should always); a limit of 0 refuses every mail.
    const counted = !settings.email.autoconfirm || settings.rateLimits.emailSent === 0;
    if (counted && !deps.rateLimiters.emailSent.take()) {
      throw new AuthError(429, 'over_email_send_rate_limit', 'email rate limit exceeded');
    }
    try {
      await deps.mailer.sendRecovery(recipient, {
        SiteURL: settings.siteUrl,
        ConfirmationURL: confirmationUrl(deps.issuer, { token, type: 'recovery', redirectTo }),
        Email: recipient,
        Token: otp,
        TokenHash: token,
        Data: user.raw_user_meta_data ?? {},
        RedirectTo: redirectTo,
      });
    } catch (error) {
      process.stderr.write(
        `[auth] recovery mail to ${recipient} failed: ${(error as Error).message}\n`,
      );
      throw new AuthError(500, 'unexpected_failure', 'Error sending recovery email');
    }
    await storeRecoveryToken(tx, user.id, recipient, token);
  });
  return { status: 200, body: {} };
}

export const recoverRoutes: Route[] = [{ method: 'POST', path: '/recover', handle: recover }];
