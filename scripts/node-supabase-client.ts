import {
  createClient,
  type RealtimeClientOptions,
  type SupabaseClient,
  type SupabaseClientOptions,
} from '@supabase/supabase-js';
import ws from 'ws';

/**
 * supabase-js as a Node script or test uses it: no session storage or refresh timer, and the `ws`
 * transport, since Node 20 has no global WebSocket and supabase-js builds its Realtime client eagerly.
 */
export function createNodeClient<Database = unknown>(
  url: string,
  key: string,
  options: Pick<SupabaseClientOptions<'public'>, 'global'> = {},
): SupabaseClient<Database> {
  return createClient<Database>(url, key, {
    ...options,
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    realtime: { transport: ws as unknown as RealtimeClientOptions['transport'] },
  });
}
