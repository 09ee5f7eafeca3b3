import type { Frame } from './protocol';
import { TopicPresence, type PresenceDiff } from './presence';

/** What the hub needs from a joined channel to fan messages out to it. */
export interface HubMember {
  readonly id: string;
  readonly topic: string;
  readonly receivesOwnBroadcasts: boolean;
  readonly presenceEnabled: boolean;
  /** Sends a frame addressed to this channel (its join_ref is filled in by the channel). */
  push(event: string, payload: unknown): void;
  /** Sends a fan-out frame (join_ref and ref null). */
  fanOut(frame: Omit<Frame, 'joinRef' | 'ref'>): void;
}

/** Every joined channel by topic, across sockets: broadcast and presence fan out from here. */
export class Hub {
  private readonly members = new Map<string, Set<HubMember>>();
  private readonly presences = new Map<string, TopicPresence>();

  add(member: HubMember): void {
    let set = this.members.get(member.topic);
    if (!set) this.members.set(member.topic, (set = new Set()));
    set.add(member);
  }

  remove(member: HubMember): void {
    this.untrack(member);
    const set = this.members.get(member.topic);
    set?.delete(member);
    if (set?.size === 0) this.members.delete(member.topic);
  }

  /** Sends a broadcast to every channel of the topic; the sender only if it asked for `self`. */
  broadcast(topic: string, payload: unknown, sender?: HubMember): void {
    for (const member of this.members.get(topic) ?? []) {
      if (member === sender && !member.receivesOwnBroadcasts) continue;
      member.fanOut({ topic, event: 'broadcast', payload });
    }
  }

  presenceState(topic: string): unknown {
    return this.presences.get(topic)?.state() ?? {};
  }

  track(member: HubMember, key: string, meta: Record<string, unknown>): void {
    let presence = this.presences.get(member.topic);
    if (!presence) this.presences.set(member.topic, (presence = new TopicPresence()));
    this.announce(member.topic, presence.track(member.id, key, meta));
  }

  untrack(member: HubMember): void {
    const presence = this.presences.get(member.topic);
    const diff = presence?.untrack(member.id);
    if (presence?.empty) this.presences.delete(member.topic);
    if (diff) this.announce(member.topic, diff);
  }

  private announce(topic: string, diff: PresenceDiff): void {
    for (const member of this.members.get(topic) ?? []) {
      if (member.presenceEnabled) member.push('presence_diff', diff);
    }
  }
}
