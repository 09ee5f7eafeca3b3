import type { SupabaseClient } from '@supabase/supabase-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTeam, type Team } from '../../../../test-support/personas';
import { sql } from '../../../../test-support/database';
import type { Database } from '../../../lib/database.types';
import { prepareContacts } from './prepare-contacts';
import type { ImportProgress, ParsedTable, PreparedImport } from './types';
import { ImportInterruptedError } from './errors';
import { french, quotaReachedText } from './messages';
import { ChunkUploader, importSummary, overQuotaReason, uploadContacts } from './upload-contacts';

// The upload as the wizard runs it: a signed-in admin's supabase-js client, PostgREST, the
// `import_contacts` RPC and the quota trigger — nothing mocked.

let team: Team;
let serial = 0;

const client = (persona: 'admin' | 'viewer') =>
  team.clients[persona] as unknown as SupabaseClient<Database>;

/** Distinct numbers for this run of this file (Cameroon, MTN 67x). */
function phones(count: number): string[] {
  const base = 1_000_000 + (process.pid % 500) * 1_000 + (serial += 40);
  return Array.from({ length: count }, (_, i) => `67${String(base + i).padStart(7, '0')}`);
}

function prepared(rows: string[][]): PreparedImport {
  const table: ParsedTable = {
    headers: ['Nom', 'Téléphone', 'Étiquettes', 'Ville'],
    rows,
    lines: rows.map((_, index) => index + 2),
    encoding: 'utf-8',
    delimiter: ';',
  };
  return prepareContacts(
    table,
    [{ kind: 'name' }, { kind: 'phone' }, { kind: 'tags' }, { kind: 'attribute', key: 'ville' }],
    'CM',
  );
}

async function contactCount(): Promise<number> {
  const [row] = await sql<{ n: number }>(
    'select count(*)::int as n from public.contacts where organization_id = $1',
    [team.organizationId],
  );
  return row!.n;
}

beforeAll(async () => {
  team = await createTeam('upload');
});

