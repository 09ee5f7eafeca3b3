import { SignJWT } from 'jose';

/** The Supabase CLI's local JWT secret: the legacy anon/service keys below are signed with it. */
export const DEFAULT_JWT_SECRET = 'super-secret-jwt-token-with-at-least-32-characters-long';

/** Expiry of the CLI's demo API keys (2032-11-11). */
const API_KEY_EXPIRY = 1983812996;

export interface ApiKeys {
  jwtSecret: string;
  anonKey: string;
  serviceRoleKey: string;
}

async function signApiKey(role: 'anon' | 'service_role', secret: string): Promise<string> {
  // Claims in the same order as the CLI's keys, so the default secret yields the documented strings.
  return new SignJWT({ iss: 'supabase-demo', role, exp: API_KEY_EXPIRY })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .sign(new TextEncoder().encode(secret));
}

export async function deriveApiKeys(jwtSecret: string = DEFAULT_JWT_SECRET): Promise<ApiKeys> {
  if (jwtSecret.length < 32) {
    throw new Error('Le secret JWT doit contenir au moins 32 caractères.');
  }
  const [anonKey, serviceRoleKey] = await Promise.all([
    signApiKey('anon', jwtSecret),
    signApiKey('service_role', jwtSecret),
  ]);
  return { jwtSecret, anonKey, serviceRoleKey };
}
