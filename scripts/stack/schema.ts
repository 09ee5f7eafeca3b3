import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { migrationsDir, seedFile } from './paths';
import { LOCAL_PASSWORD, SUPERUSER, withCredentials } from './postgres';
import { querySql, withClient } from './sql';
import { StackError } from './stack-error';

const bootstrapFile = path.join(path.dirname(new URL(import.meta.url).pathname), 'bootstrap.sql');
const MIGRATION_NAME = /^([0-9]+)_(.*)\.sql$/;

export interface Migration {
  version: string;
  name: string;
  file: string;
}

function describeSqlError(error: unknown, sql: string): string {
  const e = error as { message?: string; position?: string };
  const position = e.position ? Number(e.position) : undefined;
  const line = position ? sql.slice(0, position).split('\n').length : undefined;
  return `${e.message ?? String(error)}${line ? ` (ligne ${line})` : ''}`;
}

/**
 * The bootstrap needs a superuser: the URL's own role when it is one (a server given by
 * SUPABASE_DB_URL), else the local stack's supabase_admin on the same server and database (a URL
 * as `postgres`, which is not one).
 */
async function superuserUrl(url: string): Promise<string> {
  const [role] = await querySql<{ rolsuper: boolean }>(
    url,
    'select rolsuper from pg_roles where rolname = current_user',
  );
  if (role?.rolsuper) return url;
  const adminUrl = withCredentials(url, SUPERUSER, LOCAL_PASSWORD);
  try {
    await querySql(adminUrl, 'select 1');
  } catch {
    throw new StackError(
      `l'initialisation des objets Supabase demande un superutilisateur, et ${new URL(url).username} n'en est pas un`,
      "donnez dans SUPABASE_DB_URL l'adresse d'un superutilisateur (les migrations passent ensuite par le même)",
    );
  }
  return adminUrl;
}

/**
 * Supabase's base objects (roles, auth, publication…), created as the bootstrap superuser whatever
 * role `url` names. Serialised: roles are shared by the cluster.
 */
export async function applyBootstrap(url: string): Promise<void> {
  const sql = fs.readFileSync(bootstrapFile, 'utf8');
  await withClient(await superuserUrl(url), async (client) => {
    await client.query("select pg_advisory_lock(hashtext('wcap_stack_bootstrap'))");
    try {
      await client.query(sql);
    } catch (error) {
      throw new StackError(
        `l'initialisation des objets Supabase a échoué : ${describeSqlError(error, sql)}`,
        "l'utilisateur de SUPABASE_DB_URL doit être superutilisateur ; sinon signalez ce bug",
      );
    } finally {
      await client.query("select pg_advisory_unlock(hashtext('wcap_stack_bootstrap'))");
    }
  });
}

export function listMigrations(dir: string = migrationsDir): Migration[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .flatMap((file) => {
      const match = MIGRATION_NAME.exec(file);
      return match ? [{ version: match[1]!, name: match[2]!, file: path.join(dir, file) }] : [];
    })
    .sort((a, b) => (BigInt(a.version) < BigInt(b.version) ? -1 : 1));
}

/**
 * Said instead of migrating a database that recorded migrations no longer in the directory: the
 * migrations were squashed into a baseline on 7 December 2026, and applying the baseline on top
 * of the old chain would mix the two.
 */
export class UnknownMigrationsError extends StackError {
  constructor(readonly versions: { version: string; name: string | null }[]) {
    const first = versions[0]!;
    super(
      `la base a été créée avec des migrations qui n'existent plus (regroupées le 7 décembre 2026) : ${first.version}${first.name ? `_${first.name}` : ''}${versions.length > 1 ? ` et ${versions.length - 1} autre(s)` : ''}`,
      'lancez « npm run db:reset » pour la recréer (les données locales seront effacées, les données de démonstration rechargées)',
    );
    this.name = 'UnknownMigrationsError';
  }
}

/**
 * A database where a recorded migration was applied with other content than its file holds now: a
 * migration edited after it ran (never done once landed; the baseline was edited in place before
 * it landed). Applying the rest on top would leave a schema that no file describes.
 */
