import { beforeAll, describe, expect, it } from 'vitest';
import { createTeam, type Team } from '../../../../test-support/personas';
import { adminSql, sql } from '../../../../test-support/database';
import { fixedLineReason, specialNumberReason } from '@shared/phone.ts';
import {
  attributeKeyReason,
  attributeValueReason,
  nulCharacterReason,
  tooManyAttributesReason,
  tooManyTagsReason,
} from './contact-limits';

// import_contacts called directly, as a script on the Data API would call it: an admin's
// supabase-js client, PostgREST and the database — no pipeline in front to clean the rows.

interface ImportResult {
  imported: number;
  updated: number;
  unchanged: number;
  invalid: { line: number | null; value: string; reason: string }[];
}

let team: Team;
let serial = 0;

/** Cameroonian mobile numbers (MTN 67x) no other test of this file uses. */
function phones(count: number): string[] {
  const base = 3_000_000 + (process.pid % 500) * 10_000 + serial;
  serial += count;
  return Array.from({ length: count }, (_, i) => `+23767${String(base + i).padStart(7, '0')}`);
}

function importRows(
  rows: unknown[],
  options: { update_existing?: boolean; add_tags?: string[] } = {},
) {
  return team.clients.admin.rpc('import_contacts', {
    organization_id: team.organizationId,
    rows,
    ...options,
  });
}

async function imported(rows: unknown[], options = {}): Promise<ImportResult> {
  const { data, error } = await importRows(rows, options);
  if (error) throw error;
  return data as ImportResult;
}

async function storedPhones(candidates: string[]): Promise<string[]> {
  const rows = await sql<{ phone: string }>(
    'select phone from public.contacts where organization_id = $1 and phone = any($2) order by phone',
    [team.organizationId, candidates],
  );
  return rows.map((row) => row.phone);
}

beforeAll(async () => {
  team = await createTeam('import-checks');
});

type BadRow = { phone?: unknown; [field: string]: unknown };

const badRows: [string, (phone: string) => BadRow, string][] = [
  [
    'a 105,021-character attribute value',
    (phone) => ({ phone, attributes: { ville: 'x'.repeat(105_021) } }),
    attributeValueReason,
  ],
  [
    '51 attributes',
    (phone) => ({
      phone,
      attributes: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`champ_${i}`, 'oui'])),
    }),
    tooManyAttributesReason,
  ],
  [
    'a 65-character attribute key',
    (phone) => ({ phone, attributes: { ['k'.repeat(65)]: 'oui' } }),
    attributeKeyReason,
  ],
  ['an empty attribute key', (phone) => ({ phone, attributes: { '': 'oui' } }), attributeKeyReason],
  [
    'an attribute that is not text',
    (phone) => ({ phone, attributes: { age: 41 } }),
    'Attributs illisibles : des textes nommés sont attendus',
  ],
  [
    '101 tags',
    (phone) => ({ phone, tags: Array.from({ length: 101 }, (_, i) => `t${i}`) }),
    tooManyTagsReason,
  ],
  [
    '+33612345678 given as Cameroonian',
    () => ({ phone: '+33612345678', country_code: 'CM' }),
    'Le pays indiqué (CM) ne correspond pas au numéro (FR)',
  ],
  [
    'a Cameroonian landline',
    () => ({ phone: '+237222123456', country_code: 'CM' }),
    fixedLineReason,
  ],
  [
    'a premium-rate number',
    () => ({ phone: '+33899123456', country_code: 'FR' }),
    specialNumberReason,
  ],
  ['a NUL byte in the name', (phone) => ({ phone, name: 'Zoé\u0000' }), nulCharacterReason],
  [
    'a NUL byte in an attribute value',
    (phone) => ({ phone, attributes: { ville: 'Dou\u0000ala' } }),
    nulCharacterReason,
  ],
  [
    'a NUL byte in an attribute key',
    (phone) => ({ phone, attributes: { 'vil\u0000le': 'Douala' } }),
    nulCharacterReason,
  ],
  ['a NUL byte in a tag', (phone) => ({ phone, tags: ['vip\u0000'] }), nulCharacterReason],
  [
    'text that is not a number in E.164',
    () => ({ phone: '699 12 34 56' }),
    'Numéro attendu au format international E.164 (ex. +237671234567)',
  ],
  ['no number', () => ({ phone: null }), 'Numéro manquant'],
  ['an unknown country', (phone) => ({ phone, country_code: 'XX' }), 'Pays inconnu : « XX »'],
];

