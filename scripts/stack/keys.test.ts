import { describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { deriveApiKeys } from './keys';

/** The Supabase CLI's public local secret: only here, to check the keys' claims against its keys. */
const CLI_JWT_SECRET = 'super-secret-jwt-token-with-at-least-32-characters-long';
const OPAQUE_KEY = /^sb_(publishable|secret)_[A-Za-z0-9_-]{22}_[A-Za-z0-9_-]{8}$/;

describe('deriveApiKeys', () => {
  it('signs the same claims as the Supabase CLI: its secret yields its documented keys', async () => {
    const keys = await deriveApiKeys(CLI_JWT_SECRET);
    expect(keys.anonKey).toBe(
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9.CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0',
    );
    expect(keys.serviceRoleKey).toBe(
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU',
    );
  });

  it('derives every key, opaque ones included, from the secret', async () => {
    const secret = 'another-secret-that-is-long-enough-for-hs256';
    const keys = await deriveApiKeys(secret);
    expect(decodeJwt(keys.anonKey).role).toBe('anon');
    expect(keys.anonKey).not.toContain('CRXP1A7W');
    expect(keys.publishableKey).toMatch(OPAQUE_KEY);
    expect(keys.publishableKey.startsWith('sb_publishable_')).toBe(true);
    expect(keys.secretKey).toMatch(OPAQUE_KEY);
    expect(keys.secretKey.startsWith('sb_secret_')).toBe(true);
    // The same secret gives the same keys (a restart keeps them); another gives others.
    expect(await deriveApiKeys(secret)).toEqual(keys);
    const other = await deriveApiKeys(`${secret}!`);
    expect(other.publishableKey).not.toBe(keys.publishableKey);
    expect(other.secretKey).not.toBe(keys.secretKey);
    // Not the CLI's public opaque keys, which anyone can read in its documentation.
    expect(keys.secretKey).not.toBe('sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz');
  });

  it('refuses a secret shorter than 32 characters', async () => {
    await expect(deriveApiKeys('short')).rejects.toThrow(/32 caractères/);
  });
});
