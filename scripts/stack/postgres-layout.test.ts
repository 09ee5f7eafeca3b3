import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hasOldLayout, OldLayoutError, startDatabase } from './postgres';

const dirs: string[] = [];
function dataDir(files: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wcap-layout-'));
  dirs.push(dir);
  for (const file of files) fs.writeFileSync(path.join(dir, file), '17\n');
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('data directories of the old layout (`postgres` as superuser)', () => {
  it('are told apart from new ones and from empty ones', () => {
    expect(hasOldLayout(dataDir(['PG_VERSION']))).toBe(true);
    expect(hasOldLayout(dataDir(['PG_VERSION', 'wcap-superuser']))).toBe(false);
    expect(hasOldLayout(dataDir([]))).toBe(false);
  });

  it('are not started: the error says in French to run npm run db:reset', async () => {
    const dir = dataDir(['PG_VERSION']);
    const start = startDatabase({
      externalUrl: undefined,
      ephemeral: false,
      dataDir: dir,
      port: 1,
      logFile: path.join(dir, 'postgres.log'),
    });
    await expect(start).rejects.toBeInstanceOf(OldLayoutError);
    await expect(start).rejects.toMatchObject({ fix: expect.stringMatching(/npm run db:reset/) });
    expect(fs.existsSync(path.join(dir, 'PG_VERSION'))).toBe(true);
  });
});
