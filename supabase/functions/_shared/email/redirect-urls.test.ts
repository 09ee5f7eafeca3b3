import { describe, expect, it } from 'vitest';
import { allowedRedirect, isRedirectUrlAllowed } from './redirect-urls.ts';

const policy = {
  siteUrl: 'http://127.0.0.1:5173',
  allowList: ['http://localhost:5173', 'http://localhost:5173/**', 'https://*.wcap.app/**'],
};

describe("GoTrue's redirect rule", () => {
  it('accepts the site, on any port when the site is on this machine', () => {
    expect(isRedirectUrlAllowed(policy, 'http://127.0.0.1:5173/mot-de-passe')).toBe(true);
    expect(isRedirectUrlAllowed(policy, 'http://127.0.0.1:4321/')).toBe(true);
    expect(isRedirectUrlAllowed(policy, 'https://127.0.0.1:5173/')).toBe(true); // a loopback IP
  });

  it('accepts the allow list, exact or by glob, without the fragment', () => {
    expect(isRedirectUrlAllowed(policy, 'http://localhost:5173')).toBe(true);
    expect(isRedirectUrlAllowed(policy, 'http://localhost:5173/a/b#x=1')).toBe(true);
    expect(isRedirectUrlAllowed(policy, 'https://cnsa.wcap.app/invitation/abc')).toBe(true);
    // `*` stops at dots: a subdomain of a subdomain is another site.
    expect(isRedirectUrlAllowed(policy, 'https://evil.cnsa.wcap.app/')).toBe(false);
    expect(isRedirectUrlAllowed(policy, 'http://localhost:9999/')).toBe(false);
  });

  it('refuses other sites and odd hosts', () => {
    expect(isRedirectUrlAllowed(policy, 'https://evil.example/')).toBe(false);
    expect(isRedirectUrlAllowed(policy, 'http://2130706433/')).toBe(false);
    expect(isRedirectUrlAllowed(policy, 'http://10.0.0.1/')).toBe(false);
    expect(isRedirectUrlAllowed(policy, 'not a url')).toBe(false);
    expect(isRedirectUrlAllowed(policy, '')).toBe(false);
  });

  it('falls back to the next candidate, then to the site', () => {
    expect(allowedRedirect(policy, 'https://evil.example/', 'http://localhost:5173/x')).toBe(
      'http://localhost:5173/x',
    );
    expect(allowedRedirect(policy, undefined, 'https://evil.example/')).toBe(policy.siteUrl);
  });
});
