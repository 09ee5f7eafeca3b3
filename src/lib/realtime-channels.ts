import type { RealtimeChannel } from '@supabase/realtime-js';
import { realtime } from './realtime';

// Joining and leaving the SPA's postgres_changes and private channels. realtime-js keeps one channel per topic and
// hands back the one still leaving when asked again: a page that unmounts and mounts at once
// (React's strict mode, a quick back and forth) would join a channel on its way out. A topic is
// joined again only once it has fully left, with the session's token set first (private channels
// are authorised with it at join time).

const leaving = new Map<string, Promise<unknown>>();

/** Resolves when `topic` may be joined: its previous channel has left and the token is set. */
export async function readyToJoin(topic: string): Promise<void> {
  await leaving.get(topic);
  await realtime.setAuth();
}

/** Leaves a channel, remembering it until it has left. */
export function leave(channel: RealtimeChannel): void {
  const topic = channel.subTopic;
  const removal = realtime.removeChannel(channel).finally(() => {
    if (leaving.get(topic) === removal) leaving.delete(topic);
  });
  leaving.set(topic, removal);
}
