import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './paths';
import { startStack } from './stack';
import { supabaseClient } from './testing/clients';
import type { StackInfo } from './stack';

function descendants(pid: number): number[] {
  let output = '';
  try {
    output = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' });
  } catch {
    return [];
  }
  const children = output.split('\n').map(Number).filter(Boolean);
  return children.flatMap((child) => [child, ...descendants(child)]);
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

interface RunningCli {
  npm: ChildProcess;
  info: StackInfo;
  readyLines: string[];
  /** Every process under npm while the stack runs: node, postgres, PostgREST, Deno… */
  processes: number[];
}

/** `npm run stack -- --ephemeral --seed` in a process group of its own, as a terminal runs it. */
async function startCli(): Promise<RunningCli> {
  const npm = spawn('npm', ['run', '--silent', 'stack', '--', '--ephemeral', '--seed'], {
    cwd: projectRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines = readline.createInterface({ input: npm.stdout! });
  const readyLines: string[] = [];
  const info = await new Promise<StackInfo>((resolve, reject) => {
    npm.once('exit', (code) => reject(new Error(`stack exited with ${code}`)));
    lines.on('line', (line) => {
      if (!line.startsWith('WCAP_STACK_READY ')) return;
      readyLines.push(line);
      resolve(JSON.parse(line.slice('WCAP_STACK_READY '.length)) as StackInfo);
    });
  });
  // Let the background warm-up start the functions' Deno processes.
  const { data } = await supabaseClient(info.anonKey, info).functions.invoke('health', {
    method: 'GET',
  });
  expect(data.status).toBe('ok');
  return { npm, info, readyLines, processes: descendants(npm.pid!) };
}

/** Milliseconds until none of the processes is left, or a failure after 10 s. */
async function timeUntilGone(processes: number[]): Promise<number> {
  const started = Date.now();
  while (processes.some(alive) && Date.now() - started < 10_000) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(processes.filter(alive)).toEqual([]);
  return Date.now() - started;
}

describe('npm run stack -- --ephemeral --seed', () => {
  it('prints one ready line with the contract, and Ctrl-C stops every process', async () => {
    const { npm, info, readyLines, processes } = await startCli();
    expect(readyLines).toHaveLength(1);
    expect(info).toMatchObject({
      seed: 'applied',
      sandboxes: { wati: { url: expect.stringMatching(/^http/), token: expect.any(String) } },
    });
    for (const key of ['apiUrl', 'anonKey', 'serviceRoleKey', 'dbUrl'] as const) {
      expect(typeof info[key]).toBe('string');
    }
    expect(processes.length).toBeGreaterThanOrEqual(4); // node, postgres, PostgREST, Deno…

    process.kill(-npm.pid!, 'SIGINT'); // what a terminal sends to the whole foreground group
    expect(await timeUntilGone(processes)).toBeLessThan(10_000);
    expect(fs.existsSync(info.dataDir)).toBe(false);
  });

  it('leaves no orphan even when npm itself is killed outright', async () => {
    const { npm, info, processes } = await startCli();
    npm.kill('SIGKILL'); // npm can pass nothing on: the stack must notice on its own
    expect(await timeUntilGone(processes)).toBeLessThan(10_000);
    expect(fs.existsSync(info.dataDir)).toBe(false);
  });
});

describe('a stack that cannot start', () => {
  it('ends with one French line saying what and how to fix it when its port is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/stack/main.ts'], {
        cwd: projectRoot,
        env: { ...process.env, WCAP_API_PORT: String(port) },
        encoding: 'utf8',
      });
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toEqual([
        `Erreur : le port ${port} (API Supabase) est déjà utilisé — arrêtez le programme qui l'occupe (une autre instance de WCAP ou de Supabase ?) ou choisissez un autre port avec WCAP_API_PORT=<port>`,
      ]);
    } finally {
      blocker.close();
    }
  });
});

describe('a stack with a kept data directory', () => {
  it('keeps users and data across a restart', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wcap-restart-'));
    const email = `restart-${Date.now()}@wcap.test`;
    try {
      const first = await startStack({ dataDir });
      try {
        const admin = supabaseClient(first.info.serviceRoleKey, first.info);
        const { error } = await admin.auth.admin.createUser({
          email,
          password: 'Restart-2026!',
          email_confirm: true,
        });
        expect(error).toBeNull();
      } finally {
        await first.stop();
      }
      const second = await startStack({ dataDir });
      try {
        expect(second.info.migrationsApplied).toBe(0);
        const client = supabaseClient(second.info.anonKey, second.info);
        const { data, error } = await client.auth.signInWithPassword({
          email,
          password: 'Restart-2026!',
        });
        expect(error).toBeNull();
        expect(data.user?.email).toBe(email);
      } finally {
        await second.stop();
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
