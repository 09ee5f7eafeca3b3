import type { RealtimeChannel } from '@supabase/realtime-js';
import { useCallback, useEffect, useRef, useState } from 'react';
import { realtime } from '../../../lib/realtime';
import { leave, readyToJoin } from '../../../lib/realtime-channels';
import type { Availability } from '../types';

// Who else is in the inbox, what they look at and whether they type: presence on the
// organisation's private channel `inbox:<organization>`. Every member may follow it; only those
// who answer (agents and up) show themselves on it (RLS on realtime.messages says the same).

export type PresenceState = {
  userId: string;
  name: string;
  availability: Availability;
  /** The conversation on screen, if any. */
  viewing: string | null;
  typing: boolean;
};

function isPresenceState(value: unknown): value is PresenceState {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Record<string, unknown>;
  return typeof state.userId === 'string' && typeof state.name === 'string';
}

/** One entry per member (their latest tab), without the caller. */
function othersIn(channel: RealtimeChannel, userId: string): PresenceState[] {
  const byUser = new Map<string, PresenceState>();
  for (const entries of Object.values(channel.presenceState())) {
    for (const entry of entries) {
      if (!isPresenceState(entry) || entry.userId === userId) continue;
      const previous = byUser.get(entry.userId);
      // A member with two tabs: the one looking at a conversation, typing if either types.
      byUser.set(entry.userId, {
        userId: entry.userId,
        name: entry.name,
        availability: entry.availability,
        viewing: entry.viewing ?? previous?.viewing ?? null,
        typing: Boolean(entry.typing) || Boolean(previous?.typing),
      });
    }
  }
  return [...byUser.values()];
}

/** Typing stops being shown this long after the last key. */
const typingIdleMs = 4_000;

export function useInboxPresence({
  organizationId,
  userId,
  name,
  availability,
  viewing,
  canShowSelf,
}: {
  organizationId: string;
  userId: string;
  name: string;
  availability: Availability;
  viewing: string | null;
  /** Agents and up show themselves; viewers only watch. */
  canShowSelf: boolean;
}) {
  const [others, setOthers] = useState<PresenceState[]>([]);
  const [typing, setTypingState] = useState(false);
  const channelRef = useRef<RealtimeChannel | null>(null);
  const joinedRef = useRef(false);
  const state: PresenceState = { userId, name, availability, viewing, typing };
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  });

  useEffect(() => {
    const topic = `inbox:${organizationId}`;
    let cancelled = false;
    let channel: RealtimeChannel | null = null;
    void readyToJoin(topic).then(() => {
      if (cancelled) return;
      const joined = realtime.channel(topic, {
        config: { private: true, presence: { key: userId } },
      });
      channel = joined;
      channelRef.current = joined;
      joined
        .on('presence', { event: 'sync' }, () => setOthers(othersIn(joined, userId)))
        .subscribe((status) => {
          joinedRef.current = status === 'SUBSCRIBED';
          if (status === 'SUBSCRIBED' && canShowSelf) void joined.track(stateRef.current);
        });
    });
    return () => {
      cancelled = true;
      joinedRef.current = false;
      channelRef.current = null;
      if (channel) leave(channel);
    };
  }, [organizationId, userId, canShowSelf]);

  // What the member shows changes: said again on the channel.
  const { availability: shownAvailability, viewing: shownViewing, name: shownName } = state;
  useEffect(() => {
    const channel = channelRef.current;
    if (!canShowSelf || !channel || !joinedRef.current) return;
    void channel.track(stateRef.current);
  }, [canShowSelf, shownAvailability, shownViewing, shownName, typing]);

  // Typing: on at a key, off after a pause or at once when told (the message left).
  const idleTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const setTyping = useCallback((value: boolean) => {
    if (idleTimer.current) clearTimeout(idleTimer.current);
    idleTimer.current = value ? setTimeout(() => setTypingState(false), typingIdleMs) : null;
    setTypingState(value);
  }, []);
  useEffect(
    () => () => {
      if (idleTimer.current) clearTimeout(idleTimer.current);
    },
    [],
  );

  return { others, setTyping };
}
