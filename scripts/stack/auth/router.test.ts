import { describe, expect, it } from 'vitest';
import { matchRoute, type Route } from './router';

const handle: Route['handle'] = async () => ({ status: 204 });
const routes: Route[] = [
  { method: 'GET', path: '/user', handle },
  { method: 'PUT', path: '/user', handle },
  { method: 'GET', path: '/admin/users/:user_id', handle },
];

describe('matchRoute', () => {
  it('finds a route by method and path, with its parameters', () => {
    expect(matchRoute(routes, 'PUT', '/user')).toMatchObject({ kind: 'found', route: routes[1] });
    expect(matchRoute(routes, 'GET', '/admin/users/abc%2Ddef/')).toMatchObject({
      kind: 'found',
      pathParams: { user_id: 'abc-def' },
    });
  });

  it('tells an unknown path from a known path with another method', () => {
    expect(matchRoute(routes, 'DELETE', '/user')).toEqual({ kind: 'wrong-method' });
    expect(matchRoute(routes, 'GET', '/users')).toEqual({ kind: 'none' });
    expect(matchRoute(routes, 'GET', '/admin/users/')).toEqual({ kind: 'none' });
    expect(matchRoute(routes, 'GET', '/admin/users/%E0%A4%A')).toEqual({ kind: 'none' });
  });
});
