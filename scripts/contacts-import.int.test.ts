import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nulCharacterReason } from '../src/domain/contacts/import/contact-limits';
import { toWindows1252Csv } from './contacts/sample-contacts';
import { sql } from '../test-support/database';
import { projectRoot } from './stack/paths';
import { stackInfo } from '../test-support/clients';

// `npm run contacts:import` as ops run it: a child process with SUPABASE_URL and the service-role
// key, reading a French Excel CSV (Windows-1252, `;`) into the stack's real database.

interface Summary {
  imported: number;
  updated: number;
  duplicates: number;
  invalid: number;
  errors: { line: number; value: string; reason: string }[];
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The last line of stdout, parsed. */
  summary: Summary | null;
}

let dir: string;
let serial = 0;

function command(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const info = stackInfo();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(projectRoot, 'scripts/contacts-import.ts'), ...args],
    {
      // As `npm run` does: the project root as working directory, the caller's in INIT_CWD.
      cwd: projectRoot,
      env: {
        ...process.env,
        SUPABASE_URL: info.apiUrl,
        SUPABASE_SERVICE_ROLE_KEY: info.serviceRoleKey,
        INIT_CWD: dir,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      const last = stdout.trimEnd().split('\n').at(-1) ?? '';
      resolve({
        code,
        stdout,
        stderr,
        summary: last.startsWith('{') ? (JSON.parse(last) as Summary) : null,
      });
    });
  });
}

async function organization(options: { quota?: number; country?: string } = {}): Promise<string> {
  serial += 1;
  const [row] = await sql<{ id: string }>(
    `insert into public.organizations (name, slug, country_code, default_phone_country, contacts_quota)
     values ($1, $2, 'CM', $3, $4) returning id`,
    [
      `Import en ligne de commande ${serial}`,
      `import-cli-${process.pid}-${serial}`,
      options.country ?? 'CM',
      options.quota ?? null,
    ],
  );
  return row!.id;
}

async function writeCsv(name: string, rows: string[][]): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, toWindows1252Csv(rows, ';'));
  return name;
}

const contactsOf = (organizationId: string) =>
  sql(
    `select phone, country_code, name, email, tags, attributes, opt_in_status, opt_in_source,
            created_at, updated_at
     from public.contacts where organization_id = $1 order by phone`,
    [organizationId],
  );

function omitDates(contact: Record<string, unknown>): Record<string, unknown> {
  const rest = { ...contact };
  delete rest.created_at;
  delete rest.updated_at;
  return rest;
}

const header = ['Nom', 'Prénom', 'Téléphone', 'Courriel', 'Ville', 'Étiquettes'];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'wcap-contacts-import-'));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

