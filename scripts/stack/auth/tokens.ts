import { errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { AuthError } from './errors';
import type { SessionAssurance } from './sessions';
import type { JsonObject, UserRecord } from './user-json';

/** The claims GoTrue signs into an access token, in GoTrue's order. */
export function accessTokenClaims(params: {
  issuer: string;
  user: UserRecord;
  sessionId: string;
  assurance: SessionAssurance;
  issuedAt: number;
  expiresAt: number;
}): JsonObject {
  const { user, assurance } = params;
  return {
    iss: params.issuer,
    sub: user.id,
    aud: user.aud ?? '',
    exp: params.expiresAt,
    iat: params.issuedAt,
    email: user.email ?? '',
    phone: user.phone ?? '',
    app_metadata: user.raw_app_meta_data ?? {},
    user_metadata: user.raw_user_meta_data ?? {},
    role: user.role ?? '',
    aal: assurance.aal,
    ...(assurance.amr.length > 0 ? { amr: assurance.amr } : {}),
    session_id: params.sessionId,
    is_anonymous: user.is_anonymous,
  };
}

export function signAccessToken(claims: JsonObject, secret: Uint8Array): Promise<string> {
  return new SignJWT(claims as JWTPayload)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .sign(secret);
}

/** What GoTrue reads from a bearer token (its AccessTokenClaims). */
export interface BearerClaims {
  sub?: string;
  aud?: string | string[];
  role?: string;
  session_id?: string;
}

function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'token has invalid claims: token is expired';
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return 'token signature is invalid: signature is invalid';
  }
  if (error instanceof errors.JOSEAlgNotAllowed)
    return 'token is unverifiable: signing method is invalid';
  if (error instanceof errors.JWTClaimValidationFailed)
    return `token has invalid claims: ${error.message}`;
  return 'token is malformed';
}

/** Verifies an HS256 bearer token, or a 403 `bad_jwt` with GoTrue's message. */
export async function verifyBearer(token: string, secret: Uint8Array): Promise<BearerClaims> {
  try {
    const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'] });
    return payload as BearerClaims;
  } catch (error) {
    throw new AuthError(
      403,
      'bad_jwt',
      `invalid JWT: unable to parse or verify signature, ${reasonOf(error)}`,
    );
  }
}
