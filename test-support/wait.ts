/**
 * A test's "wait until this holds" with its own time limit and polling pace: the returned function
 * polls the condition (sync or async) and fails with `timed out waiting for <what>`.
 */
export function poller(options: { timeoutMs: number; intervalMs: number }) {
  return async function waitUntil(
    condition: () => boolean | Promise<boolean>,
    what: string,
    timeoutMs = options.timeoutMs,
  ): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, options.intervalMs));
    }
  };
}
