import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { projectEnv } from './stack/env-file';
import { localDir } from './stack/paths';
import {
  hasOldLayout,
  localServer,
  startDatabase,
  useExistingDatabase,
  type DatabaseServer,
} from './stack/postgres';
import { describeFailure, StackError } from './stack/stack-error';
import { applyBootstrap, applyMigrations, applySeed, recreateDatabase } from './stack/schema';

const USAGE = 'Usage : npm run db:migrate | npm run db:seed | npm run db:reset [-- --yes]';

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const localDataDir = path.join(localDir, 'postgres');

async function isSuperuser(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ rolsuper: boolean }>(
      'select rolsuper from pg_roles where rolname = current_user',
    );
    return rows[0]?.rolsuper === true;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * SUPABASE_DB_URL when set; else the local stack's Postgres, started just for this command when
 * the stack is not running. `reset` may recreate a local data directory of the old layout.
 */
async function openDatabase(command: string): Promise<DatabaseServer> {
  const env = projectEnv();
  if (env.SUPABASE_DB_URL) return useExistingDatabase(env.SUPABASE_DB_URL, false);
  const port = Number(env.WCAP_DB_PORT) || 54322;
  const url = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`;
  if (await reachable(url)) {
    // A running stack of an earlier version, where `postgres` was the superuser.
    if (await isSuperuser(url)) {
      throw new StackError(
        `la pile locale en cours d'exécution (port ${port}) a été créée par une version précédente, où « postgres » était superutilisateur`,
        'arrêtez-la (Ctrl-C dans son terminal), puis lancez « npm run db:reset »',
      );
    }
    return { ...localServer(url), stop: async () => {} };
  }
  return startDatabase({
    externalUrl: undefined,
    ephemeral: false,
    dataDir: localDataDir,
    port,
    logFile: path.join(localDir, 'logs', 'postgres.log'),
    recreateOldLayout: command === 'reset' && hasOldLayout(localDataDir),
  });
}

async function confirmReset(url: string): Promise<boolean> {
  const where = new URL(url);
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question(
    `Toutes les données de la base « ${where.pathname.slice(1)} » sur ${where.host} seront effacées. Continuer ? (oui/non) `,
  );
  prompt.close();
  return /^(o|oui|y|yes)$/i.test(answer.trim());
}

async function migrate(db: DatabaseServer): Promise<void> {
  await applyBootstrap(db.adminUrl);
  const applied = await applyMigrations(db.url);
  console.log(
    applied.length === 0
      ? 'Aucune migration à appliquer : la base est à jour.'
      : `Migrations appliquées (${applied.length}) :\n${applied.map((m) => `  ${m.version}_${m.name}`).join('\n')}`,
  );
}

async function confirmOldLayoutReset(): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question(
    `La base locale (${localDataDir}) vient d'une version précédente de la pile : elle sera supprimée et recréée, toutes ses données effacées. Continuer ? (oui/non) `,
  );
  prompt.close();
  return /^(o|oui|y|yes)$/i.test(answer.trim());
}

async function run(command: string | undefined, yes: boolean): Promise<void> {
  if (!command || !['migrate', 'seed', 'reset'].includes(command)) {
    throw new StackError(`commande inconnue « ${command ?? ''} »`, USAGE);
  }
  let confirmed = yes;
  if (command === 'reset' && !projectEnv().SUPABASE_DB_URL && hasOldLayout(localDataDir)) {
    // Its data cannot be kept: the whole local cluster is made anew, after a confirmation.
    if (!confirmed && !(await confirmOldLayoutReset())) {
      console.log('Réinitialisation annulée.');
      return;
    }
    confirmed = true;
  }
  const db = await openDatabase(command);
  try {
    if (command === 'migrate') await migrate(db);
    if (command === 'seed') {
      const outcome = await applySeed(db.url, { onlyIfChanged: false });
      console.log(
        outcome === 'missing' ? 'Pas de supabase/seed.sql.' : 'Données de démonstration chargées.',
      );
    }
    if (command === 'reset') {
      if (!confirmed && !(await confirmReset(db.url))) {
        console.log('Réinitialisation annulée.');
        return;
      }
      await recreateDatabase(db.adminUrl);
      await migrate(db);
      await applySeed(db.url, { onlyIfChanged: false });
      console.log('Base réinitialisée : migrations et données de démonstration rechargées.');
    }
  } finally {
    await db.stop();
  }
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { yes: { type: 'boolean', default: false } },
});
try {
  await run(positionals[0], values.yes);
} catch (error) {
  console.error(describeFailure(error));
  process.exitCode = 1;
}
