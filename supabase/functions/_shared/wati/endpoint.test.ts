import { describe, expect, it } from 'vitest';
import { deriveWatiBases, watiAuthorization } from './endpoint.ts';

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
