// What every sandbox's main.ts does when it runs alone: read a port option, say in French why it
// did not start, and stop on Ctrl-C.

/** `--<name> <value>` as a port, or `fallback` when absent; exits with a French message otherwise. */
export function portOption(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65_535) {
    console.error(`--${name} attend un numéro de port, pas « ${value} ».`);
    process.exit(1);
  }
  return parsed;
}

/** The `.catch` of a sandbox's start: `inUse` when its port is taken, else `failed` and why. */
export function exitWhenNotStarted(inUse: string, failed: string) {
  return (error: NodeJS.ErrnoException): never => {
    console.error(error.code === 'EADDRINUSE' ? inUse : `${failed} : ${error.message}`);
    process.exit(1);
  };
}

/** Stops the sandbox once on Ctrl-C or SIGTERM, then exits. */
export function stopOnSignals(sandbox: { stop(): Promise<void> }): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      void sandbox.stop().finally(() => process.exit(0));
    });
  }
}
