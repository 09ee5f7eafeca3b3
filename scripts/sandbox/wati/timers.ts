// Node fires longer timeouts at once (with a warning): far-off tasks are reached in steps.
const LONGEST_TIMEOUT_MS = 2 ** 31 - 1;

/** Timers the sandbox owns, so that stop() and reset() leave nothing behind to fire. */
export class Timers {
  private readonly pending = new Set<NodeJS.Timeout>();

  later(ms: number, task: () => void | Promise<void>): void {
    if (ms > LONGEST_TIMEOUT_MS) {
      this.later(LONGEST_TIMEOUT_MS, () => this.later(ms - LONGEST_TIMEOUT_MS, task));
      return;
    }
    const timer = setTimeout(
      () => {
        this.pending.delete(timer);
        // A failing task must not take the sandbox down with it.
        Promise.resolve()
          .then(task)
          .catch((error: unknown) => console.error('wati sandbox: scheduled task failed', error));
      },
      Math.max(0, ms),
    );
    timer.unref();
    this.pending.add(timer);
  }

  clear(): void {
    for (const timer of this.pending) clearTimeout(timer);
    this.pending.clear();
  }
}
