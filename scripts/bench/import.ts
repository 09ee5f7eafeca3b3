import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { detectMapping } from '../../src/domain/contacts/import/column-mapping';
import { prepareContacts } from '../../src/domain/contacts/import/prepare-contacts';
import { readContactFile } from '../../src/domain/contacts/import/read-file';
import type { PreparedContact } from '../../src/domain/contacts/import/types';
import type { Database } from '../../src/lib/database.types';
import { DEFAULT_IMPORT_WORKERS, importContactFile } from '../contacts/import-file';
import { generateContactRows, toWindows1252Csv } from '../contacts/sample-contacts';
import { createNodeClient } from '../node-supabase-client';
import { querySql } from '../stack/sql';
import { startStack } from '../stack/stack';

/**
 * `npm run bench:import`: 100,000 contacts from a French Excel CSV (Windows-1252, `;`, 2 % unusable
 * numbers, 5 % repeated) through the same pipeline as the wizard and the ops command (read → map →
 * prepare → upload through PostgREST and `import_contacts`), against an ephemeral stack. The
 * physical reference is a raw COPY of the same prepared rows into a bare table without indexes.
 * Prints BENCH_RESULT {json}; details go to stderr.
 */
const ROWS = 100_000;

const { values } = parseArgs({ options: { workers: { type: 'string' } } });
const workers = values.workers === undefined ? DEFAULT_IMPORT_WORKERS : Number(values.workers);

/** COPY's text format: backslash, tab and line breaks escaped, \N for null. */
function copyField(value: string | null): string {
  if (value === null) return '\\N';
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\t/g, '\\t')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r');
}

function arrayLiteral(items: string[]): string {
  return `{${items.map((item) => `"${item.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

function copyText(contacts: PreparedContact[], organizationId: string): string {
  return contacts
    .map(
      (contact) =>
        [
          organizationId,
          contact.phone,
          contact.country_code,
          contact.name,
          contact.email,
          arrayLiteral(contact.tags),
          JSON.stringify(contact.attributes),
          'opted_in',
          'import',
        ]
          .map(copyField)
          .join('\t') + '\n',
    )
    .join('');
}

const seconds = (start: number) => (performance.now() - start) / 1000;
const round = (value: number, digits = 3) => Number(value.toFixed(digits));

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'wcap-bench-import-'));
const file = path.join(dir, 'contacts-cnsa.csv');
await fs.writeFile(
  file,
  toWindows1252Csv(
    generateContactRows(ROWS, { invalidShare: 0.02, duplicateShare: 0.05, seed: 2026 }),
    ';',
  ),
);

const stack = await startStack({ ephemeral: true });
try {
  const { info } = stack;
  const [organization] = await querySql<{ id: string }>(
    info.dbUrl,
    `insert into public.organizations (name, slug, country_code, default_phone_country, contacts_quota)
     values ('Banc d''essai import', 'banc-essai-import', 'CM', 'CM', null) returning id`,
  );
  const organizationId = organization!.id;
  const client = createNodeClient<Database>(info.apiUrl, info.serviceRoleKey);

  const started = performance.now();
  const bytes = new Uint8Array(await fs.readFile(file));
  const { summary } = await importContactFile(client, bytes, path.basename(file), {
    organizationId,
    defaultCountry: 'CM',
    updateExisting: false,
    addTags: [],
    workers,
  });
  const importSeconds = seconds(started);

  const [{ count } = { count: 0 }] = await querySql<{ count: number }>(
    info.dbUrl,
    'select count(*)::int as count from public.contacts where organization_id = $1',
    [organizationId],
  );
  if (count !== summary.imported || summary.invalid !== ROWS * 0.02) {
    throw new Error(
      `unexpected outcome: ${count} rows, ${JSON.stringify({ ...summary, errors: summary.errors.length })}`,
    );
  }

  // What the contacts page then asks of 93,000 contacts (each query once warmed, then timed).
  const timed = async (query: () => PromiseLike<{ error: unknown }>): Promise<number> => {
    await query();
    const queryStarted = performance.now();
    const { error } = await query();
    if (error) throw error;
    return Math.round(performance.now() - queryStarted);
  };
  const org = { organization_id: organizationId };
  const queriesMs = {
    listWindow: await timed(() => client.rpc('list_contacts', { ...org, skip: 0, take: 100 })),
    listWindowDeep: await timed(() =>
      client.rpc('list_contacts', { ...org, sort: 'nom', skip: 90_000, take: 100 }),
    ),
    searchWindow: await timed(() =>
      client.rpc('list_contacts', { ...org, search: 'mbarga', skip: 0, take: 100 }),
    ),
    searchCount: await timed(() => client.rpc('count_contacts', { ...org, search: 'mbarga' })),
    tagCount: await timed(() =>
      client.rpc('count_contacts', {
        ...org,
        criteria: { match: 'all', conditions: [{ type: 'has_tag', tag: 'cnsa' }] },
      }),
    ),
    exportPage: await timed(() => client.rpc('find_contacts', { ...org, page_size: 1000 })),
  };

  // The reference: the same rows, already prepared, copied into a table with no index at all.
  const prepareStarted = performance.now();
  const table = await readContactFile(bytes, path.basename(file));
  const prepared = prepareContacts(table, detectMapping(table.headers), 'CM');
  const prepareSeconds = seconds(prepareStarted);
  const payload = copyText(prepared.contacts, organizationId);
  const db = new pg.Client({ connectionString: info.dbUrl });
  await db.connect();
  let copySeconds: number;
  let indexedCopySeconds: number;
  try {
    const copyInto = async (table: string): Promise<number> => {
      const copyStarted = performance.now();
      await pipeline(
        Readable.from([payload]),
        db.query(
          copyFrom(
            `copy ${table} (organization_id, phone, country_code, name, email, tags, attributes,
               opt_in_status, opt_in_source) from stdin`,
          ),
        ),
      );
      return seconds(copyStarted);
    };
    await db.query(
      `create table public.bench_import_copy (organization_id uuid, phone text, country_code text,
         name text, email text, tags text[], attributes jsonb, opt_in_status text, opt_in_source text)`,
    );
    copySeconds = await copyInto('public.bench_import_copy');
    // What any pipeline pays at least: COPY into a copy of `contacts` with its indexes and checks
    // (no trigger, no foreign key), shown beside the required figures.
    await db.query('create table public.bench_import_indexed (like public.contacts including all)');
    indexedCopySeconds = await copyInto('public.bench_import_indexed');
    await db.query('drop table public.bench_import_copy, public.bench_import_indexed');
  } finally {
    await db.end();
  }

  console.error(
    `import : ${summary.imported} importés, ${summary.duplicates} doublons, ${summary.invalid} invalides en ${importSeconds.toFixed(2)} s (${workers} thread(s) de préparation ; lecture et préparation seules : ${prepareSeconds.toFixed(2)} s) ; COPY brut : ${copySeconds.toFixed(2)} s ; COPY dans une copie indexée de contacts : ${indexedCopySeconds.toFixed(2)} s`,
  );
  console.log(
    `BENCH_RESULT ${JSON.stringify({
      rows: ROWS,
      seconds: round(importSeconds),
      copySeconds: round(copySeconds),
      ratioToCopy: round(importSeconds / copySeconds, 2),
      rowsPerSecond: Math.round(ROWS / importSeconds),
      indexedCopySeconds: round(indexedCopySeconds),
      ratioToIndexedCopy: round(importSeconds / indexedCopySeconds, 2),
      queriesMs,
    })}`,
  );
} finally {
  await stack.stop();
  await fs.rm(dir, { recursive: true, force: true });
}
