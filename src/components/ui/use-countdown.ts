import { useEffect, useState } from 'react';

/**
 * Whole seconds left before a deadline, ticking down to 0 (« Renvoyer le code dans 42 s »). The
 * deadline is a moment, not a count of ticks, so a tab the browser slowed down is still right.
 */
export function useCountdown(initialSeconds: number) {
  const [deadline, setDeadline] = useState(() => Date.now() + initialSeconds * 1000);
  const [remaining, setRemaining] = useState(initialSeconds);

  useEffect(() => {
    const timer = setInterval(() => {
      const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      setRemaining(left);
      if (left === 0) clearInterval(timer);
    }, 250);
    return () => clearInterval(timer);
  }, [deadline]);

  return {
    remaining,
    restart: (seconds: number) => {
      setRemaining(seconds);
      setDeadline(Date.now() + seconds * 1000);
    },
  };
}
