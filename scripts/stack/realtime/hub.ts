import type { Frame } from './protocol';
import { TopicPresence, type PresenceDiff } from './presence';

/** What the hub needs from a joined channel to fan messages out to it. */
export interface HubMember {
  readonly id: string;
  readonly topic: string;
  /** Joined with `config.private`: it shares nothing with the public channel of the same topic. */
  readonly private: boolean;
  readonly receivesOwnBroadcasts: boolean;
  /** False on a private channel whose user may not read broadcasts (joined for presence only). */
  readonly receivesBroadcasts: boolean;
  /** Presence enabled and, on a private channel, allowed to read it. */
  readonly receivesPresence: boolean;
  /** Sends a frame addressed to this channel (its join_ref is filled in by the channel). */
  push(event: string, payload: unknown): void;
  /** Sends a fan-out frame (join_ref and ref null). */
  fanOut(frame: Omit<Frame, 'joinRef' | 'ref'>): void;
}

/**
 * Upstream keeps `<tenant>:<topic>` and `<tenant>-private:<topic>` apart: a broadcast on a public
 * channel never reaches the private channel of the same name, nor the other way round.
 */
const roomOf = (topic: string, isPrivate: boolean): string =>
  isPrivate ? `private ${topic}` : topic;

/** Every joined channel by room, across sockets: broadcast and presence fan out from here. */
export class Hub {
  private readonly members = new Map<string, Set<HubMember>>();
  private readonly presences = new Map<string, TopicPresence>();

  add(member: HubMember): void {
    const room = roomOf(member.topic, member.private);
    let set = this.members.get(room);
    if (!set) this.members.set(room, (set = new Set()));
    set.add(member);
  }

  remove(member: HubMember): void {
    this.untrack(member);
    const room = roomOf(member.topic, member.private);
    const set = this.members.get(room);
    set?.delete(member);
    if (set?.size === 0) this.members.delete(room);
  }

  /** Sends a broadcast to every channel of the room; the sender only if it asked for `self`. */
  broadcast(topic: string, isPrivate: boolean, payload: unknown, sender?: HubMember): void {
    for (const member of this.members.get(roomOf(topic, isPrivate)) ?? []) {
      if (!member.receivesBroadcasts) continue;
      if (member === sender && !member.receivesOwnBroadcasts) continue;
      member.fanOut({ topic, event: 'broadcast', payload });
    }
  }

  presenceState(member: HubMember): unknown {
    return this.presences.get(roomOf(member.topic, member.private))?.state() ?? {};
  }

  track(member: HubMember, key: string, meta: Record<string, unknown>): void {
    const room = roomOf(member.topic, member.private);
    let presence = this.presences.get(room);
    if (!presence) this.presences.set(room, (presence = new TopicPresence()));
    this.announce(room, presence.track(member.id, key, meta));
  }

  untrack(member: HubMember): void {
    const room = roomOf(member.topic, member.private);
    const presence = this.presences.get(room);
    const diff = presence?.untrack(member.id);
    if (presence?.empty) this.presences.delete(room);
    if (diff) this.announce(room, diff);
  }

  private announce(room: string, diff: PresenceDiff): void {
    for (const member of this.members.get(room) ?? []) {
      if (member.receivesPresence) member.push('presence_diff', diff);
    }
  }
}
