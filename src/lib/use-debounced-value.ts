import { useEffect, useState } from 'react';

/**
 * `value` once it has stopped changing for `delayMs`: typing queries the server once, not per
 * key. Compared by identity, so pass a string or a stable value.
 */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
