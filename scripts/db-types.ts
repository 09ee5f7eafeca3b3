import fs from 'node:fs';
import path from 'node:path';
import { generateDatabaseTypes } from './stack/database-types';
import { projectEnv } from './stack/env-file';
import { projectRoot } from './stack/paths';
import { describeFailure } from './stack/stack-error';

export const databaseTypesFile = path.join(projectRoot, 'src/lib/database.types.ts');

try {
  const types = await generateDatabaseTypes(projectEnv().SUPABASE_DB_URL || undefined);
  fs.writeFileSync(databaseTypesFile, types);
  console.log(`Types de la base écrits dans ${path.relative(projectRoot, databaseTypesFile)}.`);
} catch (error) {
  console.error(describeFailure(error));
  process.exitCode = 1;
}
