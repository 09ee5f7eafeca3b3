// While a campaign sends, its live progress moves every second; the chart and the recipients table
// are read again from the database as it moves, but not every second: at most once an interval,
// one read at a time, and always once more after the last change, so they end on the last figures.

export type RefreshThrottle = {
  /** Something changed: refresh now if the last refresh is old enough, else as soon as it is. */
  changed: () => void;
  /** Stops: nothing more is run (a refresh under way finishes on its own). */
  dispose: () => void;
};

type Timers = {
  now: () => number;
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (timer: unknown) => void;
};

const realTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (timer) => globalThis.clearTimeout(timer as ReturnType<typeof setTimeout>),
};

/**
 * Runs `refresh` after changes: at once for the first change, then at most once every
 * `intervalMs` (counted from the start of the previous refresh) while changes keep coming, never
 * while the previous refresh is still running (so a slow read is never cancelled and restarted by
 * the next change), and once more after the last change.
 */
export function createRefreshThrottle(
  refresh: () => Promise<unknown> | void,
  intervalMs: number,
  timers: Timers = realTimers,
): RefreshThrottle {
  let lastStart = Number.NEGATIVE_INFINITY;
  let running = false;
  let pending = false;
  let timer: unknown = null;
  let disposed = false;

  const run = () => {
    timer = null;
    if (disposed) return;
    pending = false;
    running = true;
    lastStart = timers.now();
    void Promise.resolve()
      .then(refresh)
      .catch(() => {
        // A failed read shows on the query itself; the next change tries again.
      })
      .finally(() => {
        running = false;
        if (pending) plan();
      });
  };

  const plan = () => {
    if (disposed || running || timer !== null) return;
    const wait = Math.max(0, lastStart + intervalMs - timers.now());
    if (wait === 0) run();
    else timer = timers.setTimeout(run, wait);
  };

  return {
    changed: () => {
      pending = true;
      plan();
    },
    dispose: () => {
      disposed = true;
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
    },
  };
}
