import type { RealtimeChannel, SupabaseClient } from '@supabase/supabase-js';
import { poller } from './wait';

// A private channel as an app opens it with supabase-js, recording what a test asserts on: the
// broadcasts of one event, the `system` messages and the subscribe statuses.

export interface PrivateListener {
  channel: RealtimeChannel;
  heard: unknown[];
  system: { status: string; message: string }[];
  statuses: string[];
}

export function listenPrivately(
  client: SupabaseClient,
  topic: string,
  event: string,
  config: { broadcast?: { ack?: boolean; self?: boolean }; presence?: { key?: string } } = {},
): PrivateListener {
  const heard: unknown[] = [];
  const system: PrivateListener['system'] = [];
  const channel = client
    .channel(topic, { config: { ...config, private: true } })
    .on('broadcast', { event }, ({ payload }) => heard.push(payload))
    .on('system', {}, (payload: { status: string; message: string }) => system.push(payload));
  return { channel, heard, system, statuses: [] };
}

/** Subscribes; resolves once joined, rejects with the server's refusal. */
export function join(listener: PrivateListener): Promise<void> {
  return new Promise((resolve, reject) => {
    listener.channel.subscribe((status, error) => {
      listener.statuses.push(status);
      if (status === 'SUBSCRIBED') resolve();
      else if (status === 'CHANNEL_ERROR' || status === 'TIMED_OUT')
        reject(error ?? new Error(status));
    });
  });
}

/** The join's outcome (the server's reason when refused); the channel is removed after, or
 * realtime-js would keep retrying the join. */
export async function joinOutcome(client: SupabaseClient, listener: PrivateListener) {
  const outcome = await join(listener).then(
    () => 'joined',
    (error: Error) => error.message,
  );
  await client.removeChannel(listener.channel);
  return outcome;
}

/** Supabase's refusal of a join that no select policy allows. */
export const readDenied = (topic: string) =>
  `Unauthorized: You do not have permissions to read from this Channel topic: ${topic}`;

/** POST /realtime/v1/api/broadcast, as a server or supabase-js' REST fallback sends it. */
export async function restBroadcast(
  apiUrl: string,
  credentials: { apikey: string; token?: string },
  message: { topic: string; event: string; payload: unknown; private: boolean },
): Promise<number> {
  const response = await fetch(`${apiUrl}/realtime/v1/api/broadcast`, {
    method: 'POST',
    headers: {
      apikey: credentials.apikey,
      authorization: `Bearer ${credentials.token ?? credentials.apikey}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ messages: [message] }),
  });
  await response.body?.cancel();
  return response.status;
}

const untilRefreshed = poller({ timeoutMs: 5_000, intervalMs: 250 });

/**
 * Refreshes the session as a browser does before its token expires; supabase-js then hands the new
 * token to Realtime. Tokens minted within the same second are identical (and then never sent), so
 * this refreshes until the token differs.
 */
export async function refreshToNewToken(client: SupabaseClient): Promise<void> {
  const before = (await client.auth.getSession()).data.session?.access_token;
  await untilRefreshed(async () => {
    const { data, error } = await client.auth.refreshSession();
    if (error) throw error;
    return data.session?.access_token !== before;
  }, 'a new access token');
}
