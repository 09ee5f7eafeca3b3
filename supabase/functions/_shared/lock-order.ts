/**
 * A copy of `items` in the order their rows are to be locked: by `key`, compared in code units,
 * equal keys keeping the order they came in (the sort is stable). Writers of the same rows that
 * all lock in this order wait for each other instead of deadlocking.
 */
export function inLockOrder<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  });
}
