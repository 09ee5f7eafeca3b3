import { transaction } from '../db';
import { AuthError } from '../errors';
import { authenticateUser, isUuid } from '../guards';
import { headerValue } from '../http';
import type { AuthDeps, AuthRequest, Reply, Route } from '../router';
import { DEFAULT_AUDIENCE, unlinkIdentity } from '../users';

/**
 * `DELETE /user/identities/:identity_id` (unlinkIdentity): only with `[auth]
 * enable_manual_linking`, and never the last identity. Unlinking the phone identity takes the
 * user's phone (and its confirmation) away with it.
 */
async function deleteIdentity(deps: AuthDeps, request: AuthRequest): Promise<Reply> {
  const { claims, user } = await authenticateUser(deps, request);
  if (!deps.settings.manualLinking) {
    throw new AuthError(404, 'manual_linking_disabled', 'Manual linking is disabled');
  }
  const identityId = request.pathParams.identity_id ?? '';
  if (!isUuid(identityId)) {
    throw new AuthError(404, 'validation_failed', 'identity_id must be an UUID');
  }
  const audience = Array.isArray(claims.aud) ? claims.aud[0] : claims.aud;
  const requested = headerValue(request.raw, 'x-jwt-aud') || DEFAULT_AUDIENCE;
  if (!audience || audience !== requested) {
    throw new AuthError(
      403,
      'unexpected_audience',
      "Token audience doesn't match request audience",
    );
  }
  if (user.identities.length <= 1) {
    throw new AuthError(
      422,
      'single_identity_not_deletable',
      'User must have at least 1 identity after unlinking',
    );
  }
  const identity = user.identities.find(
    (candidate) => candidate.id.toLowerCase() === identityId.toLowerCase(),
  );
  if (!identity) throw new AuthError(422, 'identity_not_found', "Identity doesn't exist");
  await transaction(deps.db, (tx) =>
    unlinkIdentity(tx, user, identity, deps.settings.email.autoconfirm),
  );
  return { status: 200, body: {} };
}

export const identityRoutes: Route[] = [
  { method: 'DELETE', path: '/user/identities/:identity_id', handle: deleteIdentity },
];
