import type { Answer } from './http-answers';
import type { MessageLifecycle } from './message-lifecycle';
import type { TemplateReviews } from './template-review';
import type { SandboxTenant } from './tenant-state';
import type { Timers } from './timers';

export interface ApiRequest {
  tenant: SandboxTenant;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
}

export interface ApiServices {
  lifecycle: MessageLifecycle;
  templateReviews: TemplateReviews;
  timers: Timers;
}

export interface ApiRoute {
  method: 'GET' | 'POST' | 'PUT';
  /** Segments; `:name` captures one, e.g. `/api/ext/v3/contacts/:target`. */
  path: string;
  /** Rate limits are counted per tenant and route name. */
  name: string;
  /** Calls per 10 s when Wati allows this endpoint fewer than the sandbox's general rate. */
  requestsPer10s?: number;
  /** Sends WhatsApp messages: subject to the "error after accept" fault. */
  sendsMessages?: boolean;
  handle(request: ApiRequest, services: ApiServices): Answer;
}

export type RouteMatch<R> =
  { route: R; params: Record<string, string> } | 'method_not_allowed' | 'not_found';

export function matchRoute<R extends { method: string; path: string }>(
  routes: readonly R[],
  method: string,
  segments: readonly string[],
): RouteMatch<R> {
  let pathMatched = false;
  for (const route of routes) {
    const params = matchPath(route.path, segments);
    if (params === null) continue;
    if (route.method === method) return { route, params };
    pathMatched = true;
  }
  return pathMatched ? 'method_not_allowed' : 'not_found';
}

function matchPath(pattern: string, segments: readonly string[]): Record<string, string> | null {
  const parts = pattern.split('/').filter((part) => part !== '');
  if (parts.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of parts.entries()) {
    const segment = segments[index] as string;
    if (part.startsWith(':')) params[part.slice(1)] = segment;
    else if (part !== segment) return null;
  }
  return params;
}
