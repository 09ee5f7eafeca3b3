import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';

/**
 * Reads the query again when `changeKey` changes (a digest of the live figures), at most once
 * every `minIntervalMs`: the live progress moves every second, a chart or a table need not.
 * A deadline, not a debounce: figures changing every second still refresh it every interval.
 */
export function useRefreshOnChange(
  queryKey: QueryKey,
  changeKey: string | null,
  minIntervalMs: number,
  enabled = true,
): void {
  const queryClient = useQueryClient();
  const seen = useRef<string | null>(null);
  // The key as a string, so that a new array with the same parts does not re-run the effect.
  const keyText = JSON.stringify(queryKey);

  useEffect(() => {
    if (!enabled || changeKey === null) return;
    // The first figures come with the first read: nothing to catch up on.
    if (seen.current === null || seen.current === changeKey) {
      seen.current = changeKey;
      return;
    }
    seen.current = changeKey;
    const key = JSON.parse(keyText) as QueryKey;
    const fetchedAt = queryClient.getQueryState(key)?.dataUpdatedAt ?? 0;
    const wait = Math.max(0, fetchedAt + minIntervalMs - Date.now());
    const timer = setTimeout(
      () => void queryClient.invalidateQueries({ queryKey: key, exact: true }),
      wait,
    );
    return () => clearTimeout(timer);
  }, [enabled, changeKey, keyText, minIntervalMs, queryClient]);
}