export class ChangedMigrationsError extends StackError {
  constructor(readonly migrations: Migration[]) {
    const first = migrations[0]!;
    super(
      `la base a été créée avec une version antérieure de ${path.basename(first.file)}${migrations.length > 1 ? ` et de ${migrations.length - 1} autre(s) migration(s)` : ''}`,
      'lancez « npm run db:reset » pour la recréer (les données locales seront effacées, les données de démonstration rechargées)',
    );
    this.name = 'ChangedMigrationsError';
  }
}

/**
 * Applies each migration not yet recorded, in version order, each in its own transaction, and
 * records it in supabase_migrations.schema_migrations as the Supabase CLI does. Refuses, applying
 * nothing, a database that recorded a version the directory no longer holds, or applied a file
 * whose text has changed since.
 */
export async function applyMigrations(
  url: string,
  dir: string = migrationsDir,
): Promise<Migration[]> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{
      version: string;
      name: string | null;
      statements: string[] | null;
    }>(
      'select version, name, statements from supabase_migrations.schema_migrations order by version',
    );
    const migrations = listMigrations(dir);
    const known = new Set(migrations.map((migration) => migration.version));
    const unknown = rows.filter((row) => !known.has(row.version));
    if (unknown.length > 0) throw new UnknownMigrationsError(unknown);
    // The runner records each file's text as it applies it (the CLI does the same).
    const recorded = new Map(rows.map((row) => [row.version, row.statements?.join('') ?? null]));
    const changed = migrations.filter((migration) => {
      const text = recorded.get(migration.version);
      return typeof text === 'string' && text !== fs.readFileSync(migration.file, 'utf8');
    });
    if (changed.length > 0) throw new ChangedMigrationsError(changed);
    const done = new Set(rows.map((row) => row.version));
    const applied: Migration[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      const sql = fs.readFileSync(migration.file, 'utf8');
      try {
        await client.query('begin');
        await client.query(sql);
        await client.query(
          'insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, $2, $3)',
          [migration.version, migration.name, [sql]],
        );
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw new StackError(
          `la migration ${path.basename(migration.file)} a échoué : ${describeSqlError(error, sql)}`,
          'corrigez ce fichier (ou ajoutez une migration corrective), puis relancez « npm run db:migrate »',
        );
      }
      applied.push(migration);
    }
    if (applied.length > 0) await client.query("notify pgrst, 'reload schema'");
    return applied;
  });
}

export type SeedOutcome = 'applied' | 'unchanged' | 'missing';

/**
 * Runs supabase/seed.sql. With `onlyIfChanged`, skips it when the same content was already loaded
 * (tracked in supabase_migrations.seed_files, like the CLI).
 */
export async function applySeed(
  url: string,
  options: { onlyIfChanged: boolean },
  file: string = seedFile,
): Promise<SeedOutcome> {
  if (!fs.existsSync(file)) return 'missing';
  const sql = fs.readFileSync(file, 'utf8');
  const hash = crypto.createHash('sha256').update(sql).digest('hex');
  const key = path.relative(path.dirname(path.dirname(file)), file);
  return withClient(url, async (client) => {
    if (options.onlyIfChanged) {
      const { rows } = await client.query(
        'select 1 from supabase_migrations.seed_files where path = $1 and hash = $2',
        [key, hash],
      );
      if (rows.length > 0) return 'unchanged';
    }
    try {
      await client.query('begin');
      await client.query(sql);
      await client.query(
        `insert into supabase_migrations.seed_files (path, hash) values ($1, $2)
         on conflict (path) do update set hash = excluded.hash`,
        [key, hash],
      );
      await client.query('commit');
    } catch (error) {
      await client.query('rollback');
      throw new StackError(
        `le chargement de ${key} a échoué : ${describeSqlError(error, sql)}`,
        'corrigez ce fichier puis relancez « npm run db:seed »',
      );
    }
    return 'applied';
  });
}

/** Drops and recreates the database of `url`, from the server's maintenance database. */
export async function recreateDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const database = decodeURIComponent(target.pathname.slice(1)) || 'postgres';
  const maintenance = new URL(url);
  maintenance.pathname = database === 'template1' ? '/postgres' : '/template1';
  await withClient(maintenance.toString(), async (client) => {
    const ident = client.escapeIdentifier(database);
    await client.query(`drop database if exists ${ident} with (force)`);
    await client.query(`create database ${ident}`);
  });
}
