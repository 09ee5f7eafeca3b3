import { createHmac, timingSafeEqual } from 'node:crypto';

// Wati's API tokens are JWTs naming their workspace (`tenant_id`), which is how V3 routes, that
// carry no tenant in the path, know whose data to serve. Sandbox tokens are the same idea, signed
// with the sandbox token: deterministic, so a token stored in an organisation's settings still works
// after the sandbox restarts, and any tenant id gets a token without being registered first.

const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
const ISSUER = 'wati-sandbox';
export const TENANT_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function tenantToken(sandboxToken: string, tenantId: string): string {
  if (!TENANT_ID_PATTERN.test(tenantId)) throw new Error(`invalid sandbox tenant id: ${tenantId}`);
  const payload = base64url(JSON.stringify({ tenant_id: tenantId, iss: ISSUER }));
  return `${HEADER}.${payload}.${signature(sandboxToken, `${HEADER}.${payload}`)}`;
}

/** The tenant a token was minted for, or null when it is not a valid sandbox tenant token. */
export function tenantOfToken(sandboxToken: string, token: string): string | null {
  const [header, payload, signed, ...rest] = token.split('.');
  if (header !== HEADER || payload === undefined || signed === undefined || rest.length > 0) {
    return null;
  }
  const expected = Buffer.from(signature(sandboxToken, `${header}.${payload}`));
  const given = Buffer.from(signed);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      tenant_id?: unknown;
    };
    return typeof claims.tenant_id === 'string' && TENANT_ID_PATTERN.test(claims.tenant_id)
      ? claims.tenant_id
      : null;
  } catch {
    return null;
  }
}

function signature(secret: string, input: string): string {
  return createHmac('sha256', secret).update(input).digest('base64url');
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}
