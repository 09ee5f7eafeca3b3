import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { createRefreshThrottle, type RefreshThrottle } from '../refresh-throttle';

/**
 * Reads the query again as `changeKey` (a digest of the live figures) changes: at once for the
 * first change, then at most once every `minIntervalMs` while the figures move, and once more after
 * the last change (see createRefreshThrottle). A read under way is never cancelled by the next
 * change: with a broadcast every second and a read slower than that, cancelling would starve it.
 */
export function useRefreshOnChange(
  queryKey: QueryKey,
  changeKey: string | null,
  minIntervalMs: number,
  enabled = true,
): void {
  const queryClient = useQueryClient();
  const throttle = useRef<RefreshThrottle | null>(null);
  const seen = useRef<string | null>(null);
  // The key as a string, so that a new array with the same parts does not re-run the effect.
  const keyText = JSON.stringify(queryKey);

  useEffect(() => {
    if (!enabled) return;
    const key = JSON.parse(keyText) as QueryKey;
    const created = createRefreshThrottle(
      () => queryClient.invalidateQueries({ queryKey: key, exact: true }, { cancelRefetch: false }),
      minIntervalMs,
    );
    throttle.current = created;
    return () => {
      created.dispose();
      if (throttle.current === created) throttle.current = null;
    };
  }, [enabled, keyText, minIntervalMs, queryClient]);

  useEffect(() => {
    if (!enabled || changeKey === null) return;
    // The first figures come with the first read: nothing to catch up on.
    if (seen.current === null || seen.current === changeKey) {
      seen.current = changeKey;
      return;
    }
    seen.current = changeKey;
    throttle.current?.changed();
  }, [enabled, changeKey]);
}
