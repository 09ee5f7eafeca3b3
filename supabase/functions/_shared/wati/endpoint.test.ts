import { describe, expect, it } from 'vitest';
import { deriveWatiBases, watiAuthorization, watiEndpointKind } from './endpoint.ts';

describe('deriveWatiBases', () => {
  it('drops the tenant for V3 and keeps it for legacy routes', () => {
    expect(deriveWatiBases('https://live-mt-server.wati.io/123456')).toEqual({
      v3: 'https://live-mt-server.wati.io',
      legacy: 'https://live-mt-server.wati.io/123456',
      tenantId: '123456',
    });
  });

  it('tolerates a trailing slash and surrounding spaces', () => {
    expect(deriveWatiBases('  https://live-mt-server.wati.io/123456/ ')).toMatchObject({
      v3: 'https://live-mt-server.wati.io',
      legacy: 'https://live-mt-server.wati.io/123456',
    });
  });

  it('uses a per-tenant host as is for both families', () => {
    expect(deriveWatiBases('https://live-server-4242.wati.io')).toEqual({
      v3: 'https://live-server-4242.wati.io',
      legacy: 'https://live-server-4242.wati.io',
      tenantId: null,
    });
  });

  it('keeps a port and any path before the tenant', () => {
    expect(deriveWatiBases('http://127.0.0.1:54340/proxy/org-7')).toEqual({
      v3: 'http://127.0.0.1:54340/proxy',
      legacy: 'http://127.0.0.1:54340/proxy/org-7',
      tenantId: 'org-7',
    });
  });

  it('refuses what is not an http(s) URL', () => {
    expect(() => deriveWatiBases('live-mt-server.wati.io/123')).toThrow(TypeError);
    expect(() => deriveWatiBases('ftp://wati.io/1')).toThrow(TypeError);
  });
});

describe('watiAuthorization', () => {
  it('adds the Bearer prefix only when missing', () => {
    expect(watiAuthorization('abc.def')).toBe('Bearer abc.def');
    expect(watiAuthorization('Bearer abc.def')).toBe('Bearer abc.def');
    expect(watiAuthorization('bearer   abc.def ')).toBe('Bearer abc.def');
  });

  it('refuses an empty token', () => {
    expect(() => watiAuthorization('  ')).toThrow(TypeError);
    expect(() => watiAuthorization('Bearer ')).toThrow(TypeError);
  });
});

describe('watiEndpointKind', () => {
  const sandbox = 'http://127.0.0.1:54340';

  it.each([
    'https://live-mt-server.wati.io/123456',
    'https://live-mt-server.wati.io/123456/',
    '  https://LIVE-MT-SERVER.wati.io:443/123456 ',
    'https://live-mt-server.wati.io',
    'https://live-server-4242.wati.io',
    'https://live-server-4242.wati.io/4242',
  ])('recognises Wati in %s', (endpoint) => {
    expect(watiEndpointKind(endpoint, sandbox)).toBe('wati');
  });

  it.each([
    ['plain http', 'http://live-mt-server.wati.io/123456'],
    ['another port', 'https://live-mt-server.wati.io:8443/123456'],
    ['a look-alike host', 'https://live-mt-server.wati.io.evil.test/123456'],
    ['a trailing dot', 'https://live-mt-server.wati.io./123456'],
    ['another Wati host', 'https://app.wati.io/123456'],
    ['a per-tenant host that is not a number', 'https://live-server-x.wati.io'],
    ['a path beyond the tenant', 'https://live-mt-server.wati.io/123456/api/v1'],
    ['credentials', 'https://user:pass@live-mt-server.wati.io/123456'],
    ['a query', 'https://live-mt-server.wati.io/123456?x=1'],
    ['a fragment', 'https://live-mt-server.wati.io/123456#x'],
    ['loopback', 'http://127.0.0.1:8080/123456'],
    ['metadata', 'http://169.254.169.254/latest/meta-data/'],
    ['another port of the sandbox host', 'http://127.0.0.1:54341/tenant'],
    ['the sandbox’s control routes', 'http://127.0.0.1:54340/_sandbox/tenants/x'],
    ['the sandbox without a tenant', 'http://127.0.0.1:54340/'],
    ['not a URL', 'live-mt-server.wati.io/123456'],
  ])('refuses %s', (_, endpoint) => {
    expect(watiEndpointKind(endpoint, sandbox)).toBe('other');
  });

  it('recognises the sandbox only when the deployment has one', () => {
    expect(watiEndpointKind('http://127.0.0.1:54340/org-7', sandbox)).toBe('sandbox');
    expect(watiEndpointKind('http://127.0.0.1:54340/org-7/', `${sandbox}/`)).toBe('sandbox');
    expect(watiEndpointKind('http://127.0.0.1:54340/org-7')).toBe('other');
  });
});
