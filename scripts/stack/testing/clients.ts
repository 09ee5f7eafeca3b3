import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { inject } from 'vitest';
import type { StackInfo } from '../stack';

export function stackInfo(): StackInfo {
  return inject('stack');
}

/** An unmodified supabase-js client as a script would make it: no storage, no timers. */
export function supabaseClient(key: string, info: StackInfo = stackInfo()): SupabaseClient {
  return createClient(info.apiUrl, key, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  });
}

export const anonClient = (): SupabaseClient => supabaseClient(stackInfo().anonKey);
export const serviceClient = (): SupabaseClient => supabaseClient(stackInfo().serviceRoleKey);

/** A fresh user, signed in: a unique e-mail per call so tests never collide. */
export async function signedInUser(
  label = 'user',
): Promise<{ client: SupabaseClient; userId: string; email: string; password: string }> {
  const email = `${label}-${crypto.randomUUID()}@wcap.test`;
  const password = `Mdp-${crypto.randomUUID()}`;
  const client = anonClient();
  const { data, error } = await client.auth.signUp({ email, password });
  if (error || !data.user) throw error ?? new Error('signUp returned no user');
  return { client, userId: data.user.id, email, password };
}
