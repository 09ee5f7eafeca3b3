/** Where a Wati workspace answers: V3 routes carry no tenant, legacy V1/v2 routes do. */
export interface WatiBases {
  /** Prefix of `/api/ext/v3/...` routes: the host, without the tenant segment. */
  v3: string;
  /** Prefix of `/api/v1|v2/...` routes: the endpoint as the dashboard shows it. */
  legacy: string;
  /** The workspace id taken from the endpoint, or null for per-tenant hosts (`live-server-<id>`). */
  tenantId: string | null;
}

/**
 * The dashboard's "API Endpoint URL" is the host followed by `/{tenantId}` for shared hosts, or a
 * bare per-tenant host for older accounts. The last path segment, when there is one, is the tenant:
 * V3 drops it (the token names the tenant), legacy routes keep it.
 */
export function deriveWatiBases(endpoint: string): WatiBases {
  let url: URL;
  try {
    url = new URL(endpoint.trim());
  } catch {
    throw new TypeError('Wati endpoint must be an absolute http(s) URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError('Wati endpoint must be an absolute http(s) URL');
  }
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  const tenantId = segments.pop() ?? null;
  const prefix = segments.length > 0 ? `/${segments.join('/')}` : '';
  const v3 = `${url.origin}${prefix}`;
  return { v3, legacy: tenantId === null ? v3 : `${v3}/${tenantId}`, tenantId };
}

/** The Authorization header value: tokens are often copied with their `Bearer ` prefix, or without. */
export function watiAuthorization(token: string): string {
  const bare = token.trim().replace(/^bearer(\s+|$)/i, '');
  if (bare === '') throw new TypeError('Wati token is empty');
  return `Bearer ${bare}`;
}

/** What an "API Endpoint URL" points at; no function calls an `other` one with a token. */
export type WatiEndpointKind = 'wati' | 'sandbox' | 'other';

// Wati's API hosts (reference §1.1): the shared host, and the per-tenant hosts of older accounts.
const WATI_API_HOST = /^(?:live-mt-server|live-server-\d+)\.wati\.io$/;
// Nothing, or the dashboard's workspace number.
const WATI_TENANT_PATH = /^\/(?:\d+\/?)?$/;
// The sandbox's tenant ids (scripts/sandbox/wati/README.md).
const SANDBOX_TENANT_PATH = /^\/[A-Za-z0-9_-]{1,64}\/?$/;

/**
 * Wati is https on one of its API hosts (default port), followed at most by a tenant number; the
 * deployment's sandbox is `{sandboxUrl}/{tenantId}`. Credentials, queries and fragments have no
 * place in either.
 */
export function watiEndpointKind(endpoint: string, sandboxUrl?: string): WatiEndpointKind {
  let url: URL;
  try {
    url = new URL(endpoint.trim());
  } catch {
    return 'other';
  }
  if (url.username || url.password || url.search || url.hash) return 'other';
  if (
    url.protocol === 'https:' &&
    url.port === '' &&
    WATI_API_HOST.test(url.hostname) &&
    WATI_TENANT_PATH.test(url.pathname)
  ) {
    return 'wati';
  }
  if (sandboxUrl === undefined) return 'other';
  const sandbox = new URL(sandboxUrl);
  const prefix = sandbox.pathname.replace(/\/$/, '');
  const inSandbox =
    url.origin === sandbox.origin &&
    url.pathname.startsWith(prefix) &&
    SANDBOX_TENANT_PATH.test(url.pathname.slice(prefix.length));
  return inSandbox ? 'sandbox' : 'other';
}
