import { describe, expect, it } from 'vitest';
import { detectMapping } from '../../src/domain/contacts/import/column-mapping';
import { prepareContacts } from '../../src/domain/contacts/import/prepare-contacts';
import { readContactFile } from '../../src/domain/contacts/import/read-file';
import {
  encodeWindows1252,
  generateContactRows,
  sampleHeaders,
  toWindows1252Csv,
} from './sample-contacts';

describe('generateContactRows', () => {
  it('makes the shares of unusable and repeated numbers asked for, the same for a seed', () => {
    const rows = generateContactRows(2_000, { invalidShare: 0.02, duplicateShare: 0.05, seed: 9 });
    expect(rows[0]).toEqual(sampleHeaders);
    expect(rows).toHaveLength(2_001);
    expect(
      generateContactRows(2_000, { invalidShare: 0.02, duplicateShare: 0.05, seed: 9 }),
    ).toEqual(rows);

    const table = {
      headers: rows[0]!,
      rows: rows.slice(1),
      lines: rows.slice(1).map((_, index) => index + 2),
      encoding: 'utf-8' as const,
    };
    const prepared = prepareContacts(table, detectMapping(table.headers), 'CM');
    expect(prepared.invalid).toHaveLength(40);
    expect(prepared.duplicates).toHaveLength(100);
    expect(prepared.contacts).toHaveLength(1_860);
    const countries = new Set(prepared.contacts.map((contact) => contact.country_code));
    expect(countries).toEqual(new Set(['CM', 'GA', 'CG']));
    expect(rows.some((row) => /[éèïëô]/.test(row.join('')))).toBe(true);
  });
});

describe('toWindows1252Csv', () => {
  it('writes what French Excel writes, and the import reads it back', async () => {
    const rows = [
      ['Nom', 'Prénom', 'Téléphone', 'Notes'],
      ['N’Goran', 'Chloé', '699 12 34 56', 'Bœuf; « € » — ok'],
      ['Ngo Biyong', 'Éloïse', '+237 677 12 34 56', 'dit "Lolo"'],
    ];
    const bytes = toWindows1252Csv(rows, ';');
    expect(Array.from(bytes.slice(0, 10))).toEqual([
      0x4e, 0x6f, 0x6d, 0x3b, 0x50, 0x72, 0xe9, 0x6e, 0x6f, 0x6d,
    ]);
    const table = await readContactFile(bytes, 'export.csv');
    expect(table.encoding).toBe('windows-1252');
    expect([table.headers, ...table.rows]).toEqual(rows);
  });

  it('writes « ? » for what Windows-1252 cannot hold, as Excel does', () => {
    expect(Array.from(encodeWindows1252('a’œ€ĀƐ😀b'))).toEqual([
      0x61, 0x92, 0x9c, 0x80, 0x3f, 0x3f, 0x3f, 0x62,
    ]);
  });
});
