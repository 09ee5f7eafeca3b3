import type { IncomingMessage } from 'node:http';
import type pg from 'pg';
import type { Params } from './http';
import type { Mailer } from './mail';
import type { AuthRateLimiters } from './rate-limits';
import type { ClientInfo } from './sessions';
import type { AuthSettings } from './settings';

/** What every handler may use: the database, the settings, the signing key, limiters, mail. */
export interface AuthDeps {
  db: pg.Pool;
  settings: AuthSettings;
  jwtSecret: Uint8Array;
  /** Also GoTrue's API_EXTERNAL_URL, which links in emails point to (`…/auth/v1`). */
  issuer: string;
  rateLimiters: AuthRateLimiters;
  mailer: Mailer;
}

export interface AuthRequest {
  raw: IncomingMessage;
  query: URLSearchParams;
  /** Values of the `:name` segments of the route's path. */
  pathParams: Record<string, string>;
  client: ClientInfo;
  /** Who per-IP rate limits count against (see enforceRateLimit). */
  rateLimitKey: string | undefined;
  /** The JSON body; `allowEmpty` reads an empty body as `{}` (e.g. DELETE). */
  body(options?: { allowEmpty?: boolean }): Promise<Params>;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** GoTrue answers a link opened from an email with 303 See Other. */
export function seeOther(location: string): Reply {
  return { status: 303, headers: { location } };
}

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface Route {
  method: Method;
  /** Path with `:name` segments, e.g. `/admin/users/:user_id`. */
  path: string;
  handle(deps: AuthDeps, request: AuthRequest): Promise<Reply>;
}

export type RouteMatch =
  | { kind: 'found'; route: Route; pathParams: Record<string, string> }
  | { kind: 'wrong-method' }
  | { kind: 'none' };

function decodeSegment(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

function matchPath(pattern: string, pathname: string): Record<string, string> | undefined {
  const expected = pattern.split('/');
  // A trailing slash names the same resource, as with GoTrue's router.
  const actual = pathname.replace(/(.)\/$/, '$1').split('/');
  if (expected.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, segment] of expected.entries()) {
    const value = actual[index]!;
    if (segment.startsWith(':')) {
      const decoded = decodeSegment(value);
      if (!decoded) return undefined;
      params[segment.slice(1)] = decoded;
    } else if (segment !== value) {
      return undefined;
    }
  }
  return params;
}

export function matchRoute(routes: Route[], method: string, pathname: string): RouteMatch {
  let pathMatched = false;
  for (const route of routes) {
    const pathParams = matchPath(route.path, pathname);
    if (!pathParams) continue;
    if (route.method === method) return { kind: 'found', route, pathParams };
    pathMatched = true;
  }
  return pathMatched ? { kind: 'wrong-method' } : { kind: 'none' };
}
