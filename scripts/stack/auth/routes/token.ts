import crypto from 'node:crypto';
import { transaction } from '../db';
import { AuthError } from '../errors';
import { refreshSession, signIn } from '../grants';
import { formatPhoneNumber } from '../identifiers';
import { passwordWeakness, verifyPassword } from '../passwords';
import { enforceRateLimit } from '../rate-limits';
import type { AuthDeps, AuthRequest, Reply, Route } from '../router';
import { deleteFlowState, lockFlowState } from '../recovery';
import { findUser, type UserLookup } from '../users';

const INVALID_CREDENTIALS = new AuthError(400, 'invalid_credentials', 'Invalid login credentials');

/** `grant_type=password`: email or phone with a password. */
async function passwordGrant(deps: AuthDeps, request: AuthRequest): Promise<Reply> {
  const { settings } = deps;
  const params = await request.body();
  const email = params.string('email');
  const phone = params.string('phone');
  const password = params.string('password');
  if (email !== '' && phone !== '') {
    throw new AuthError(
      400,
      'validation_failed',
      'Only an email address or phone number should be provided on login.',
    );
  }
  let lookup: UserLookup;
  if (email !== '') {
    if (!settings.email.enabled) {
      throw new AuthError(422, 'email_provider_disabled', 'Email logins are disabled');
    }
    lookup = { email };
  } else if (phone !== '') {
    if (!settings.sms.enabled) {
      throw new AuthError(422, 'phone_provider_disabled', 'Phone logins are disabled');
    }
    lookup = { phone: formatPhoneNumber(phone) };
  } else {
    throw new AuthError(400, 'validation_failed', 'missing email or phone');
  }

  const user = await findUser(deps.db, lookup);
  if (!user || !user.encrypted_password) throw INVALID_CREDENTIALS;
  if (user.is_banned) throw new AuthError(400, 'user_banned', 'User is banned');
  if (!(await verifyPassword(password, user.encrypted_password))) throw INVALID_CREDENTIALS;
  if ('email' in lookup && !user.email_confirmed_at) {
    throw new AuthError(400, 'email_not_confirmed', 'Email not confirmed');
  }
  if ('phone' in lookup && !user.phone_confirmed_at) {
    throw new AuthError(400, 'phone_not_confirmed', 'Phone not confirmed');
  }

  const session = await transaction(deps.db, (tx) =>
    signIn(tx, deps, user.id, 'password', request.client),
  );
  // A password that no longer meets the policy still signs in; the client is told why.
  const weakness = passwordWeakness(password, settings.password);
  return { status: 200, body: weakness ? { ...session, weak_password: weakness } : session };
}

async function refreshTokenGrant(deps: AuthDeps, request: AuthRequest): Promise<Reply> {
  const params = await request.body();
  const session = await refreshSession(deps, params.string('refresh_token'), request.client);
  return { status: 200, body: session };
}

/** GoTrue keeps a PKCE request this long after it was made (FlowStateExpiryDuration). */
const FLOW_STATE_EXPIRY_SECONDS = 300;

/** RFC 7636's check of the verifier against the challenge sent with the request. */
function verifierMatches(challenge: string, method: string, verifier: string): boolean {
  const expected =
    method === 's256' ? crypto.createHash('sha256').update(verifier).digest('base64url') : verifier;
  const a = Buffer.from(challenge);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** `grant_type=pkce`: the code from a PKCE link, with the verifier only its requester holds. */
async function pkceGrant(deps: AuthDeps, request: AuthRequest): Promise<Reply> {
  const params = await request.body();
  const authCode = params.string('auth_code');
  const verifier = params.string('code_verifier');
  if (authCode === '' || verifier === '') {
    throw new AuthError(
      400,
      'validation_failed',
      'invalid request: both auth code and code verifier should be non-empty',
    );
  }
  const session = await transaction(deps.db, async (tx) => {
    const flow = await lockFlowState(tx, authCode);
    if (!flow?.userId) {
      throw new AuthError(
        404,
        'flow_state_not_found',
        'invalid flow state, no valid flow state found',
      );
    }
    if (flow.ageSeconds > FLOW_STATE_EXPIRY_SECONDS) {
      throw new AuthError(422, 'flow_state_expired', 'invalid flow state, flow state has expired');
    }
    if (!verifierMatches(flow.challenge, flow.method, verifier)) {
      throw new AuthError(
        400,
        'bad_code_verifier',
        'code challenge does not match previously saved code verifier',
      );
    }
    const signedIn = await signIn(tx, deps, flow.userId, 'recovery', request.client);
    await deleteFlowState(tx, flow.id);
    return signedIn;
  });
  return { status: 200, body: session };
}

/** Grants by `grant_type`; codes sent by mail or phone are redeemed by `POST /verify`. */
const GRANTS = new Map<string, Route['handle']>([
  ['password', passwordGrant],
  ['refresh_token', refreshTokenGrant],
  ['pkce', pkceGrant],
]);

async function token(deps: AuthDeps, request: AuthRequest): Promise<Reply> {
  const grant = GRANTS.get(request.query.get('grant_type') ?? '');
  if (!grant) throw new AuthError(400, 'invalid_credentials', 'unsupported_grant_type');
  // One bucket for every grant, before any password is checked: guessing costs requests.
  enforceRateLimit(deps.rateLimiters.token, request.rateLimitKey);
  return grant(deps, request);
}

export const tokenRoutes: Route[] = [{ method: 'POST', path: '/token', handle: token }];
