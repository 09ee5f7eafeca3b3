import type { SupabaseClient } from '@supabase/supabase-js';
import { inject } from 'vitest';
import { createNodeClient } from '../scripts/node-supabase-client';
import type { StackInfo } from '../scripts/stack/stack';

export function stackInfo(): StackInfo {
  return inject('stack');
}

/** An unmodified supabase-js client on the stack, as a script would make it. */
export function supabaseClient(key: string, info: StackInfo = stackInfo()): SupabaseClient {
  return createNodeClient(info.apiUrl, key);
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
