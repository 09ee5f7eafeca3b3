import { describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { deriveApiKeys } from './keys';

describe('deriveApiKeys', () => {
  it('yields the Supabase CLI local keys for the default secret', async () => {
    const keys = await deriveApiKeys();
    expect(keys.anonKey).toBe(
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9.CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0',
    );
    expect(keys.serviceRoleKey).toBe(
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU',
    );
  });

  it('signs keys with another secret when one is configured', async () => {
    const keys = await deriveApiKeys('another-secret-that-is-long-enough-for-hs256');
    expect(decodeJwt(keys.anonKey).role).toBe('anon');
    expect(keys.anonKey).not.toContain('CRXP1A7W');
  });

  it('refuses a secret shorter than 32 characters', async () => {
    await expect(deriveApiKeys('short')).rejects.toThrow(/32 caractères/);
  });
});
