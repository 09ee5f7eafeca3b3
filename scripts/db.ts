import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { projectEnv } from './stack/env-file';
import { localDir } from './stack/paths';
import { startDatabase, useExistingDatabase, type DatabaseServer } from './stack/postgres';
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

/**
 * SUPABASE_DB_URL when set; else the local stack's Postgres, started just for this command when
 * the stack is not running.
 */
async function openDatabase(): Promise<DatabaseServer> {
  const env = projectEnv();
  if (env.SUPABASE_DB_URL) return useExistingDatabase(env.SUPABASE_DB_URL, false);
  const port = Number(env.WCAP_DB_PORT) || 54322;
  const url = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`;
  if (await reachable(url)) return useExistingDatabase(url, false);
  return startDatabase({
    externalUrl: undefined,
    ephemeral: false,
    dataDir: path.join(localDir, 'postgres'),
    port,
    logFile: path.join(localDir, 'logs', 'postgres.log'),
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

async function migrate(url: string): Promise<void> {
  await applyBootstrap(url);
  const applied = await applyMigrations(url);
  console.log(
    applied.length === 0
      ? 'Aucune migration à appliquer : la base est à jour.'
      : `Migrations appliquées (${applied.length}) :\n${applied.map((m) => `  ${m.version}_${m.name}`).join('\n')}`,
  );
}

async function run(command: string | undefined, yes: boolean): Promise<void> {
  if (!command || !['migrate', 'seed', 'reset'].includes(command)) {
    throw new StackError(`commande inconnue « ${command ?? ''} »`, USAGE);
  }
  const db = await openDatabase();
  try {
    if (command === 'migrate') await migrate(db.url);
    if (command === 'seed') {
      const outcome = await applySeed(db.url, { onlyIfChanged: false });
      console.log(
        outcome === 'missing' ? 'Pas de supabase/seed.sql.' : 'Données de démonstration chargées.',
      );
    }
    if (command === 'reset') {
      if (!yes && !(await confirmReset(db.url))) {
        console.log('Réinitialisation annulée.');
        return;
      }
      await recreateDatabase(db.url);
      await migrate(db.url);
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
