import type { RunningStack } from './stack';

const SHUTDOWN_LIMIT_MS = 9000;

/**
 * Stops everything once on SIGINT/SIGTERM (first what `before` stops, then the stack) and exits,
 * even if a part hangs, before the 10 s a supervisor allows.
 */
export function stopOnSignals(
  stack: RunningStack,
  before: () => Promise<void> = async () => {},
): void {
  let stopping = false;
  const shutdown = (): void => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(1), SHUTDOWN_LIMIT_MS).unref();
    void before()
      .catch(() => undefined)
      .then(() => stack.stop())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
