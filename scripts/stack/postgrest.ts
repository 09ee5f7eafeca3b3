import path from 'node:path';
import { postgrestBinary } from './binaries';
import type { ProjectConfig } from './config';
import { HOST, freePort } from './ports';
import { startProcess, type ManagedProcess } from './processes';
import { StackError } from './stack-error';

export interface DataApi {
  port: number;
  process: ManagedProcess;
}

async function waitUntilReady(adminPort: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ready = await fetch(`http://${HOST}:${adminPort}/ready`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ready) return;
    if (Date.now() > deadline) throw new Error('PostgREST ne répond pas');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The real PostgREST, configured as the Supabase CLI configures it. */
export async function startDataApi(options: {
  authenticatorUrl: string;
  jwtSecret: string;
  api: ProjectConfig['api'];
  logDir: string;
}): Promise<DataApi> {
  const [port, adminPort] = await Promise.all([freePort(), freePort()]);
  const logFile = path.join(options.logDir, 'postgrest.log');
  const process = startProcess({
    name: 'PostgREST',
    command: postgrestBinary(),
    args: [],
    logFile,
    restart: true,
    env: {
      PGRST_DB_URI: options.authenticatorUrl,
      PGRST_DB_SCHEMAS: options.api.schemas.join(','),
      PGRST_DB_EXTRA_SEARCH_PATH: options.api.extraSearchPath.join(','),
      PGRST_DB_MAX_ROWS: String(options.api.maxRows),
      PGRST_DB_ANON_ROLE: 'anon',
      PGRST_JWT_SECRET: options.jwtSecret,
      PGRST_DB_USE_LEGACY_GUCS: 'false',
      PGRST_DB_CHANNEL_ENABLED: 'true',
      PGRST_SERVER_HOST: HOST,
      PGRST_SERVER_PORT: String(port),
      PGRST_ADMIN_SERVER_PORT: String(adminPort),
      PGRST_LOG_LEVEL: 'warn',
    },
  });
  try {
    await process.whileAlive(waitUntilReady(adminPort, 15_000));
  } catch (error) {
    await process.stop();
    throw new StackError(
      `PostgREST n'a pas démarré (${(error as Error).message.split('\n')[0]})`,
      `consultez ${logFile}`,
    );
  }
  return { port, process };
}
