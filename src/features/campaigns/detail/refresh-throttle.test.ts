import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRefreshThrottle } from './refresh-throttle';

/** A refresh whose reads the test finishes by hand, counting those started. */
function controlledRefresh() {
  const finishers: (() => void)[] = [];
  const refresh = vi.fn(
    () =>
      new Promise<void>((resolve) => {
        finishers.push(resolve);
      }),
  );
  return {
    refresh,
    /** Finishes the read under way and lets the throttle see it. */
    finish: async () => {
      finishers.shift()?.();
      await vi.advanceTimersByTimeAsync(0);
    },
  };
}

describe('createRefreshThrottle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('refreshes at once on the first change, not weeks of broadcasts later', async () => {
    const { refresh } = controlledRefresh();
    const throttle = createRefreshThrottle(refresh, 2_000);
    throttle.changed();
    await vi.advanceTimersByTimeAsync(0);
    expect(refresh).toHaveBeenCalledTimes(1);
    throttle.dispose();
  });

  it('refreshes at most once an interval while the figures change every second', async () => {
    const { refresh, finish } = controlledRefresh();
    const throttle = createRefreshThrottle(refresh, 2_000);
    throttle.changed();
    await vi.advanceTimersByTimeAsync(0);
    await finish();
    // Ten seconds of broadcasts, one a second, each read answering at once.
    for (let second = 1; second <= 10; second += 1) {
      await vi.advanceTimersByTimeAsync(1_000);
      throttle.changed();
      await vi.advanceTimersByTimeAsync(0);
      await finish();
    }
    // t = 0, 2, 4, 6, 8, 10 s.
    expect(refresh).toHaveBeenCalledTimes(6);
    throttle.dispose();
  });

  it('never starts a read while one is under way, so a slow read is not restarted', async () => {
    const { refresh, finish } = controlledRefresh();
    const throttle = createRefreshThrottle(refresh, 2_000);
    throttle.changed();
    await vi.advanceTimersByTimeAsync(0);
    // The read takes 7 s; broadcasts keep coming.
    for (let second = 1; second <= 7; second += 1) {
      await vi.advanceTimersByTimeAsync(1_000);
      throttle.changed();
    }
    expect(refresh).toHaveBeenCalledTimes(1);
    // Once it is back, what changed meanwhile is read at once (the interval has passed).
    await finish();
    expect(refresh).toHaveBeenCalledTimes(2);
    throttle.dispose();
  });

  it('ends on the last change: a change inside the interval is read once the interval is over', async () => {
    const { refresh, finish } = controlledRefresh();
    const throttle = createRefreshThrottle(refresh, 3_000);
    throttle.changed();
    await vi.advanceTimersByTimeAsync(0);
    await finish();
    // The campaign completes 500 ms later: the last broadcast.
    await vi.advanceTimersByTimeAsync(500);
    throttle.changed();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(refresh).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(500);
    expect(refresh).toHaveBeenCalledTimes(2);
    await finish();
    // Nothing changed since: no more reads.
    await vi.advanceTimersByTimeAsync(30_000);
    expect(refresh).toHaveBeenCalledTimes(2);
    throttle.dispose();
  });

  it('keeps going after a failed read', async () => {
    const refresh = vi
      .fn()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(undefined);
    const throttle = createRefreshThrottle(refresh, 1_000);
    throttle.changed();
    await vi.advanceTimersByTimeAsync(0);
    throttle.changed();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(refresh).toHaveBeenCalledTimes(2);
    throttle.dispose();
  });

  it('runs nothing once disposed', async () => {
    const { refresh, finish } = controlledRefresh();
    const throttle = createRefreshThrottle(refresh, 2_000);
    throttle.changed();
    await vi.advanceTimersByTimeAsync(0);
    await finish();
    throttle.changed();
    throttle.dispose();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(refresh).toHaveBeenCalledTimes(1);
  });
});
