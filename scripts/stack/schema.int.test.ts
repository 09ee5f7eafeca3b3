import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyBootstrap,
  applyMigrations,
  applySeed,
  listMigrations,
  ChangedMigrationsError,
  UnknownMigrationsError,
} from './schema';
import { querySql } from './sql';
import { StackError } from './stack-error';
import { stackInfo } from '../../test-support/clients';

// A database of its own on the stack's server, so these tests can break things freely.
const database = `schema_test_${Date.now().toString(36)}`;
let url: string;
let dir: string;

const query = <T extends pg.QueryResultRow>(text: string) => querySql<T>(url, text);

beforeAll(async () => {
  await querySql(stackInfo().dbUrl, `create database ${database}`);
  const parsed = new URL(stackInfo().dbUrl);
  parsed.pathname = `/${database}`;
  url = parsed.toString();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wcap-migrations-'));
  await applyBootstrap(url);
});

afterAll(async () => {
  await querySql(stackInfo().dbUrl, `drop database if exists ${database} with (force)`);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('bootstrap', () => {
  it('is idempotent and creates what Supabase provides', async () => {
    await applyBootstrap(url);
    const roles = await query<{ rolname: string; rolbypassrls: boolean }>(
      `select rolname, rolbypassrls from pg_roles
       where rolname in ('anon', 'authenticated', 'service_role', 'authenticator') order by rolname`,
    );
    expect(roles).toEqual([
      { rolname: 'anon', rolbypassrls: false },
      { rolname: 'authenticated', rolbypassrls: false },
      { rolname: 'authenticator', rolbypassrls: false },
      { rolname: 'service_role', rolbypassrls: true },
    ]);
    const [publication] = await query(
      `select pubname from pg_publication where pubname = 'supabase_realtime'`,
    );
    expect(publication).toBeDefined();
    const [claims] = await query<{ uid: string; role: string }>(`
      select set_config('request.jwt.claims', '{"sub":"d0000000-0000-4000-8000-000000000009","role":"authenticated"}', false),
             auth.uid()::text as uid, auth.role() as role`);
    expect(claims).toMatchObject({
      uid: 'd0000000-0000-4000-8000-000000000009',
      role: 'authenticated',
    });
  });
});

describe('migrations runner', () => {
  it('applies files in version order, once each, recorded as the Supabase CLI does', async () => {
    fs.writeFileSync(
      path.join(dir, '20260102000000_second.sql'),
      'insert into public.steps values (2);',
    );
    fs.writeFileSync(
      path.join(dir, '20260101000000_first.sql'),
      'create table public.steps (n int);',
    );
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not a migration');
    expect(listMigrations(dir).map((m) => m.name)).toEqual(['first', 'second']);

    const applied = await applyMigrations(url, dir);
    expect(applied.map((m) => m.version)).toEqual(['20260101000000', '20260102000000']);
    expect(await applyMigrations(url, dir)).toEqual([]);
    expect(await query('select n from public.steps')).toEqual([{ n: 2 }]);
    const history = await query(
      `select version, name from supabase_migrations.schema_migrations
       where version like '2026010%' order by version`,
    );
    expect(history).toEqual([
      { version: '20260101000000', name: 'first' },
      { version: '20260102000000', name: 'second' },
    ]);
  });

  it('stops at a failing migration with its file and line, keeping what came before', async () => {
    fs.writeFileSync(
      path.join(dir, '20260103000000_good.sql'),
      'insert into public.steps values (3);',
    );
    fs.writeFileSync(
      path.join(dir, '20260104000000_bad.sql'),
      'insert into public.steps values (4);\nselect * from nowhere;',
    );
    const failure = applyMigrations(url, dir);
    await expect(failure).rejects.toBeInstanceOf(StackError);
    await expect(failure).rejects.toThrow(/20260104000000_bad\.sql.*nowhere.*ligne 2/);
    expect(await query('select n from public.steps order by n')).toEqual([{ n: 2 }, { n: 3 }]);
    fs.rmSync(path.join(dir, '20260104000000_bad.sql'));
  });

  it('refuses, applying nothing, a database that recorded migrations no longer in the directory', async () => {
    // As a .local/ database made before the migrations were squashed into a baseline.
    const baseline = fs.mkdtempSync(path.join(os.tmpdir(), 'wcap-baseline-'));
    try {
      fs.writeFileSync(
        path.join(baseline, '20260201000000_baseline.sql'),
        'insert into public.steps values (20);',
      );
      const failure = applyMigrations(url, baseline);
      await expect(failure).rejects.toBeInstanceOf(UnknownMigrationsError);
      await expect(failure).rejects.toThrow(
        /créée avec des migrations qui n'existent plus \(regroupées le 7 décembre 2026\) : 20260101000000_first et 2 autre\(s\)/,
      );
      const error = (await failure.catch((e: unknown) => e)) as StackError;
      expect(error.toLine()).toMatch(/« npm run db:reset »/);
      expect(error.toLine()).not.toMatch(/\n/);
      expect(await query('select n from public.steps where n >= 20')).toEqual([]);
      expect(
        await query(
          `select version from supabase_migrations.schema_migrations where version = '20260201000000'`,
        ),
      ).toEqual([]);
    } finally {
      fs.rmSync(baseline, { recursive: true, force: true });
    }
  });
});

describe('migrations changed after they ran', () => {
  it('are refused, applying nothing, with the file named and npm run db:reset', async () => {
    const edited = fs.mkdtempSync(path.join(os.tmpdir(), 'wcap-edited-'));
    try {
      for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.sql')))
        fs.copyFileSync(path.join(dir, file), path.join(edited, file));
      fs.writeFileSync(
        path.join(edited, '20260102000000_second.sql'),
        'insert into public.steps values (22);',
      );
      fs.writeFileSync(
        path.join(edited, '20260301000000_later.sql'),
        'insert into public.steps values (30);',
      );
      const failure = applyMigrations(url, edited);
      await expect(failure).rejects.toBeInstanceOf(ChangedMigrationsError);
      await expect(failure).rejects.toThrow(/version antérieure de 20260102000000_second\.sql/);
      const error = (await failure.catch((e: unknown) => e)) as StackError;
      expect(error.toLine()).toMatch(/« npm run db:reset »/);
      expect(await query('select n from public.steps where n in (22, 30)')).toEqual([]);
    } finally {
      fs.rmSync(edited, { recursive: true, force: true });
    }
  });
});

describe('seed', () => {
  it('loads once and again only when the file changes', async () => {
    const seed = path.join(dir, 'seed.sql');
    fs.writeFileSync(seed, 'insert into public.steps values (10);');
    expect(await applySeed(url, { onlyIfChanged: true }, seed)).toBe('applied');
    expect(await applySeed(url, { onlyIfChanged: true }, seed)).toBe('unchanged');
    fs.writeFileSync(seed, 'insert into public.steps values (11);');
    expect(await applySeed(url, { onlyIfChanged: true }, seed)).toBe('applied');
    expect(await query('select n from public.steps where n >= 10 order by n')).toEqual([
      { n: 10 },
      { n: 11 },
    ]);
  });
});
