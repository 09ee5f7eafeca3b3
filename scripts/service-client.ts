import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '../src/lib/database.types';
import { createNodeClient } from './node-supabase-client';
import { projectEnv } from './stack/env-file';
import { StackError } from './stack/stack-error';

/**
 * The service-role client ops scripts use. It reads SUPABASE_URL and SUPABASE_SERVICE_ROLE_KEY from
 * the environment or `.env`, so one script serves the local stack and a hosted project alike.
 */
export function serviceClientFromEnv(
  env: Record<string, string | undefined> = projectEnv(),
): SupabaseClient<Database> {
  const url = env.SUPABASE_URL;
  const key = env.SUPABASE_SERVICE_ROLE_KEY;
  for (const [name, value] of [
    ['SUPABASE_URL', url],
    ['SUPABASE_SERVICE_ROLE_KEY', key],
  ] as const) {
    if (!value) {
      throw new StackError(
        `la variable ${name} n'est pas définie`,
        "définissez-la dans l'environnement ou dans .env (voir .env.example ; la pile locale l'affiche dans WCAP_STACK_READY)",
      );
    }
  }
  return createNodeClient<Database>(url!, key!);
}
