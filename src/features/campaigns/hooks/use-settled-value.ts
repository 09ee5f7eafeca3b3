import { useMemo } from 'react';
import { useDebouncedValue } from '../../../lib/use-debounced-value';

/** How long the builder's inputs must stay still before the estimate and the preview are asked again. */
export const settleDelayMs = 400;

/**
 * `value` once it has stayed the same (compared by its JSON) for `delayMs`, so that a query keyed
 * on it runs once the typing stops; `settling` while the latest value has not caught up.
 */
export function useSettledValue<T>(
  value: T | null,
  delayMs: number = settleDelayMs,
): { settled: T | null; settling: boolean } {
  const key = value === null ? null : JSON.stringify(value);
  const settledKey = useDebouncedValue(key, delayMs);
  const settled = useMemo(
    () => (settledKey === null ? null : (JSON.parse(settledKey) as T)),
    [settledKey],
  );
  return { settled, settling: key !== settledKey };
}
