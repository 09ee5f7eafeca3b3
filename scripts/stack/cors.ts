import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';

const ALLOWED_HEADERS =
  'authorization, x-client-info, apikey, content-type, x-retry-count, x-supabase-api-version, prefer, accept-profile, content-profile, range, x-upsert';

/** Headers that the gateway adds to every Data API, Auth and Realtime answer, as Supabase does. */
export const exposedCorsHeaders: OutgoingHttpHeaders = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers':
    'Content-Range, X-Total-Count, Link, X-Supabase-Api-Version, x-sb-error-code, Content-Profile, Content-Location, Location, Preference-Applied',
};

export function preflightHeaders(req: IncomingMessage): OutgoingHttpHeaders {
  return {
    ...exposedCorsHeaders,
    'access-control-allow-methods': 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers':
      req.headers['access-control-request-headers'] ?? ALLOWED_HEADERS,
    'access-control-max-age': '3600',
    'content-length': '0',
  };
}
