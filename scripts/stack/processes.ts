import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface ManagedProcessOptions {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Where stdout and stderr go; the last lines are shown when the process fails. */
  logFile: string;
  /** Start it again when it exits on its own (not while the stack is stopping). */
  restart?: boolean;
}

export interface ManagedProcess {
  readonly name: string;
  readonly child: () => ChildProcess;
  /** Rejects if the process exits before `ready` resolves. */
  whileAlive<T>(ready: Promise<T>): Promise<T>;
  stop(): Promise<void>;
}

const STOP_GRACE_MS = 4000;
const RESTART_DELAY_MS = 500;
const live = new Set<ChildProcess>();
let exitHookInstalled = false;

/**
 * Last resort against orphans: if Node exits while children still run (an uncaught error, or
 * another exit hook calling process.exit), kill them synchronously.
 */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of live) child.kill('SIGKILL');
  });
}

export function tailOfLog(logFile: string, lines = 15): string {
  try {
    return fs.readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

export function startProcess(options: ManagedProcessOptions): ManagedProcess {
  installExitHook();
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  let stopping = false;
  let current: ChildProcess;
  let exited: Promise<number | null>;

  const launch = (): void => {
    const log = fs.openSync(options.logFile, 'a');
    current = spawn(options.command, options.args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', log, log],
    });
    fs.closeSync(log);
    const child = current;
    live.add(child);
    exited = new Promise((resolve) => {
      child.once('exit', (code) => {
        live.delete(child);
        resolve(code);
        if (!stopping && options.restart) setTimeout(() => !stopping && launch(), RESTART_DELAY_MS);
      });
      child.once('error', () => {
        live.delete(child);
        resolve(-1);
      });
    });
  };
  launch();

  return {
    name: options.name,
    child: () => current,
    whileAlive<T>(ready: Promise<T>): Promise<T> {
      const died = exited.then((code) => {
        throw new Error(
          `${options.name} s'est arrêté (code ${code}).\n${tailOfLog(options.logFile)}`.trim(),
        );
      });
      return Promise.race([ready, died]);
    },
    async stop(): Promise<void> {
      stopping = true;
      const child = current;
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
