import type { PoolClient } from 'pg';
import { transaction } from '../db';
import { codeRedirect, errorRedirect, sessionRedirect } from '../email-links';
import { AuthError } from '../errors';
import { signIn, type SessionResponse } from '../grants';
import { validateEmail, validatePhone } from '../identifiers';
import { enforceRateLimit } from '../rate-limits';
import { isCodeValid, tokenHash } from '../one-time-codes';
import { phoneCodeMatches } from '../phone-otp';
import { consumeRecovery, issueAuthCode, lockRecovery, userIdOfRecoveryHash } from '../recovery';
import { seeOther, type AuthDeps, type AuthRequest, type Reply, type Route } from '../router';
import type { UserRecord } from '../user-json';
import {
  confirmEmail,
  confirmPhone,
  confirmPhoneChange,
  findUser,
  makePermanent,
  refreshProviders,
} from '../users';
import { requestedRedirect } from './recover';

const PKCE_PREFIX = 'pkce_';
/** The email types whose tokens live in the recovery column; the others are never sent here. */
const RECOVERY_TYPES = ['recovery', 'magiclink'];
const OTHER_EMAIL_TYPES = ['signup', 'invite', 'email_change', 'email'];
const PHONE_TYPES = ['sms', 'phone_change'] as const;
type PhoneType = (typeof PHONE_TYPES)[number];

const isPhoneType = (type: string): type is PhoneType =>
  (PHONE_TYPES as readonly string[]).includes(type);

const LINK_INVALID = new AuthError(403, 'otp_expired', 'Email link is invalid or has expired');
const CODE_INVALID = new AuthError(403, 'otp_expired', 'Token has expired or is invalid');

function assertKnownType(type: string): void {
  if (type === '') {
    throw new AuthError(400, 'validation_failed', 'Verify requires a verification type');
  }
  if (![...RECOVERY_TYPES, ...OTHER_EMAIL_TYPES, ...PHONE_TYPES].includes(type)) {
    throw new AuthError(400, 'validation_failed', 'Unsupported verification type');
  }
}

function assertNotBanned(user: UserRecord): void {
  if (user.is_banned) throw new AuthError(403, 'user_banned', 'User is banned');
}

/** GoTrue's verifyTokenHash: the user a link's token belongs to, while it is fresh. */
async function userOfTokenHash(
  tx: PoolClient,
  deps: AuthDeps,
  type: string,
  tokenHash: string,
): Promise<UserRecord> {
  // Only recovery mails are sent here: no other kind of email token can exist.
  const userId = RECOVERY_TYPES.includes(type)
    ? await userIdOfRecoveryHash(tx, tokenHash)
    : undefined;
  const user = userId && (await findUser(tx, { id: userId }));
  if (!user) throw LINK_INVALID;
  assertNotBanned(user);
  const stored = await lockRecovery(tx, user.id);
  if (
    !isCodeValid(stored, tokenHash.replace(PKCE_PREFIX, ''), deps.settings.email.otpExpirySeconds)
  ) {
    throw LINK_INVALID;
  }
  return user;
}

/** GoTrue's verifyUserAndToken for an emailed code: the user by address, the code by its hash. */
async function userOfEmailCode(
  tx: PoolClient,
  deps: AuthDeps,
  type: string,
  email: string,
  tokenHash: string,
): Promise<UserRecord> {
  const user = await findUser(tx, { email });
  if (!user) throw CODE_INVALID;
  assertNotBanned(user);
  const stored = await lockRecovery(tx, user.id);
  if (
    !RECOVERY_TYPES.includes(type) ||
    !isCodeValid(stored, tokenHash, deps.settings.email.otpExpirySeconds)
  ) {
    throw CODE_INVALID;
  }
  return user;
}

/**
 * GoTrue's phone verification (verifyUserAndToken, then smsVerify): `sms` finds the user by
 * number and confirms it; `phone_change` finds them by the number they asked to move to, which
 * becomes their phone and phone identity. No bearer is needed: the code is the proof, and the
 * answer is a new session either way.
 */
async function verifyPhoneCode(
  tx: PoolClient,
  deps: AuthDeps,
  request: AuthRequest,
  params: { type: PhoneType; phone: string; token: string },
): Promise<SessionResponse> {
  const { type, phone, token } = params;
  const user = await findUser(tx, type === 'sms' ? { phone } : { phoneChange: phone });
  if (!user) throw CODE_INVALID;
  assertNotBanned(user);
  const kind = type === 'sms' ? 'confirmation' : 'phone_change';
  if (!(await phoneCodeMatches(tx, deps, { userId: user.id, phone, token, kind }))) {
    throw CODE_INVALID;
  }
  if (type === 'sms') await confirmPhone(tx, user.id);
  else await confirmPhoneChange(tx, user, phone);
  await makePermanent(tx, user.id);
  await refreshProviders(tx, user.id);
  return signIn(tx, deps, user.id, 'otp', request.client);
}