// Each case starts the command (Node + tsx) several times.
describe('npm run contacts:import', { timeout: 180_000 }, () => {
  it('imports a French Excel file, prints the summary last, and changes nothing the second time', async () => {
    const org = await organization();
    const file = await writeCsv('adhérents CNSA.csv', [
      header,
      ['Ngo Biyong', 'Éloïse', '699 12 34 56', 'eloise@exemple.cm', 'Yaoundé', 'adhérents'],
      ['Mbarga', 'Zoé', '+237 677-12-34-56', '', 'Douala', 'bénévoles, adhérents'],
      ['N’Goran', 'Chloé', '00241 74 12 34 56', 'pas-un-email', 'Libreville', ''],
      ['Atangana', 'Hélène', '12345', '', 'Ébolowa', ''],
      ['Ngo Biyong', 'Éloïse', '+237699123456', '', 'Yaoundé', ''],
      ['Fouda', 'Cécile', '222 23 45 67', '', 'Garoua', ''],
    ]);

    const first = await command(['--org', org, '--tag', 'import-2026', file]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout.trimEnd().split('\n').at(-1)).toBe(
      JSON.stringify({
        imported: 3,
        updated: 0,
        duplicates: 1,
        invalid: 2,
        errors: [
          { line: 5, value: '12345', reason: 'Numéro trop court' },
          { line: 6, value: '+237699123456', reason: 'Numéro déjà présent ligne 2' },
          { line: 7, value: '222 23 45 67', reason: 'Numéro fixe : pas de WhatsApp' },
        ],
      }),
    );
    expect(first.stderr).toMatch(/windows-1252, séparateur « ; »/);
    expect(first.stderr).toMatch(/Téléphone → Numéro WhatsApp/);

    const saved = await contactsOf(org);
    expect(saved.map((contact) => omitDates(contact))).toEqual([
      {
        phone: '+237677123456',
        country_code: 'CM',
        name: 'Zoé Mbarga',
        email: null,
        tags: ['adhérents', 'bénévoles', 'import-2026'],
        attributes: { ville: 'Douala' },
        opt_in_status: 'opted_in',
        opt_in_source: 'import',
      },
      {
        phone: '+237699123456',
        country_code: 'CM',
        name: 'Éloïse Ngo Biyong',
        email: 'eloise@exemple.cm',
        tags: ['adhérents', 'import-2026'],
        attributes: { ville: 'Yaoundé' },
        opt_in_status: 'opted_in',
        opt_in_source: 'import',
      },
      {
        phone: '+24174123456',
        country_code: 'GA',
        name: 'Chloé N’Goran',
        email: null,
        tags: ['import-2026'],
        attributes: { ville: 'Libreville' },
        opt_in_status: 'opted_in',
        opt_in_source: 'import',
      },
    ]);

    const second = await command(['--org', org, '--tag', 'import-2026', file]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.summary).toMatchObject({ imported: 0, updated: 0, duplicates: 1, invalid: 2 });
    expect(await contactsOf(org)).toEqual(saved);

    // Even asked to update, the same rows change nothing.
    const same = await command(['--org', org, '--update', '--tag', 'import-2026', file]);
    expect(same.summary).toMatchObject({ imported: 0, updated: 0 });
    expect(await contactsOf(org)).toEqual(saved);
  });

  it('imports a file with a NUL byte in a cell, refusing only that row', async () => {
    const org = await organization();
    const file = await writeCsv('export abîmé.csv', [
      header,
      ['Ngo Biyong', 'Élo\0ïse', '699 12 34 56', '', 'Yaoundé', ''],
      ['Mbarga', 'Zoé', '677 12 34 56', '', 'Douala', ''],
    ]);
    const run = await command(['--org', org, file]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/Choisissez un fichier/);
    expect(run.summary).toEqual({
      imported: 1,
      updated: 0,
      duplicates: 0,
      invalid: 1,
      errors: [{ line: 2, value: '699 12 34 56', reason: nulCharacterReason }],
    });
    expect((await contactsOf(org)).map((contact) => contact.phone)).toEqual(['+237677123456']);
  });

  it('merges into existing contacts with --update, and skips them without it', async () => {
    const org = await organization();
    await command([
      '--org',
      org,
      await writeCsv('avant.csv', [
        header,
        ['Essomba', 'Anaïs', '655 44 33 22', '', 'Kribi', 'adhérents'],
      ]),
    ]);
    const changed = await writeCsv('après.csv', [
      header,
      ['Essomba-Owona', 'Anaïs', '+237 655 44 33 22', 'anais@exemple.cm', '', 'donateurs'],
      ['Mvondo', 'Jérôme', '690 00 00 01', '', 'Bertoua', ''],
    ]);

    const skipped = await command(['--org', org, changed]);
    expect(skipped.summary).toMatchObject({ imported: 1, updated: 0 });
    const [kept] = await sql(
      `select name from public.contacts where phone = '+237655443322' and organization_id = $1`,
      [org],
    );
    expect(kept).toEqual({ name: 'Anaïs Essomba' });

    const merged = await command(['--org', org, '--update', changed]);
    expect(merged.summary).toMatchObject({ imported: 0, updated: 1 });
    const [contact] = await sql(
      `select name, email, tags, attributes from public.contacts
       where phone = '+237655443322' and organization_id = $1`,
      [org],
    );
    expect(contact).toEqual({
      name: 'Anaïs Essomba-Owona',
      email: 'anais@exemple.cm',
      tags: ['adhérents', 'donateurs'],
      attributes: { ville: 'Kribi' },
    });
  });

  it('reads national numbers with --country, or else the organisation’s country', async () => {
    const org = await organization({ country: 'CG' });
    const file = await writeCsv('congo.csv', [
      ['Nom', 'Téléphone'],
      ['Mabiala', '06 612 34 56'],
    ]);
    const congo = await command(['--org', org, file]);
    expect(congo.summary).toMatchObject({ imported: 1, invalid: 0 });
    const gabon = await command(['--org', org, '--country', 'ga', file]);
    expect(gabon.summary).toMatchObject({ imported: 1, invalid: 0 });
    expect((await contactsOf(org)).map((contact) => [contact.phone, contact.country_code])).toEqual(
      [
        ['+24166123456', 'GA'],
        ['+242066123456', 'CG'],
      ],
    );
  });

  it('stops cleanly at a small quota', async () => {
    const org = await organization({ quota: 3 });
    const numbers = ['699000001', '699000002', '699000003', '699000004', '699000005'];
    const file = await writeCsv('trop.csv', [
      ['Nom', 'Téléphone'],
      ...numbers.map((phone, i) => [`Contact ${i + 1}`, phone]),
    ]);
    const run = await command(['--org', org, file]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.summary).toEqual({
      imported: 3,
      updated: 0,
      duplicates: 0,
      invalid: 0,
      errors: [
        { line: 5, value: '+237699000004', reason: 'Non importé : quota de contacts atteint' },
        { line: 6, value: '+237699000005', reason: 'Non importé : quota de contacts atteint' },
      ],
    });
    expect(run.stderr).toMatch(/Quota de contacts atteint : 3 contacts importés, 2 non importés/);
    expect((await contactsOf(org)).map((contact) => contact.phone)).toEqual(
      numbers.slice(0, 3).map((phone) => `+237${phone}`),
    );
  });

  it('explains bad arguments, a missing file, an unknown organisation and a bad key', async () => {
    const org = await organization();
    const file = await writeCsv('un.csv', [
      ['Nom', 'Téléphone'],
      ['Zoé', '699123456'],
    ]);

    const noOrg = await command([file]);
    expect(noOrg.code).toBe(2);
    expect(noOrg.stderr).toMatch(/Indiquez l’organisation : --org <uuid>/);
    expect(noOrg.summary).toBeNull();

    const badOrg = await command(['--org', 'cnsa', file]);
    expect(badOrg.code).toBe(2);
    expect(badOrg.stderr).toMatch(/« cnsa » n’est pas un identifiant d’organisation/);

    const missing = await command(['--org', org, 'absent.csv']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Fichier introuvable : .*absent\.csv/);

    const unknown = await command(['--org', '00000000-0000-4000-8000-000000000000', file]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/Organisation introuvable/);

    const badKey = await command(['--org', org, file], {
      SUPABASE_SERVICE_ROLE_KEY: 'pas-une-cle',
    });
    expect(badKey.code).toBe(1);
    expect(badKey.stderr).toMatch(/Clé SUPABASE_SERVICE_ROLE_KEY refusée/);

    const anonKey = await command(['--org', org, file], {
      SUPABASE_SERVICE_ROLE_KEY: stackInfo().anonKey,
    });
    expect(anonKey.code).toBe(1);
    expect(anonKey.stderr).toMatch(/clé « anon »/);

    expect(await contactsOf(org)).toEqual([]);
  });
});