describe('import_contacts called directly', () => {
  it.each(badRows)(
    'refuses %s in its row alone, with the reason, and imports the good row beside it',
    async (_, bad, reason) => {
      const [good, other] = phones(2);
      const row = bad(other!);
      const result = await imported([
        { line: 2, phone: good, country_code: 'CM', name: 'Éloïse' },
        { line: 3, ...row },
      ]);
      expect(result.invalid).toEqual([
        { line: 3, value: typeof row.phone === 'string' ? row.phone : '', reason },
      ]);
      expect(result).toMatchObject({ imported: 1, updated: 0, unchanged: 0 });
      expect(await storedPhones([good!, other!, '+33612345678', '+237222123456'])).toEqual([good]);
    },
  );

  it('sorts out a chunk holding every kind of bad row at once', async () => {
    const numbers = phones(badRows.length + 2);
    const rows = [
      {
        line: 2,
        phone: numbers[0],
        country_code: 'CM',
        tags: ['vip'],
        attributes: { ville: 'Kribi' },
      },
      ...badRows.map(([, bad], index) => ({ line: index + 3, ...bad(numbers[index + 2]!) })),
      'pas une ligne',
      { line: badRows.length + 4, phone: numbers[1], name: 'Sans pays' },
    ];
    const result = await imported(rows);
    expect(result.imported).toBe(2);
    expect(result.invalid.map((row) => row.reason)).toEqual([
      ...badRows.map(([, , reason]) => reason),
      'Ligne illisible : un objet JSON est attendu',
    ]);
    expect(result.invalid.at(-1)).toEqual({
      line: null,
      value: '',
      reason: 'Ligne illisible : un objet JSON est attendu',
    });
    const stored = await sql(
      `select phone, country_code, name, tags, attributes from public.contacts
       where organization_id = $1 and phone = any($2) order by phone`,
      [team.organizationId, numbers],
    );
    // Without a country, the number's own is stored.
    expect(stored).toEqual([
      {
        phone: numbers[0],
        country_code: 'CM',
        name: null,
        tags: ['vip'],
        attributes: { ville: 'Kribi' },
      },
      { phone: numbers[1], country_code: 'CM', name: 'Sans pays', tags: [], attributes: {} },
    ]);
  });

  it('refuses a merge that would take a contact over 100 tags, for that row alone', async () => {
    const [full, other] = phones(2);
    await sql(
      `insert into public.contacts (organization_id, phone, country_code, tags)
       values ($1, $2, 'CM', $3), ($1, $4, 'CM', '{}')`,
      [team.organizationId, full, Array.from({ length: 95 }, (_, i) => `ancienne_${i}`), other],
    );
    const result = await imported(
      [
        { line: 2, phone: full, tags: Array.from({ length: 10 }, (_, i) => `nouvelle_${i}`) },
        { line: 3, phone: other, tags: ['relance'] },
      ],
      { update_existing: true },
    );
    expect(result).toMatchObject({ imported: 0, updated: 1, unchanged: 0 });
    expect(result.invalid).toEqual([
      { line: 2, value: full, reason: 'Le contact aurait plus de 100 étiquettes' },
    ]);
    const [row] = await sql<{ tags: number }>(
      'select cardinality(tags) as tags from public.contacts where organization_id = $1 and phone = $2',
      [team.organizationId, full],
    );
    expect(row!.tags).toBe(95);
  });

  it('refuses a chunk whose added tags hold a NUL byte, or an unknown parameter, in French', async () => {
    const [phone] = phones(1);
    const nul = await importRows([{ line: 2, phone }], { add_tags: ['cnsa\u0000'] });
    expect(nul.error).toMatchObject({
      code: '22023',
      message: 'Les étiquettes ajoutées contiennent un caractère nul.',
    });
    const unknown = await team.clients.admin.rpc('import_contacts', {
      organization_id: team.organizationId,
      rowz: [],
    });
    expect(unknown.error).toMatchObject({
      code: '22023',
      message: 'Paramètre inconnu : « rowz ».',
    });
    expect(await storedPhones([phone!])).toEqual([]);
  });
});

describe('contact statistics', () => {
  it('are no longer refreshed on request through the Data API, by anyone', async () => {
    for (const persona of ['stranger', 'admin', 'anonymous'] as const) {
      const { error, status } = await team.clients[persona].rpc('refresh_contact_statistics');
      expect(status, persona).toBe(404);
      expect(error?.code, persona).toBe('PGRST202');
    }
  });

  it('are refreshed by the server after an import that wrote many rows', async () => {
    // Forget earlier analyses, so that the once-a-minute limit cannot hold this one back.
    const [reset] = await adminSql<{ started: Date }>(
      `select pg_stat_reset_single_table_counters('public.contacts'::regclass), now() as started`,
    );
    const rows = phones(1_200).map((phone, index) => ({ line: index + 2, phone }));
    expect(await imported(rows)).toMatchObject({ imported: 1_200 });
    const [stats] = await sql<{ analysed: Date | null; estimated: number }>(
      `select s.last_analyze as analysed, c.reltuples::int as estimated
       from pg_stat_user_tables s join pg_class c on c.oid = s.relid
       where s.relid = 'public.contacts'::regclass`,
    );
    expect(stats!.analysed?.getTime()).toBeGreaterThanOrEqual(reset!.started.getTime());
    expect(stats!.estimated).toBeGreaterThanOrEqual(1_200);
  });
});