/** GoTrue's recoverVerify: the token is spent, and an unconfirmed address is confirmed by it. */
async function recoverVerify(tx: PoolClient, user: UserRecord): Promise<void> {
  await consumeRecovery(tx, user.id);
  if (!user.confirmed_at) await confirmEmail(tx, user.id);
}

/**
 * `GET /verify`, the link in the mail: a 303 to the allowed `redirect_to` with the session in the
 * fragment (implicit flow) or a code in the query (PKCE); failures go there too, as error fields.
 */
async function verifyLink(deps: AuthDeps, request: AuthRequest): Promise<Reply> {
  enforceRateLimit(deps.rateLimiters.verify, request.rateLimitKey);
  const token = request.query.get('token') ?? '';
  const type = request.query.get('type') ?? '';
  const redirectTo = requestedRedirect(deps, request);
  if (type === '') {
    throw new AuthError(400, 'validation_failed', 'Verify requires a verification type');
  }
  if (token === '') {
    throw new AuthError(400, 'validation_failed', 'Verify requires a token or a token hash');
  }
  const pkce = token.startsWith(PKCE_PREFIX);
  try {
    assertKnownType(type);
    const location = await transaction(deps.db, async (tx) => {
      const user = await userOfTokenHash(tx, deps, type, token);
      await recoverVerify(tx, user);
      return pkce
        ? codeRedirect(redirectTo, await issueAuthCode(tx, user.id))
        : sessionRedirect(redirectTo, await signIn(tx, deps, user.id, 'otp', request.client), type);
    });
    return seeOther(location);
  } catch (error) {
    if (error instanceof AuthError) return seeOther(errorRedirect(redirectTo, error, pkce));
    throw error;
  }
}

/** `POST /verify` (verifyOtp): the emailed code with its address, or the link's token hash. */
async function verifyCode(deps: AuthDeps, request: AuthRequest): Promise<Reply> {
  enforceRateLimit(deps.rateLimiters.verify, request.rateLimitKey);
  const params = await request.body();
  const type = params.string('type');
  const token = params.string('token');
  const hashParam = params.string('token_hash');
  const email = params.string('email');
  const phone = params.string('phone');
  if (type === '') {
    throw new AuthError(400, 'validation_failed', 'Verify requires a verification type');
  }
  if ((token === '') === (hashParam === '')) {
    throw new AuthError(400, 'validation_failed', 'Verify requires either a token or a token hash');
  }
  let lookup: (tx: PoolClient) => Promise<UserRecord>;
  if (hashParam !== '') {
    if (email !== '' || phone !== '' || params.string('redirect_to') !== '') {
      throw new AuthError(
        400,
        'validation_failed',
        'Only the token_hash and type should be provided',
      );
    }
    lookup = (tx) => userOfTokenHash(tx, deps, type, hashParam);
  } else if (phone !== '' && email === '') {
    const number = validatePhone(phone);
    // GoTrue looks any other type up by email, which a phone request has none of.
    if (!isPhoneType(type)) throw CODE_INVALID;
    const session = await transaction(deps.db, (tx) =>
      verifyPhoneCode(tx, deps, request, { type, phone: number, token }),
    );
    return { status: 200, body: session };
  } else if (email !== '' && phone === '') {
    let address: string;
    try {
      address = validateEmail(email);
    } catch {
      throw new AuthError(422, 'validation_failed', 'Invalid email format');
    }
    lookup = (tx) => userOfEmailCode(tx, deps, type, address, tokenHash(address, token));
  } else {
    throw new AuthError(
      400,
      'validation_failed',
      'Only an email address or phone number should be provided on verify',
    );
  }
  assertKnownType(type);
  const session = await transaction(deps.db, async (tx) => {
    const user = await lookup(tx);
    await recoverVerify(tx, user);
    return signIn(tx, deps, user.id, 'otp', request.client);
  });
  return { status: 200, body: session };
}

export const verifyRoutes: Route[] = [
  { method: 'GET', path: '/verify', handle: verifyLink },
  { method: 'POST', path: '/verify', handle: verifyCode },
];
