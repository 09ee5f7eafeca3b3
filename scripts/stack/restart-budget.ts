/**
 * At most `max` restarts in any `windowMs`: a server that keeps dying is given up on, loudly,
 * instead of being restarted forever behind a stack that looks alive.
 */
export class RestartBudget {
  private readonly restarts: number[] = [];

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Spends one restart; false when the window has none left. */
  take(): boolean {
    const now = this.now();
    while (this.restarts.length > 0 && this.restarts[0]! <= now - this.windowMs) {
      this.restarts.shift();
    }
    if (this.restarts.length >= this.max) return false;
    this.restarts.push(now);
    return true;
  }
}
