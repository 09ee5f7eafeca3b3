import { AuthError } from './errors';
import { headerValue } from './http';
import type { AuthDeps, AuthRequest } from './router';
import { sessionExists } from './sessions';
import { verifyBearer, type BearerClaims } from './tokens';
import type { UserRecord } from './user-json';
import { findUser } from './users';

/** JWT roles allowed on `/admin` (the CLI's GOTRUE_JWT_ADMIN_ROLES plus GoTrue's own default). */
const ADMIN_ROLES = ['service_role', 'supabase_admin'];
const NIL_UUID = '00000000-0000-0000-0000-000000000000';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export interface Authenticated {
  claims: BearerClaims;
  user: UserRecord;
  /** The session the token belongs to; tokens minted without one have none. */
  sessionId: string | undefined;
}

async function bearerClaims(deps: AuthDeps, request: AuthRequest): Promise<BearerClaims> {
  const token = /^bearer (\S+)$/i.exec(headerValue(request.raw, 'authorization') ?? '')?.[1];
  if (!token) {
    throw new AuthError(401, 'no_authorization', 'This endpoint requires a valid Bearer token');
  }
  return verifyBearer(token, deps.jwtSecret);
}

/** The user and session a token stands for, both still existing, as GoTrue checks them. */
async function loadUserAndSession(
  deps: AuthDeps,
  claims: BearerClaims,
): Promise<Omit<Authenticated, 'claims'>> {
  if (typeof claims.sub !== 'string' || claims.sub === '') {
    throw new AuthError(403, 'bad_jwt', 'invalid claim: missing sub claim');
  }
  if (!isUuid(claims.sub)) {
    throw new AuthError(400, 'bad_jwt', 'invalid claim: sub claim must be a UUID');
  }
  const user = await findUser(deps.db, { id: claims.sub });
  if (!user) {
    throw new AuthError(403, 'user_not_found', 'User from sub claim in JWT does not exist');
  }
  const sessionId = claims.session_id;
  if (sessionId === undefined || sessionId === '' || sessionId === NIL_UUID) {
    return { user, sessionId: undefined };
  }
  if (typeof sessionId !== 'string' || !isUuid(sessionId)) {
    throw new AuthError(403, 'bad_jwt', 'invalid claim: session_id claim must be a UUID');
  }
  if (!(await sessionExists(deps.db, sessionId))) {
    throw new AuthError(
      403,
      'session_not_found',
      'Session from session_id claim in JWT does not exist',
    );
  }
  return { user, sessionId };
}

/** GoTrue's requireAuthentication, for `/user` and `/logout`. */
export async function authenticateUser(
  deps: AuthDeps,
  request: AuthRequest,
): Promise<Authenticated> {
  const claims = await bearerClaims(deps, request);
  const { user, sessionId } = await loadUserAndSession(deps, claims);
  if (user.is_banned) throw new AuthError(403, 'user_banned', 'User is banned');
  return { claims, user, sessionId };
}

/**
 * GoTrue's requireAdminCredentials: a token with an admin role. A token tied to a session (a
 * user's) must still have its user and session, so a revoked token cannot act as an admin.
 */
export async function authenticateAdmin(deps: AuthDeps, request: AuthRequest): Promise<void> {
  const claims = await bearerClaims(deps, request);
  if (
    claims.session_id !== undefined &&
    claims.session_id !== '' &&
    claims.session_id !== NIL_UUID
  ) {
    await loadUserAndSession(deps, claims);
  }
  if (typeof claims.role !== 'string' || !ADMIN_ROLES.includes(claims.role)) {
    throw new AuthError(403, 'not_admin', 'User not allowed');
  }
}
