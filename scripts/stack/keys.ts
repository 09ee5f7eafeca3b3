import crypto from 'node:crypto';
import { SignJWT } from 'jose';
import { MIN_JWT_SECRET_LENGTH } from './jwt-secret';

/** Expiry of the CLI's demo API keys (2032-11-11). */
const API_KEY_EXPIRY = 1983812996;

export interface ApiKeys {
  jwtSecret: string;
  anonKey: string;
  serviceRoleKey: string;
  /** Opaque `sb_publishable_…` key, standing for the anon key. */
  publishableKey: string;
  /** Opaque `sb_secret_…` key, standing for the service_role key. */
  secretKey: string;
}

async function signApiKey(role: 'anon' | 'service_role', secret: string): Promise<string> {
  // Claims in the same order as the CLI's keys, so the CLI's secret yields its documented strings.
  return new SignJWT({ iss: 'supabase-demo', role, exp: API_KEY_EXPIRY })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .sign(new TextEncoder().encode(secret));
}

/**
 * An opaque key in the shape of the CLI's (`sb_<kind>_` + 22 characters + `_` + 8), derived from
 * the secret: it changes with the secret, as the legacy keys do, and a restart keeps it.
 */
function opaqueKey(kind: 'publishable' | 'secret', jwtSecret: string): string {
  const digest = crypto.createHmac('sha256', jwtSecret).update(`sb_${kind}`).digest('base64url');
  return `sb_${kind}_${digest.slice(0, 22)}_${digest.slice(22, 30)}`;
}

export async function deriveApiKeys(jwtSecret: string): Promise<ApiKeys> {
  if (jwtSecret.length < MIN_JWT_SECRET_LENGTH) {
    throw new Error(`Le secret JWT doit contenir au moins ${MIN_JWT_SECRET_LENGTH} caractères.`);
  }
  const [anonKey, serviceRoleKey] = await Promise.all([
    signApiKey('anon', jwtSecret),
    signApiKey('service_role', jwtSecret),
  ]);
  return {
    jwtSecret,
    anonKey,
    serviceRoleKey,
    publishableKey: opaqueKey('publishable', jwtSecret),
    secretKey: opaqueKey('secret', jwtSecret),
  };
}
