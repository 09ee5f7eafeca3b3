import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JWT_SECRET_FILE } from './jwt-secret';
import { querySql } from './sql';
import { startStack, type RunningStack } from './stack';
import { StackError } from './stack-error';
import { stackInfo, supabaseClient } from '../../test-support/clients';
import { poller } from '../../test-support/wait';

const waitUntil = poller({ timeoutMs: 60_000, intervalMs: 200 });

async function postgresSetting(dbUrl: string, name: string): Promise<string> {
  const [row] = await querySql<{ setting: string }>(
    dbUrl,
    `select current_setting('${name}') as setting`,
  );
  return row!.setting;
}

/** The postmaster's pid, as `pg_ctl` finds it: the first line of postmaster.pid. */
function postmasterPid(dataDir: string): number | undefined {
  try {
    const text = fs.readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8');
    return Number(text.split('\n')[0]);
  } catch {
    return undefined;
  }
}

/** A query through the Data API, as the SPA makes them: true once it is answered. */
async function dataApiAnswers(stack: RunningStack): Promise<boolean> {
  const { error } = await supabaseClient(stack.info.serviceRoleKey, stack.info)
    .from('profiles')
    .select('id', { head: true, count: 'exact' });
  return error === null;
}

/** Whether a promise has settled already, without waiting for it to. */
async function hasSettled(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await new Promise((resolve) => setImmediate(resolve));
  return settled;
}

describe('an ephemeral stack', () => {
  it('trades durability for speed, and signs with a secret of its own', async () => {
    const { dbUrl, jwtSecret, dataDir } = stackInfo();
    expect(await postgresSetting(dbUrl, 'fsync')).toBe('off');
    expect(await postgresSetting(dbUrl, 'full_page_writes')).toBe('off');
    expect(jwtSecret).not.toBe('super-secret-jwt-token-with-at-least-32-characters-long');
    expect(fs.existsSync(path.join(dataDir, JWT_SECRET_FILE))).toBe(false);
  });
});

describe('Postgres dying under a running stack', () => {
  it('is started again after a crash, and when it cannot be, the stack stops with a French message', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wcap-crash-'));
    const stack = await startStack({ dataDir });
    try {
      const crashed = postmasterPid(dataDir)!;
      process.kill(crashed, 'SIGKILL');
      await waitUntil(async () => {
        const pid = postmasterPid(dataDir);
        return pid !== undefined && pid !== crashed && (await dataApiAnswers(stack));
      }, 'the Data API answering from a restarted Postgres');
      expect(await hasSettled(stack.failure)).toBe(false);

      // A data directory Postgres no longer recognises: every restart fails.
      fs.renameSync(
        path.join(dataDir, 'postgres', 'PG_VERSION'),
        path.join(dataDir, 'postgres', 'PG_VERSION.hidden'),
      );
      process.kill(postmasterPid(dataDir)!, 'SIGKILL');
      const failure = await stack.failure;
      expect(failure).toBeInstanceOf(StackError);
      expect(failure.toLine()).toMatch(
        /^Erreur : Postgres s'est arrêté \(signal SIGKILL\) et ne redémarre pas \(5 tentatives en 10 min\) — consultez .*postgres\.log, puis relancez la pile$/,
      );
      // Stopped whole: the API no longer answers at all, rather than 503 forever.
      await expect(fetch(`${stack.info.apiUrl}/rest/v1/`)).rejects.toThrow();
    } finally {
      await stack.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
