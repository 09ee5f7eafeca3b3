/**
 * The one place functions read their environment: Supabase injects SUPABASE_URL, SUPABASE_ANON_KEY,
 * SUPABASE_SERVICE_ROLE_KEY and SUPABASE_DB_URL; project secrets come from `supabase secrets set`
 * (or `.env` on the local stack).
 */
export function readEnv(name: string): string | undefined {
  const value = Deno.env.get(name);
  return value === undefined || value === '' ? undefined : value;
}

export class MissingEnvError extends Error {
  constructor(readonly variable: string) {
    super(`Missing environment variable ${variable}`);
  }
}

export function requireEnv(name: string): string {
  const value = readEnv(name);
  if (value === undefined) throw new MissingEnvError(name);
  return value;
}
