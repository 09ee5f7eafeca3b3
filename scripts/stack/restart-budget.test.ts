import { describe, expect, it } from 'vitest';
import { RestartBudget } from './restart-budget';

describe('RestartBudget', () => {
  it('allows `max` restarts in a window, then one more as each leaves the window', () => {
    let now = 0;
    const budget = new RestartBudget(3, 60_000, () => now);
    const takeAt = (time: number): boolean => {
      now = time;
      return budget.take();
    };
    expect([takeAt(0), takeAt(10_000), takeAt(20_000)]).toEqual([true, true, true]);
    expect(takeAt(59_999)).toBe(false);
    expect(takeAt(60_000)).toBe(true);
    expect(takeAt(60_001)).toBe(false);
    expect(takeAt(70_000)).toBe(true);
  });
});
