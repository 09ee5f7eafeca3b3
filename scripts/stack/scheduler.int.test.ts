import http from 'node:http';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScheduler } from './scheduler';
import { stackInfo } from '../../test-support/clients';

let db: pg.Client;

beforeAll(async () => {
  db = new pg.Client({ connectionString: stackInfo().dbUrl });
  await db.connect();
  await db.query(
    'create table if not exists private.scheduler_test_ticks (job text, at timestamptz default now())',
  );
});

afterAll(async () => {
  await db.query(`delete from private.scheduled_jobs where name like 'test-%'`);
  await db.query('drop table if exists private.scheduler_test_ticks');
  await db.end();
});

async function ticks(job: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    'select count(*)::int as n from private.scheduler_test_ticks where job = $1',
    [job],
  );
  return rows[0]!.n;
}

describe('scheduler (pg_cron stand-in)', () => {
  it('runs a SQL job that a migration scheduled, on its schedule, until it is unscheduled', async () => {
    await db.query(
      `select private.schedule_job('test-sql', '1 seconds',
         $$insert into private.scheduler_test_ticks (job) values ('test-sql')$$)`,
    );
    const deadline = Date.now() + 10_000;
    while ((await ticks('test-sql')) < 2 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(await ticks('test-sql')).toBeGreaterThanOrEqual(2);

    await db.query(`select private.unschedule_job('test-sql')`);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const after = await ticks('test-sql');
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await ticks('test-sql')).toBe(after);
  });

  it('refuses a schedule pg_cron would refuse', async () => {
    await expect(
      db.query(`select private.schedule_job('test-bad', '90 seconds', 'select 1')`),
    ).rejects.toThrow(/check constraint/);
  });

  it('calls an Edge Function job with the service role key and its JSON body', async () => {
    const calls: { url: string; authorization: string | undefined; body: string }[] = [];
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        calls.push({ url: req.url ?? '', authorization: req.headers.authorization, body });
        res.end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };

    await db.query(
      `select private.schedule_job('test-fn', '1 seconds', function_name => 'dispatch', function_body => '{"batch": 50}')`,
    );
    const scheduler = await startScheduler({
      dbUrl: stackInfo().dbUrl,
      apiUrl: `http://127.0.0.1:${port}`,
      serviceRoleKey: 'service-key',
      logFile: path.join(stackInfo().logDir, 'scheduler-test.log'),
    });
    try {
      expect(scheduler).toBeDefined();
      await scheduler!.tick(new Date(Date.now() + 1500));
      const call = calls.find((c) => c.url === '/functions/v1/dispatch');
      expect(call).toEqual({
        url: '/functions/v1/dispatch',
        authorization: 'Bearer service-key',
        body: '{"batch":50}',
      });
    } finally {
      await db.query(`select private.unschedule_job('test-fn')`);
      await scheduler?.stop();
      server.close();
    }
  });
});
