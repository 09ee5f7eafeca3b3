import { decodeJwt, errors, jwtVerify } from 'jose';
import type { JwtClaims } from './postgres-changes/types';

export type TokenCheck =
  { ok: true; claims: JwtClaims; expiresAt: number } | { ok: false; reason: string };

/**
 * Checks a JWT as Realtime does before joining or accepting a new access token: a valid HS256
 * signature, an integer `exp` in the future and a `role`. Reasons use upstream's wording.
 */
export async function checkToken(token: unknown, secret: Uint8Array): Promise<TokenCheck> {
  if (typeof token !== 'string' || token.split('.').length !== 3) {
    return { ok: false, reason: 'MalformedJWT: The token provided is not a valid JWT' };
  }
  let claims: Record<string, unknown>;
  try {
    claims = decodeJwt(token);
  } catch {
    return { ok: false, reason: 'MalformedJWT: The token provided is not a valid JWT' };
  }
  if (typeof claims.role !== 'string' || !Number.isInteger(claims.exp)) {
    return { ok: false, reason: 'InvalidJWTToken: Fields `role` and `exp` are required in JWT' };
  }
  const expiresAt = claims.exp as number;
  const now = Math.floor(Date.now() / 1000);
  if (expiresAt <= now) {
    return {
      ok: false,
      reason: `InvalidJWTToken: Token has expired ${now - expiresAt} seconds ago`,
    };
  }
  try {
    await jwtVerify(token, secret, { algorithms: ['HS256'] });
  } catch (error) {
    const detail =
      error instanceof errors.JWSSignatureVerificationFailed ? 'Signature error' : 'Invalid token';
    return { ok: false, reason: `InvalidJWTToken: ${detail}` };
  }
  return { ok: true, claims: claims as JwtClaims, expiresAt };
}
