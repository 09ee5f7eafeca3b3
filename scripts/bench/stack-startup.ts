import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { projectRoot } from '../stack/paths';

/**
 * Time from `npm run stack` to its WCAP_STACK_READY line, measured from outside as a developer
 * sees it: a fresh ephemeral stack, then a stack restarted on a kept data directory.
 */
async function timeToReady(args: string[]): Promise<{ totalMs: number; stackMs: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/stack/main.ts', ...args], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = readline.createInterface({ input: child.stdout });
  const stackMs = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`stack exited with ${code}`)));
    lines.on('line', (line) => {
      if (line.startsWith('WCAP_STACK_READY '))
        resolve(JSON.parse(line.slice(17)).startupMs as number);
    });
  });
  const totalMs = Math.round(performance.now() - started);
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  return { totalMs, stackMs };
}

const ephemeral = await timeToReady(['--ephemeral', '--seed']);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wcap-bench-'));
// A kept data directory (like .local/): the first start initialises it, the second is a restart.
const first = await timeToReady(['--seed', '--data-dir', dataDir]);
const restart = await timeToReady(['--seed', '--data-dir', dataDir]);
fs.rmSync(dataDir, { recursive: true, force: true });

console.log(
  `BENCH_RESULT ${JSON.stringify({
    ephemeralReadyMs: ephemeral.totalMs,
    ephemeralStackMs: ephemeral.stackMs,
    firstStartReadyMs: first.totalMs,
    restartReadyMs: restart.totalMs,
    restartStackMs: restart.stackMs,
    targetMs: 10_000,
  })}`,
);
