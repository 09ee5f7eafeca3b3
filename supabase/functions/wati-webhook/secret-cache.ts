import { sameSecret } from '../_shared/constant-time.ts';

export interface SecretCacheOptions {
  /** How long a successful check is trusted. */
  ttlMs: number;
  /** Organisations remembered at most; the oldest check is forgotten first. */
  maxEntries: number;
  now?: () => number;
}

/**
 * Remembers, per organisation, the webhook token that last matched its secret, so that a burst of
 * webhooks does not read the secret once per event. Consequence: a rotated secret stops the old
 * URL within `ttlMs` (30 s in the function), not at once. Only successes are kept; the comparison
 * stays constant-time.
 */
export class SecretCache {
  private readonly entries = new Map<string, { token: string; until: number }>();
  private readonly now: () => number;

  constructor(private readonly options: SecretCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  /** True when `token` matched this organisation's secret less than `ttlMs` ago. */
  async recentlyMatched(organizationId: string, token: string): Promise<boolean> {
    const entry = this.entries.get(organizationId);
    if (!entry) return false;
    if (entry.until <= this.now()) {
      this.entries.delete(organizationId);
      return false;
    }
    return await sameSecret(token, entry.token);
  }

  remember(organizationId: string, token: string): void {
    // Re-inserted last, so the Map's order is the order of the latest checks.
    this.entries.delete(organizationId);
    this.entries.set(organizationId, { token, until: this.now() + this.options.ttlMs });
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
