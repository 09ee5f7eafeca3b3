import crypto from 'node:crypto';

type Meta = Record<string, unknown> & { phx_ref: string };
type PresenceMap = Record<string, { metas: Meta[] }>;

export interface PresenceDiff {
  joins: PresenceMap;
  leaves: PresenceMap;
}

/**
 * Who is present on one topic. Each channel tracks at most one entry under its presence key; a new
 * track replaces the previous one (a leave and a join, as Phoenix reports it).
 */
export class TopicPresence {
  private readonly entries = new Map<string, { key: string; meta: Meta }>();

  track(channelId: string, key: string, payload: Record<string, unknown>): PresenceDiff {
    const previous = this.entries.get(channelId);
    const meta: Meta = { ...payload, phx_ref: crypto.randomBytes(9).toString('base64url') };
    if (previous) meta.phx_ref_prev = previous.meta.phx_ref;
    this.entries.set(channelId, { key, meta });
    return {
      joins: { [key]: { metas: [meta] } },
      leaves: previous ? { [previous.key]: { metas: [previous.meta] } } : {},
    };
  }

  untrack(channelId: string): PresenceDiff | undefined {
    const previous = this.entries.get(channelId);
    if (!previous) return undefined;
    this.entries.delete(channelId);
    return { joins: {}, leaves: { [previous.key]: { metas: [previous.meta] } } };
  }

  state(): PresenceMap {
    const state: PresenceMap = {};
    for (const { key, meta } of this.entries.values()) {
      (state[key] ??= { metas: [] }).metas.push(meta);
    }
    return state;
  }

  get empty(): boolean {
    return this.entries.size === 0;
  }
}
