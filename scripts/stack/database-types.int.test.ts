import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDatabaseTypes } from './database-types';
import { projectRoot } from './paths';
import { stackInfo } from '../../test-support/clients';

describe('src/lib/database.types.ts', () => {
  it('matches what `npm run db:types` generates from the migrations (run it if this fails)', async () => {
    const generated = await generateDatabaseTypes(stackInfo().dbUrl);
    const committed = fs.readFileSync(path.join(projectRoot, 'src/lib/database.types.ts'), 'utf8');
    expect(committed).toBe(generated);
  });
});
