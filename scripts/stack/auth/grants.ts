import type { PoolClient } from 'pg';
import { transaction } from './db';
import { AuthError, OAuthError } from './errors';
import { customizeAccessToken } from './hooks';
import { decideRefresh } from './refresh-rotation';
import type { AuthDeps } from './router';
import {
  activeRefreshToken,
  createSession,
  deleteSession,
  lockRefreshToken,
  recordRefresh,
  rotateRefreshToken,
  sessionAssurance,
  type AuthenticationMethod,
  type ClientInfo,
} from './sessions';
import { accessTokenClaims, signAccessToken } from './tokens';
import { userJson, type JsonObject, type UserRecord } from './user-json';
import { findUser, loadUser } from './users';

/** GoTrue's token response; the password grant may add `weak_password`. */
export type SessionResponse = JsonObject & { access_token: string; refresh_token: string };

/**
 * Mints the access token of a session and wraps it in GoTrue's token response. Every grant
 * (password, refresh, and later OTP verification) ends here, so the custom access token hook
 * runs each time a token is minted.
 */
async function mintSession(
  tx: PoolClient,
  deps: AuthDeps,
  params: {
    user: UserRecord;
    sessionId: string;
    refreshToken: string;
    authenticationMethod: AuthenticationMethod | 'token_refresh';
    client: ClientInfo;
  },
): Promise<SessionResponse> {
  const issuedAt = Math.floor(Date.now() / 1000);
  const expiresAt = issuedAt + deps.settings.jwtExpiry;
  let claims = accessTokenClaims({
    issuer: deps.issuer,
    user: params.user,
    sessionId: params.sessionId,
    assurance: await sessionAssurance(tx, params.sessionId),
    issuedAt,
    expiresAt,
  });
  const hook = deps.settings.hooks.customAccessToken;
  if (hook) {
    claims = await customizeAccessToken(tx, hook, {
      userId: params.user.id,
      claims,
      authenticationMethod: params.authenticationMethod,
      ip: params.client.ip,
    });
  }
  return {
    access_token: await signAccessToken(claims, deps.jwtSecret),
    token_type: 'bearer',
    expires_in: expiresAt - issuedAt,
    expires_at: expiresAt,
    refresh_token: params.refreshToken,
    user: userJson(params.user),
  };
}

/** Signs a user in: a new session, its first refresh token and access token. */
export async function signIn(
  tx: PoolClient,
  deps: AuthDeps,
  userId: string,
  method: AuthenticationMethod,
  client: ClientInfo,
): Promise<SessionResponse> {
  const { sessionId, refreshToken } = await createSession(tx, userId, method, client);
  const user = await loadUser(tx, userId);
  return mintSession(tx, deps, {
    user,
    sessionId,
    refreshToken,
    authenticationMethod: method,
    client,
  });
}

const TOKEN_NOT_FOUND = new AuthError(
  400,
  'refresh_token_not_found',
  'Invalid Refresh Token: Refresh Token Not Found',
);

/**
 * The refresh_token grant with GoTrue's rotation and reuse detection (see decideRefresh). A
 * detected reuse ends the session and that change is committed before the error is returned.
 */
export async function refreshSession(
  deps: AuthDeps,
  refreshToken: string,
  client: ClientInfo,
): Promise<SessionResponse> {
  if (refreshToken === '') throw new OAuthError('invalid_request', 'refresh_token required');
  const outcome = await transaction(
    deps.db,
    async (tx): Promise<{ session: SessionResponse } | { error: AuthError }> => {
      const presented = await lockRefreshToken(tx, refreshToken);
      const user = presented && (await findUser(tx, { id: presented.userId }));
      if (!presented || !user) return { error: TOKEN_NOT_FOUND };
      if (user.is_banned) {
        return { error: new AuthError(400, 'user_banned', 'Invalid Refresh Token: User Banned') };
      }
      const decision = decideRefresh({
        presented: {
          token: presented.token,
          revoked: presented.revoked,
          secondsSinceRevocation: presented.secondsSinceUpdate,
        },
        active: await activeRefreshToken(tx, presented.sessionId),
        reuseIntervalSeconds: deps.settings.refreshTokenReuseInterval,
        rotationEnabled: deps.settings.refreshTokenRotation,
      });
      if (decision.action === 'reject-reuse') {
        if (decision.endSession) await deleteSession(tx, presented.sessionId);
        return {
          error: new AuthError(
            400,
            'refresh_token_already_used',
            'Invalid Refresh Token: Already Used',
          ),
        };
      }
      const issued =
        decision.action === 'return-active'
          ? decision.token
          : await rotateRefreshToken(tx, presented);
      await recordRefresh(tx, presented.sessionId, client);
      const session = await mintSession(tx, deps, {
        user,
        sessionId: presented.sessionId,
        refreshToken: issued,
        authenticationMethod: 'token_refresh',
        client,
      });
      return { session };
    },
  );
  if ('error' in outcome) throw outcome.error;
  return outcome.session;
}
