import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationsDir, seedFile } from './stack/paths';
import { applyBootstrap, applyMigrations, applySeed, listMigrations } from './stack/schema';
import { querySql } from './stack/sql';
import { stackInfo } from '../test-support/clients';

// A database of its own, brought up to date the way a deployed project is: in steps.
const database = `upgrade_test_${Date.now().toString(36)}`;
const url = (() => {
  const parsed = new URL(stackInfo().dbUrl);
  parsed.pathname = `/${database}`;
  return parsed.toString();
})();
const firstStep = fs.mkdtempSync(path.join(os.tmpdir(), 'wcap-first-migration-'));

afterAll(async () => {
  await querySql(stackInfo().dbUrl, `drop database if exists ${database} with (force)`);
  fs.rmSync(firstStep, { recursive: true, force: true });
});

describe('upgrading a database that already has accounts', () => {
  it('gives every existing account a profile, and the seed converges', async () => {
    await querySql(stackInfo().dbUrl, `create database ${database}`);
    await applyBootstrap(url);
    const [first] = listMigrations(migrationsDir);
    fs.copyFileSync(first!.file, path.join(firstStep, path.basename(first!.file)));
    await applyMigrations(url, firstStep);
    await querySql(
      url,
      `insert into auth.users (instance_id, id, aud, role, email, raw_user_meta_data, created_at, updated_at)
       values ('00000000-0000-0000-0000-000000000000', 'd0000000-0000-4000-8000-000000000001',
               'authenticated', 'authenticated', 'ancien@wcap.test', '{"full_name": "Ancien compte"}', now(), now())`,
    );

    await applyMigrations(url);
    expect(await querySql(url, `select email, full_name from public.profiles`)).toEqual([
      { email: 'ancien@wcap.test', full_name: 'Ancien compte' },
    ]);

    expect(await applySeed(url, { onlyIfChanged: true }, seedFile)).toBe('applied');
    const [owner] = await querySql(
      url,
      `select p.email, m.role from public.memberships m join public.profiles p on p.id = m.user_id
       where m.user_id = 'd0000000-0000-4000-8000-000000000001'`,
    );
    expect(owner).toEqual({ email: 'proprietaire@cnsa-demo.test', role: 'owner' });
  });
});
