import { transaction } from '../db';
import { AuthError } from '../errors';
import type { Params } from '../http';
import { validateEmail, validatePhone } from '../identifiers';
import { sendPhoneCode } from '../phone-otp';
import { enforceRateLimit } from '../rate-limits';
import type { AuthDeps, AuthRequest, Reply, Route } from '../router';
import type { UserRecord } from '../user-json';
import { findUser, type UserLookup } from '../users';
import { pkceChallenge } from './recover';

const TYPES = ['signup', 'email_change', 'sms', 'phone_change'];

/** GoTrue's ResendConfirmationParams.Validate: the login to look the user up by. */
function readResend(deps: AuthDeps, params: Params): UserLookup {
  const { settings } = deps;
  const type = params.string('type');
  const email = params.string('email');
  const phone = params.string('phone');
  if (!TYPES.includes(type)) {
    throw new AuthError(
      400,
      'validation_failed',
      'Missing one of these types: signup, email_change, sms, phone_change',
    );
  }
  if (type === 'signup' || type === 'email_change') pkceChallenge(params);
  if (email === '' && type === 'signup') {
    throw new AuthError(400, 'validation_failed', 'Type provided requires an email address');
  }
  if (phone === '' && type === 'sms') {
    throw new AuthError(400, 'validation_failed', 'Type provided requires a phone number');
  }
  if (email !== '' && phone !== '') {
    throw new AuthError(
      400,
      'validation_failed',
      'Only an email address or phone number should be provided.',
    );
  }
  if (email !== '') {
    if (!settings.email.enabled) {
      throw new AuthError(400, 'email_provider_disabled', 'Email logins are disabled');
    }
    return { email: validateEmail(email) };
  }
  if (phone !== '') {
    if (!settings.sms.enabled) {
      throw new AuthError(400, 'phone_provider_disabled', 'Phone logins are disabled');
    }
    return { phone: validatePhone(phone) };
  }
  throw new AuthError(400, 'validation_failed', 'Missing email address or phone number');
}

/** GoTrue's silent cases: nothing is pending, so nothing is sent, and the answer is `{}`. */
function nothingPending(type: string, user: UserRecord): boolean {
  switch (type) {
    case 'signup':
      return Boolean(user.email_confirmed_at);
    case 'sms':
      return Boolean(user.phone_confirmed_at);
    case 'email_change':
      return !user.email_change;
    default:
      return !user.phone_change;
  }
}

/**
 * `POST /resend`: the pending code again, under `max_frequency`. An unknown user, a confirmed phone
 * (`sms`) or no pending change (`phone_change`, looked up by the *current* phone or email) get a
 * silent `{}`. Confirmation mails are not sent by the local service.
 */
async function resend(deps: AuthDeps, request: AuthRequest): Promise<Reply> {
  enforceRateLimit(deps.rateLimiters.resend, request.rateLimitKey);
  const params = await request.body();
  const lookup = readResend(deps, params);
  const type = params.string('type');
  const user = await findUser(deps.db, lookup);
  if (!user || nothingPending(type, user)) return { status: 200, body: {} };
  if (type === 'signup' || type === 'email_change') {
    throw new AuthError(
      422,
      'feature_disabled',
      'Confirmation emails are not sent by the local Auth service',
    );
  }
  // `sms` found the user by this phone; `phone_change` goes to the number waiting to be proven.
  const phone = (type === 'sms' ? user.phone : user.phone_change) ?? '';
  const messageId = await transaction(deps.db, (tx) =>
    sendPhoneCode(tx, deps, request.client, {
      user,
      phone,
      kind: type === 'sms' ? 'confirmation' : 'phone_change',
    }),
  );
  return { status: 200, body: messageId ? { message_id: messageId } : {} };
}

export const resendRoutes: Route[] = [{ method: 'POST', path: '/resend', handle: resend }];