describe('uploadContacts', () => {
  it('imports prepared rows and adds up the counts, the file’s own problems included', async () => {
    const [a, b] = phones(2);
    const file = prepared([
      ['Éloïse Ngo Biyong', a!, 'adhérents, cnsa', 'Yaoundé'],
      ['Sans numéro', '', '', ''],
      ['Éloïse (doublon)', `+237 ${a}`, '', ''],
      ['Zoé Mbarga', b!, '', 'Douala'],
    ]);
    const progress: ImportProgress[] = [];
    const summary = await uploadContacts(
      client('admin'),
      file,
      { organizationId: team.organizationId, updateExisting: false, addTags: ['import-test'] },
      (step) => progress.push(step),
    );
    expect(summary).toEqual({
      imported: 2,
      updated: 0,
      unchanged: 0,
      duplicates: 1,
      invalid: 1,
      overQuota: 0,
      quotaReached: false,
      errors: [
        expect.objectContaining({ line: 3, value: '', reason: 'Numéro manquant' }),
        expect.objectContaining({
          line: 4,
          value: `+237 ${a}`,
          reason: 'Numéro déjà présent ligne 2',
        }),
      ],
    });
    expect(progress.at(0)).toEqual({ done: 0, total: 2 });
    expect(progress.at(-1)).toEqual({ done: 2, total: 2 });
    const rows = await sql(
      `select phone, name, tags, attributes, opt_in_source from public.contacts
       where organization_id = $1 order by phone`,
      [team.organizationId],
    );
    expect(rows).toEqual([
      {
        phone: `+237${a}`,
        name: 'Éloïse Ngo Biyong',
        tags: ['adhérents', 'cnsa', 'import-test'],
        attributes: { ville: 'Yaoundé' },
        opt_in_source: 'import',
      },
      {
        phone: `+237${b}`,
        name: 'Zoé Mbarga',
        tags: ['import-test'],
        attributes: { ville: 'Douala' },
        opt_in_source: 'import',
      },
    ]);

    // The same file again: nothing new, nothing changed.
    const again = await uploadContacts(client('admin'), file, {
      organizationId: team.organizationId,
      updateExisting: false,
      addTags: ['import-test'],
    });
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 2 });
  });

  it('reports a row the server refuses with the server’s own reason', async () => {
    const [a] = phones(1);
    const file = prepared([['Zoé Mbarga', a!, '', '']]);
    // A row no pipeline would prepare, as an older or foreign client could send it.
    file.contacts.push({
      line: 9,
      phone: '+33612345678',
      country_code: 'CM',
      name: null,
      email: null,
      tags: [],
      attributes: {},
    });
    const summary = await uploadContacts(client('admin'), file, {
      organizationId: team.organizationId,
      updateExisting: false,
      addTags: [],
    });
    expect(summary).toMatchObject({ imported: 1, invalid: 1 });
    expect(summary.errors).toEqual([
      {
        line: 9,
        value: '+33612345678',
        reason: 'Le pays indiqué (CM) ne correspond pas au numéro (FR)',
      },
    ]);
  });

  it('sends many chunks side by side when no quota can be met', async () => {
    const numbers = phones(9);
    const file = prepared(numbers.map((phone, i) => [`Contact ${i}`, phone, '', '']));
    const uploader = new ChunkUploader(
      client('admin'),
      { organizationId: team.organizationId, updateExisting: false, addTags: [] },
      file.contacts.length,
      undefined,
      undefined,
      { chunkSize: 2, parallel: 3 },
    );
    uploader.push(file.contacts.slice(0, 5));
    uploader.push(file.contacts.slice(5));
    const outcome = await uploader.finish();
    expect(outcome).toMatchObject({ imported: 9, overQuota: 0, quotaReached: false });
  });

  it('stops at the quota, in line order, and says what was left out', async () => {
    await sql('delete from public.contacts where organization_id = $1', [team.organizationId]);
    await sql('update public.organizations set contacts_quota = 5 where id = $1', [
      team.organizationId,
    ]);
    try {
      const numbers = phones(9);
      // One number is a contact already: it takes no room, whatever the quota.
      await uploadContacts(client('admin'), prepared([['Déjà là', numbers[1]!, '', '']]), {
        organizationId: team.organizationId,
        updateExisting: false,
        addTags: [],
      });
      const file = prepared(numbers.map((phone, i) => [`Contact ${i}`, phone, '', '']));
      const uploader = new ChunkUploader(
        client('admin'),
        { organizationId: team.organizationId, updateExisting: false, addTags: [] },
        file.contacts.length,
        undefined,
        undefined,
        { chunkSize: 3, parallel: 2 },
      );
      uploader.push(file.contacts);
      const summary = importSummary(file, await uploader.finish());
      // Lines 2–4 (one already there), 5–6 fill the room; line 7 is refused in that chunk, and
      // the chunk of lines 8–10 is never sent.
      expect(summary).toMatchObject({ imported: 4, unchanged: 1, overQuota: 4 });
      expect(summary.errors).toEqual(
        [7, 8, 9, 10].map((line) => ({
          line,
          value: `+237${numbers[line - 2]}`,
          reason: overQuotaReason,
          refusal: { code: 'over_quota' },
          name: `Contact ${line - 2}`,
        })),
      );
      expect(summary.quotaReached).toBe(true);
      expect(quotaReachedText(summary.imported, summary.overQuota, french)).toBe(
        'Quota de contacts atteint : 4 contacts importés, 4 non importés. Passez à un abonnement supérieur ou supprimez des contacts inutiles, puis importez de nouveau le même fichier : les contacts déjà enregistrés ne seront pas dupliqués.',
      );
      expect(await contactCount()).toBe(5);
    } finally {
      await sql('update public.organizations set contacts_quota = null where id = $1', [
        team.organizationId,
      ]);
    }
  });

  it('turns a refusal into a French message and writes nothing', async () => {
    const before = await contactCount();
    const error = await uploadContacts(
      client('viewer'),
      prepared([['Zoé', phones(1)[0]!, '', '']]),
      { organizationId: team.organizationId, updateExisting: false, addTags: [] },
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportInterruptedError);
    // The database's own sentence (the wizard says it from its code in the reader's language).
    expect((error as Error).message).toBe(
      'Seuls les administrateurs de l’organisation importent des contacts.',
    );
    expect(error).toMatchObject({ saved: 0, cause: { hint: 'import_requires_admin' } });
    expect(await contactCount()).toBe(before);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      uploadContacts(
        client('admin'),
        prepared([['Zoé', phones(1)[0]!, '', '']]),
        { organizationId: team.organizationId, updateExisting: false, addTags: [] },
        undefined,
        controller.signal,
      ),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});
