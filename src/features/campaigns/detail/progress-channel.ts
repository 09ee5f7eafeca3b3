import type { RealtimeChannel } from '@supabase/realtime-js';
import { realtime } from '../../../lib/realtime';

// One Realtime channel per progress topic, shared by whoever listens to it. The channel is private:
// Realtime lets only members of the campaign's organisation join it (RLS on realtime.messages), and
// checks again with each new access token. realtime-js keeps a single channel per topic and hands
// back the one still leaving when asked again, so a page that unmounts and mounts at once (React's
// strict mode, a quick back and forth) would join a channel on its way out. Here the channel stays
// open a moment after its last listener leaves, and a new one is only made once the old one has
// fully left.

export type ProgressListener = {
  /** Each `progress` broadcast's payload, unchecked. */
  onProgress: (payload: unknown) => void;
  /** Each time the channel joins (again, after a reconnection): broadcasts may have been missed. */
  onJoined?: () => void;
};

type Entry = {
  listeners: Set<ProgressListener>;
  channel: RealtimeChannel | null;
  closeTimer: ReturnType<typeof setTimeout> | null;
};

const entries = new Map<string, Entry>();
const leaving = new Map<string, Promise<unknown>>();
const lingerMs = 1_000;

function open(topic: string, entry: Entry): void {
  if (entries.get(topic) !== entry) return;
  const channel = realtime
    .channel(topic, { config: { private: true } })
    .on('broadcast', { event: 'progress' }, ({ payload }) => {
      for (const listener of entry.listeners) listener.onProgress(payload);
    })
    .subscribe((status) => {
      if (status === 'SUBSCRIBED') {
        for (const listener of entry.listeners) listener.onJoined?.();
      } else if (status === 'CLOSED' && entry.channel === channel && entries.get(topic) === entry) {
        // Closed by Realtime while still listened to (the token expired before its refresh came):
        // joined again, with the session's current token, and refused if access was withdrawn.
        open(topic, entry);
      }
    });
  entry.channel = channel;
}

function close(topic: string, entry: Entry): void {
  entries.delete(topic);
  const channel = entry.channel;
  if (!channel) return;
  const removal = realtime.removeChannel(channel).finally(() => {
    if (leaving.get(topic) === removal) leaving.delete(topic);
  });
  leaving.set(topic, removal);
}

/** Listens to the topic's `progress` broadcasts until the returned function is called. */
export function listenToProgress(topic: string, listener: ProgressListener): () => void {
  let entry = entries.get(topic);
  if (entry) {
    if (entry.closeTimer) clearTimeout(entry.closeTimer);
    entry.closeTimer = null;
    entry.listeners.add(listener);
    // Already joined: the newcomer may have missed what came before.
    if (entry.channel?.state === 'joined') listener.onJoined?.();
  } else {
    const created: Entry = { listeners: new Set([listener]), channel: null, closeTimer: null };
    entry = created;
    entries.set(topic, created);
    const previous = leaving.get(topic);
    if (previous) void previous.then(() => open(topic, created));
    else open(topic, created);
  }

  const current = entry;
  return () => {
    current.listeners.delete(listener);
    if (current.listeners.size > 0 || entries.get(topic) !== current) return;
    current.closeTimer = setTimeout(() => close(topic, current), lingerMs);
  };
}
