import crypto from 'node:crypto';
import { transaction } from '../db';
import { AuthError } from '../errors';
import type { Params } from '../http';
import { assertValidChannel, validateEmail, validatePhone } from '../identifiers';
import { hashPassword } from '../passwords';
import { sendPhoneCode } from '../phone-otp';
import { enforceRateLimit } from '../rate-limits';
import type { AuthDeps, AuthRequest, Reply, Route } from '../router';
import { confirmPhone, findUser, loadUser } from '../users';
import { pkceChallenge } from './recover';
import { insertSignupUser, SIGNUP_DISABLED } from './signup';

/** GoTrue's OtpParams.Validate, then its shouldCreateUser: 422 for an unknown login without it. */
async function assertOtpParams(deps: AuthDeps, params: Params): Promise<void> {
  const email = params.string('email');
  const phone = params.string('phone');
  if (email !== '' && phone !== '') {
    throw new AuthError(
      400,
      'validation_failed',
      'Only an email address or phone number should be provided',
    );
  }
  if (email !== '' && params.string('channel') !== '') {
    throw new AuthError(
      400,
      'validation_failed',
      'Channel should only be specified with Phone OTP',
    );
  }
  pkceChallenge(params);
  if ((params.optionalBoolean('create_user') ?? true) || (email === '' && phone === '')) return;
  const lookup = email !== '' ? { email: validateEmail(email) } : { phone: validatePhone(phone) };
  if (!(await findUser(deps.db, lookup))) {
    throw new AuthError(422, 'otp_disabled', 'Signups not allowed for otp');
  }
}

/**
 * GoTrue's SmsOtp for a number without a confirmed user: its internal sign-up, with a random
 * password nobody knows. Under autoconfirm the phone is confirmed at once and the code then sent
 * as to any user; otherwise the sign-up itself sends it. Answers what the sign-in answers.
 */
async function signUpByCode(
  deps: AuthDeps,
  request: AuthRequest,
  input: { phone: string; data: Record<string, unknown> },
): Promise<Reply> {
  const { settings } = deps;
  if (settings.disableSignup) throw SIGNUP_DISABLED;
  const existing = await findUser(deps.db, { phone: input.phone });
  const passwordHash = existing
    ? ''
    : await hashPassword(crypto.randomBytes(48).toString('base64'));
  const messageId = await transaction(deps.db, async (tx) => {
    const userId =
      existing?.id ??
      (await insertSignupUser(tx, deps, request, {
        provider: 'phone',
        email: '',
        phone: input.phone,
        passwordHash,
        data: input.data,
      }));
    if (settings.sms.autoconfirm) await confirmPhone(tx, userId);
    const user = await loadUser(tx, userId);
    return sendPhoneCode(tx, deps, request.client, {
      user,
      phone: input.phone,
      kind: 'confirmation',
    });
  });
  // GoTrue's internal sign-up drops the message id; its autoconfirm path sends as to a known user.
  return codeSent(settings.sms.autoconfirm ? messageId : '');
}

function codeSent(messageId: string): Reply {
  return { status: 200, body: messageId ? { message_id: messageId } : {} };
}

async function smsOtp(deps: AuthDeps, request: AuthRequest, params: Params): Promise<Reply> {
  const { settings } = deps;
  if (!settings.sms.enabled) {
    throw new AuthError(400, 'phone_provider_disabled', 'Unsupported phone provider');
  }
  const phone = validatePhone(params.string('phone'));
  assertValidChannel(params.string('channel') || 'sms', settings);
  const user = await findUser(deps.db, { phone });
  if (!user?.phone_confirmed_at) {
    return signUpByCode(deps, request, { phone, data: params.object('data') ?? {} });
  }
  const messageId = await transaction(deps.db, (tx) =>
    sendPhoneCode(tx, deps, request.client, { user, phone, kind: 'confirmation' }),
  );
  return codeSent(messageId);
}

/**
 * `POST /otp` (signInWithOtp): a code to a phone, for a known number or a new one (a user is
 * created unless `create_user` is false). Email codes and magic links are not sent locally.
 */
async function otp(deps: AuthDeps, request: AuthRequest): Promise<Reply> {
  enforceRateLimit(deps.rateLimiters.otp, request.rateLimitKey);
  const params = await request.body();
  await assertOtpParams(deps, params);
  if (params.string('email') !== '') {
    if (!deps.settings.email.enabled) {
      throw new AuthError(400, 'email_provider_disabled', 'Email logins are disabled');
    }
    throw new AuthError(
      422,
      'feature_disabled',
      'Magic links and email codes are not sent by the local Auth service',
    );
  }
  if (params.string('phone') !== '') return smsOtp(deps, request, params);
  throw new AuthError(400, 'validation_failed', 'One of email or phone must be set');
}

export const otpRoutes: Route[] = [{ method: 'POST', path: '/otp', handle: otp }];
