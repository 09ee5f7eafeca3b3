import { useCallback, useEffect, useState } from 'react';
import { sendHeartbeat } from '../api';
import type { Availability } from '../types';

/** The server gives conversations only to agents whose heartbeat is under a minute old. */
export const heartbeatMs = 20_000;

/**
 * While the inbox is open, an agent's heartbeat every 20 s (auto-assignment counts them present),
 * and the availability they choose (« En ligne », « Occupé », « Hors ligne »). Viewers send none.
 */
export function useHeartbeat(organizationId: string, enabled: boolean) {
  const [availability, setAvailability] = useState<Availability>('online');

  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    const beat = () =>
      sendHeartbeat(organizationId, null).then(
        (current) => {
          if (!stopped) setAvailability(current);
        },
        // A missed beat is followed by the next one; the agent only drops out after a minute.
        () => undefined,
      );
    void beat();
    const timer = setInterval(() => void beat(), heartbeatMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [organizationId, enabled]);

  const choose = useCallback(
    async (next: Availability) => {
      const previous = availability;
      setAvailability(next);
      try {
        setAvailability(await sendHeartbeat(organizationId, next));
      } catch (error) {
        setAvailability(previous);
        throw error;
      }
    },
    [organizationId, availability],
  );

  return { availability, choose };
}
