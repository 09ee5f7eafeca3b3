import { describe, expect, it } from 'vitest';
import { SecretCache } from './secret-cache.ts';

function cache(maxEntries = 10) {
  let now = 1_000;
  const secrets = new SecretCache({ ttlMs: 30_000, maxEntries, now: () => now });
  return { secrets, wait: (ms: number) => (now += ms) };
}

describe('SecretCache', () => {
  it('trusts a token that matched for 30 s, then asks again', async () => {
    const { secrets, wait } = cache();
    expect(await secrets.recentlyMatched('org-a', 'token-a')).toBe(false);
    secrets.remember('org-a', 'token-a');
    expect(await secrets.recentlyMatched('org-a', 'token-a')).toBe(true);
    wait(29_999);
    expect(await secrets.recentlyMatched('org-a', 'token-a')).toBe(true);
    wait(1);
    expect(await secrets.recentlyMatched('org-a', 'token-a')).toBe(false);
    expect(secrets.size).toBe(0);
  });

  it('never trusts another token, nor the token for another organisation', async () => {
    const { secrets } = cache();
    secrets.remember('org-a', 'token-a');
    expect(await secrets.recentlyMatched('org-a', 'token-b')).toBe(false);
    expect(await secrets.recentlyMatched('org-a', '')).toBe(false);
    expect(await secrets.recentlyMatched('org-b', 'token-a')).toBe(false);
  });

  it('keeps at most `maxEntries` organisations, forgetting the least recently checked', async () => {
    const { secrets } = cache(2);
    secrets.remember('org-a', 'a');
    secrets.remember('org-b', 'b');
    secrets.remember('org-a', 'a');
    secrets.remember('org-c', 'c');
    expect(secrets.size).toBe(2);
    expect(await secrets.recentlyMatched('org-b', 'b')).toBe(false);
    expect(await secrets.recentlyMatched('org-a', 'a')).toBe(true);
    expect(await secrets.recentlyMatched('org-c', 'c')).toBe(true);
  });
});
