import { transaction } from '../db';
import { AuthError } from '../errors';
import { authenticateUser } from '../guards';
import { assertValidChannel, validateEmail, validatePhone } from '../identifiers';
import { assertPasswordStrength, hashPassword, verifyPassword } from '../passwords';
import { sendPhoneCode } from '../phone-otp';
import { enforceRateLimit } from '../rate-limits';
import type { AuthDeps, AuthRequest, Reply, Route } from '../router';
import { deleteSessions } from '../sessions';
import { userJson, type UserRecord } from '../user-json';
import {
  DEFAULT_AUDIENCE,
  DUPLICATE_EMAIL_MESSAGE,
  DUPLICATE_PHONE_MESSAGE,
  confirmPhoneChange,
  findUser,
  loadUser,
  makePermanent,
  mergeMetadata,
  refreshProviders,
  setContact,
  setPasswordHash,
} from '../users';

async function getUser(deps: AuthDeps, request: AuthRequest): Promise<Reply> {
  const { user } = await authenticateUser(deps, request);
  return { status: 200, body: userJson(user) };
}

/** GoTrue's "admin" is a user whose role is the admin group, not an admin API key. */
function isAdminUser(user: UserRecord): boolean {
  return user.aud === DEFAULT_AUDIENCE && user.role === 'admin';
}

/**
 * A new email is applied at once when mail autoconfirms; otherwise GoTrue would mail a
 * confirmation, which the local service does not send.
 */
const EMAIL_CHANGE_NEEDS_MAIL = new AuthError(
  422,
  'feature_disabled',
  'Changing the email needs a confirmation email, which the local Auth service does not send: set [auth.email] enable_confirmations = false',
);

async function assertContactFree(
  deps: AuthDeps,
  user: UserRecord,
  lookup: { email: string } | { phone: string },
): Promise<void> {
  const owner = await findUser(deps.db, lookup);
  if (owner && owner.id !== user.id) {
    throw 'email' in lookup
      ? new AuthError(422, 'email_exists', DUPLICATE_EMAIL_MESSAGE)
      : new AuthError(422, 'phone_exists', DUPLICATE_PHONE_MESSAGE);
  }
}

/**
 * `PUT /user`: password, metadata, email or phone of the signed-in user. A new phone is swapped
 * at once under autoconfirm; otherwise it waits in `phone_change` for the code the Send SMS hook
 * delivers to it (verified at `/verify` type `phone_change`).
 */
async function updateUser(deps: AuthDeps, request: AuthRequest): Promise<Reply> {
  const { settings } = deps;
  const { user, sessionId } = await authenticateUser(deps, request);
  enforceRateLimit(deps.rateLimiters.userUpdates, request.rateLimitKey);
  const params = await request.body();
  const email = params.string('email') && validateEmail(params.string('email'));
  const phone = params.string('phone') && validatePhone(params.string('phone'));
  if (phone) assertValidChannel(params.string('channel') || 'sms', settings);
  const password = params.optionalString('password');
  if (password !== undefined) assertPasswordStrength(password, settings.password);
  const data = params.object('data');
  const appMetadata = params.object('app_metadata');

  if (appMetadata && !isAdminUser(user)) {
    throw new AuthError(403, 'not_admin', 'Updating app_metadata requires admin privileges');
  }
  if (user.is_anonymous && password && !email && !phone) {
    throw new AuthError(
      422,
      'validation_failed',
      'Updating password of an anonymous user without an email or phone is not allowed',
    );
  }
  const emailChanges = email !== '' && email !== user.email;
  const phoneChanges = phone !== '' && phone !== user.phone;
  if (emailChanges) {
    await assertContactFree(deps, user, { email });
    if (!settings.email.autoconfirm) throw EMAIL_CHANGE_NEEDS_MAIL;
  }
  if (phoneChanges) await assertContactFree(deps, user, { phone });
  if (password && (await verifyPassword(password, user.encrypted_password))) {
    throw new AuthError(
      422,
      'same_password',
      'New password should be different from the old password.',
    );
  }
  const passwordHash =
    password === undefined ? undefined : password && (await hashPassword(password));

  const updated = await transaction(deps.db, async (tx) => {
    if (passwordHash !== undefined) {
      await setPasswordHash(tx, user.id, passwordHash || null);
      // Whoever knew the old password must sign in again; the current session stays.
      await deleteSessions(tx, user.id, sessionId ? 'others' : 'global', sessionId);
    }
    if (data) await mergeMetadata(tx, user.id, 'raw_user_meta_data', data);
    if (appMetadata) await mergeMetadata(tx, user.id, 'raw_app_meta_data', appMetadata);
    if (emailChanges) await setContact(tx, user, 'email', email, true);
    if (phoneChanges && settings.sms.autoconfirm) {
      await confirmPhoneChange(tx, user, phone);
      await makePermanent(tx, user.id);
      await refreshProviders(tx, user.id);
    } else if (phoneChanges) {
      // The hook sees the user as this request has changed them so far.
      const current = await loadUser(tx, user.id);
      await sendPhoneCode(tx, deps, request.client, {
        user: current,
        phone,
        kind: 'phone_change',
      });
    }
    return loadUser(tx, user.id);
  });
  return { status: 200, body: userJson(updated) };
}

export const userRoutes: Route[] = [
  { method: 'GET', path: '/user', handle: getUser },
  { method: 'PUT', path: '/user', handle: updateUser },
];
