import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './ports';
import { startDatabase, useExistingDatabase, type DatabaseServer } from './postgres';
import { applyBootstrap, applyMigrations } from './schema';

const require = createRequire(import.meta.url);
const POSTGREST_VERSION = '12.0.2';

/** Runs Supabase's own generator (postgres-meta), as `supabase gen types typescript` does. */
function runPostgresMeta(dbUrl: string): Promise<string> {
  const server = path.join(
    path.dirname(require.resolve('@supabase/postgres-meta/package.json')),
    'dist/server/server.js',
  );
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [server], {
      env: {
        PATH: process.env.PATH,
        PG_META_DB_URL: dbUrl,
        PG_META_GENERATE_TYPES: 'typescript',
        PG_META_GENERATE_TYPES_INCLUDED_SCHEMAS: 'public',
        PG_META_GENERATE_TYPES_DETECT_ONE_TO_ONE_RELATIONSHIPS: 'true',
        PG_META_POSTGREST_VERSION: POSTGREST_VERSION,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 && stdout.includes('export type Database')
        ? resolve(stdout)
        : reject(new Error(`postgres-meta a échoué (code ${code}) : ${stderr.slice(0, 500)}`)),
    );
  });
}

/**
 * Database types for the SPA, generated from a scratch database that holds exactly the migrations
 * (nothing a developer created by hand), so the result depends only on supabase/migrations.
 * `serverUrl`: a Postgres to borrow a temporary database from; otherwise an embedded one is started.
 */
export async function generateDatabaseTypes(serverUrl?: string): Promise<string> {
  let db: DatabaseServer;
  let scratchDir: string | undefined;
  if (serverUrl) {
    db = await useExistingDatabase(serverUrl, true);
  } else {
    scratchDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wcap-types-'));
    db = await startDatabase({
      externalUrl: undefined,
      ephemeral: true,
      dataDir: path.join(scratchDir, 'postgres'),
      port: await freePort(),
      logFile: path.join(scratchDir, 'postgres.log'),
    });
  }
  try {
    await applyBootstrap(db.adminUrl);
    // As `postgres`, like every migration: the types are those of what hosted Supabase accepts.
    await applyMigrations(db.url);
    return await runPostgresMeta(db.url);
  } finally {
    await db.stop();
    if (scratchDir) fs.rmSync(scratchDir, { recursive: true, force: true });
  }
}
