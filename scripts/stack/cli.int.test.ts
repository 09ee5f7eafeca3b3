import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import type { Session } from '@supabase/supabase-js';
import { jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { readEnvFile } from './env-file';
import { projectRoot } from './paths';
import { querySql } from './sql';
import { startStack } from './stack';
import { supabaseClient } from '../../test-support/clients';
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
      sandboxes: {
        wati: { url: expect.stringMatching(/^http/), token: expect.any(String) },
        mail: {
          url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
          smtpHost: '127.0.0.1',
          smtpPort: expect.any(Number),
        },
      },
    });
    // Tools that did not read the output find the same line in the data directory, for the owner.
    const readyFile = path.join(info.dataDir, 'stack-ready.json');
    expect(JSON.parse(fs.readFileSync(readyFile, 'utf8'))).toEqual(info);
    expect(fs.statSync(readyFile).mode & 0o777).toBe(0o600);
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

/** The Supabase CLI's public local secret: anyone could forge a service_role token with it. */
const CLI_JWT_SECRET = 'super-secret-jwt-token-with-at-least-32-characters-long';

async function postgresSetting(dbUrl: string, name: string): Promise<string> {
  const [row] = await querySql<{ setting: string }>(
    dbUrl,
    `select current_setting('${name}') as setting`,
  );
  return row!.setting;
}

describe('a stack with a kept data directory', () => {
  it('keeps users, sessions, its own secret and keys across a restart; another directory has others', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wcap-restart-'));
    const otherDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wcap-other-'));
    const email = `restart-${Date.now()}@wcap.test`;
    const password = 'Restart-2026!';
    try {
      const first = await startStack({ dataDir });
      let session: Session;
      try {
        const { info } = first;
        // Durable: a power cut must not corrupt data kept across restarts.
        expect(await postgresSetting(info.dbUrl, 'fsync')).toBe('on');
        expect(await postgresSetting(info.dbUrl, 'full_page_writes')).toBe('on');
        expect(info.jwtSecret).not.toBe(CLI_JWT_SECRET);
        expect(fs.readFileSync(path.join(dataDir, 'jwt-secret'), 'utf8').trim()).toBe(
          info.jwtSecret,
        );
        await jwtVerify(info.serviceRoleKey, new TextEncoder().encode(info.jwtSecret));
        expect(readEnvFile(path.join(dataDir, 'supabase.env'))).toEqual({
          SUPABASE_URL: info.apiUrl,
          SUPABASE_ANON_KEY: info.anonKey,
          SUPABASE_SERVICE_ROLE_KEY: info.serviceRoleKey,
        });
        const { data, error } = await supabaseClient(info.anonKey, info).auth.signUp({
          email,
          password,
        });
        expect(error).toBeNull();
        session = data.session!;
      } finally {
        await first.stop();
      }

      const other = await startStack({ dataDir: otherDir });
      try {
        expect(other.info.jwtSecret).not.toBe(first.info.jwtSecret);
        expect(other.info.serviceRoleKey).not.toBe(first.info.serviceRoleKey);
        expect(other.info.secretKey).not.toBe(first.info.secretKey);
        // A token of the first directory's stack means nothing to this one.
        const { error } = await supabaseClient(other.info.anonKey, other.info).auth.getUser(
          session.access_token,
        );
        expect(error).toMatchObject({ status: 403, code: 'bad_jwt' });
      } finally {
        await other.stop();
      }

      const second = await startStack({ dataDir });
      try {
        const { info } = second;
        expect(info.migrationsApplied).toBe(0);
        expect(info).toMatchObject({
          jwtSecret: first.info.jwtSecret,
          anonKey: first.info.anonKey,
          serviceRoleKey: first.info.serviceRoleKey,
          publishableKey: first.info.publishableKey,
          secretKey: first.info.secretKey,
        });
        const client = supabaseClient(info.anonKey, info);
        // The session opened before the restart still works: its token and its refresh token.
        const current = await client.auth.getUser(session.access_token);
        expect(current.error).toBeNull();
        expect(current.data.user?.email).toBe(email);
        const refreshed = await client.auth.refreshSession({
          refresh_token: session.refresh_token,
        });
        expect(refreshed.error).toBeNull();
        const signedIn = await client.auth.signInWithPassword({ email, password });
        expect(signedIn.error).toBeNull();
      } finally {
        await second.stop();
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(otherDir, { recursive: true, force: true });
    }
  }, 240_000);
});
