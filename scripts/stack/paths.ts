import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute paths of the project, wherever the command is run from. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const supabaseDir = path.join(projectRoot, 'supabase');
export const migrationsDir = path.join(supabaseDir, 'migrations');
export const functionsDir = path.join(supabaseDir, 'functions');
export const seedFile = path.join(supabaseDir, 'seed.sql');
export const configTomlFile = path.join(supabaseDir, 'config.toml');
export const localDir = path.join(projectRoot, '.local');
/** Shared across runs (ephemeral ones too) so Deno's npm cache stays warm. */
export const denoCacheDir = path.join(localDir, 'deno-cache');
