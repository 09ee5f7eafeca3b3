import fs from 'node:fs';
import pg from 'pg';
import { isDue, parseSchedule, type Schedule } from './schedule';

interface JobRow {
  name: string;
  schedule: string;
  command: string | null;
  function_name: string | null;
  function_body: unknown;
}

export interface Scheduler {
  /** Runs the scheduler's loop once (tests use it to avoid waiting for the timer). */
  tick(now?: Date): Promise<void>;
  stop(): Promise<void>;
}

const TICK_MS = 1000;

/**
 * Stands in for pg_cron when the server lacks it: reads private.scheduled_jobs (the list the
 * migrations fill) and runs each job on its schedule, never two runs of one job at once.
 */
export async function startScheduler(options: {
  dbUrl: string;
  apiUrl: string;
  serviceRoleKey: string;
  logFile: string;
}): Promise<Scheduler | undefined> {
  const pool = new pg.Pool({ connectionString: options.dbUrl, max: 4 });
  const log = (line: string): void =>
    fs.appendFileSync(options.logFile, `${new Date().toISOString()} ${line}\n`);
  // A dropped connection (database reset, restart) must not crash the stack; the pool reconnects.
  pool.on('error', (error) => log(`connexion perdue : ${error.message}`));
  const { rows } = await pool.query<{ has_cron: boolean; has_jobs: boolean }>(
    `select to_regnamespace('cron') is not null as has_cron,
            to_regclass('private.scheduled_jobs') is not null as has_jobs`,
  );
  if (rows[0]?.has_cron || !rows[0]?.has_jobs) {
    await pool.end();
    return undefined;
  }

  const since = new Date();
  const lastRun = new Map<string, Date>();
  const inFlight = new Set<string>();
  const pending = new Set<Promise<void>>();
  const schedules = new Map<string, Schedule>();

  const run = async (job: JobRow): Promise<void> => {
    if (job.command !== null) {
      await pool.query(job.command);
      return;
    }
    const response = await fetch(`${options.apiUrl}/functions/v1/${job.function_name}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${options.serviceRoleKey}`,
      },
      body: JSON.stringify(job.function_body ?? {}),
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
  };

  const tick = async (now: Date = new Date()): Promise<void> => {
    const jobs = await pool.query<JobRow>(
      'select name, schedule, command, function_name, function_body from private.scheduled_jobs where active',
    );
    const started: Promise<void>[] = [];
    for (const job of jobs.rows) {
      let schedule = schedules.get(job.schedule);
      if (!schedule) {
        try {
          schedule = parseSchedule(job.schedule);
        } catch (error) {
          log(`${job.name}: ${(error as Error).message}`);
          continue;
        }
        schedules.set(job.schedule, schedule);
      }
      if (inFlight.has(job.name) || !isDue(schedule, now, lastRun.get(job.name), since)) continue;
      lastRun.set(job.name, now);
      inFlight.add(job.name);
      const execution = run(job)
        .catch((error: unknown) => log(`${job.name} a échoué : ${(error as Error).message}`))
        .finally(() => {
          inFlight.delete(job.name);
          pending.delete(execution);
        });
      pending.add(execution);
      started.push(execution);
    }
    await Promise.all(started);
  };

  let stopped = false;
  // The timer does not wait for jobs: a slow job only delays its own next run.
  const timer = setInterval(() => {
    if (stopped) return;
    const loop = tick().catch((error: unknown) =>
      log(`planificateur : ${(error as Error).message}`),
    );
    pending.add(loop);
    void loop.finally(() => pending.delete(loop));
  }, TICK_MS);

  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await Promise.all(pending);
      await pool.end();
    },
  };
}
