import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
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

describe('npm run stack -- --ephemeral --seed', () => {
  it('prints one ready line with the contract, then stops every process on SIGTERM', async () => {
    const child = spawn(
      path.join(projectRoot, 'node_modules/.bin/tsx'),
      ['scripts/stack/main.ts', '--ephemeral', '--seed'],
      {
        cwd: projectRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const lines = readline.createInterface({ input: child.stdout });
    const readyLines: string[] = [];
    const info = await new Promise<StackInfo>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`stack exited with ${code}`)));
      lines.on('line', (line) => {
        if (!line.startsWith('WCAP_STACK_READY ')) return;
        readyLines.push(line);
        resolve(JSON.parse(line.slice('WCAP_STACK_READY '.length)) as StackInfo);
      });
    });
    expect(info).toMatchObject({ sandboxes: {}, seed: 'applied' });
    for (const key of ['apiUrl', 'anonKey', 'serviceRoleKey', 'dbUrl'] as const) {
      expect(typeof info[key]).toBe('string');
    }
    const { data } = await supabaseClient(info.anonKey, info).functions.invoke('health', {
      method: 'GET',
    });
    expect(data.status).toBe('ok');

    const processes = descendants(child.pid!);
    expect(processes.length).toBeGreaterThanOrEqual(3); // tsx's node, postgres, PostgREST, Deno…
    const started = Date.now();
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(Date.now() - started).toBeLessThan(10_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(processes.filter(alive)).toEqual([]);
    expect(fs.existsSync(info.dataDir)).toBe(false);
    expect(readyLines).toHaveLength(1);
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
