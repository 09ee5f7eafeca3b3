const WINDOW_MS = 10_000;

/** Wati counts calls per endpoint over 10 s windows; this keeps the times of recent calls per key. */
export class RateLimiter {
  private readonly calls = new Map<string, number[]>();

  constructor(private readonly requestsPer10s: number) {}

  /**
   * Records a call; null when allowed, else the seconds until a slot frees up. `limit` lowers the
   * configured rate for endpoints Wati holds to less (contacts).
   */
  take(key: string, now: number = Date.now(), limit: number = Infinity): number | null {
    const allowed = Math.min(this.requestsPer10s, limit);
    const recent = (this.calls.get(key) ?? []).filter((at) => at > now - WINDOW_MS);
    if (recent.length >= allowed) {
      this.calls.set(key, recent);
      const oldest = recent[0] ?? now;
      return Math.max(1, Math.ceil((oldest + WINDOW_MS - now) / 1000));
    }
    recent.push(now);
    this.calls.set(key, recent);
    return null;
  }

  reset(): void {
    this.calls.clear();
  }
}
