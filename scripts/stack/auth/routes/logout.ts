import { transaction } from '../db';
import { AuthError } from '../errors';
import { authenticateUser } from '../guards';
import type { AuthDeps, AuthRequest, Reply, Route } from '../router';
import { deleteSessions, type LogoutScope } from '../sessions';

const SCOPES: readonly LogoutScope[] = ['global', 'local', 'others'];

function isScope(value: string): value is LogoutScope {
  return (SCOPES as readonly string[]).includes(value);
}

/** `POST /logout?scope=global|local|others`: ends sessions; their refresh tokens go with them. */
async function logout(deps: AuthDeps, request: AuthRequest): Promise<Reply> {
  const { user, sessionId } = await authenticateUser(deps, request);
  const requested = request.query.get('scope') || 'global';
  if (!isScope(requested)) {
    throw new AuthError(400, 'validation_failed', `Unsupported logout scope "${requested}"`);
  }
  await transaction(deps.db, (tx) => deleteSessions(tx, user.id, requested, sessionId));
  return { status: 204 };
}

export const logoutRoutes: Route[] = [{ method: 'POST', path: '/logout', handle: logout }];
