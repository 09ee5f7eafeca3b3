import { setupI18n } from '@lingui/core';
import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/universal';
import { ImportFileError } from './errors';
import { fileProblemText } from './messages';
import { detectDelimiter, plainNumber, readContactFile } from './read-file';

const utf8 = (text: string) => new TextEncoder().encode(text);
const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));

async function refusal(bytes: Uint8Array, fileName = 'contacts.csv'): Promise<string> {
  const error = await readContactFile(bytes, fileName).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ImportFileError);
  return (error as ImportFileError).message;
}

async function xlsx(rows: unknown[][]): Promise<Uint8Array> {
  const blob = await writeExcelFile(rows as never, { dateFormat: 'dd/mm/yyyy' } as never).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

describe('readContactFile', () => {
  it('reads the Windows-1252 « CSV (séparateur : point-virgule) » French Excel saves', async () => {
    // Byte for byte: é = E9, É = C9, ï = EF, ’ = 92, œ = 9C — none of them valid UTF-8 alone.
    const bytes = new Uint8Array([
      ...ascii('Nom;Pr'),
      0xe9,
      ...ascii('nom;T'),
      0xe9,
      ...ascii('l'),
      0xe9,
      ...ascii('phone;Ville\r\n'),
      ...ascii('Ngo Biyong;'),
      0xc9,
      ...ascii('lo'),
      0xef,
      ...ascii('se;699 12 34 56;Yaound'),
      0xe9,
      0x0d,
      0x0a,
      ...ascii('N'),
      0x92,
      ...ascii('Goran;Chlo'),
      0xe9,
      ...ascii(';+237 677 12 34 56;B'),
      0x9c,
      ...ascii('uf\r\n'),
    ]);
    const table = await readContactFile(bytes, 'adhérents.csv');
    expect(table).toEqual({
      headers: ['Nom', 'Prénom', 'Téléphone', 'Ville'],
      rows: [
        ['Ngo Biyong', 'Éloïse', '699 12 34 56', 'Yaoundé'],
        ['N’Goran', 'Chloé', '+237 677 12 34 56', 'Bœuf'],
      ],
      lines: [2, 3],
      encoding: 'windows-1252',
      delimiter: ';',
    });
  });

  it('tells UTF-8 with and without BOM, and keeps the BOM out of the first title', async () => {
    const text = 'Téléphone,Nom\n699123456,Zoé\n';
    const plain = await readContactFile(utf8(text), 'a.csv');
    expect(plain.encoding).toBe('utf-8');
    expect(plain.delimiter).toBe(',');
    const withBom = await readContactFile(
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]),
      'a.csv',
    );
    expect(withBom.encoding).toBe('utf-8-bom');
    expect(withBom.headers).toEqual(['Téléphone', 'Nom']);
    expect(withBom.rows).toEqual([['699123456', 'Zoé']]);
  });

  it('finds the separator, quotes respected', async () => {
    expect(detectDelimiter('Nom\tTéléphone\nZoé\t699123456\n')).toBe('\t');
    // A French file: decimal commas inside cells must not make « , » win.
    expect(detectDelimiter('Nom;Montant;Tél\nZoé;12,50;699123456\nAnaïs;3,5;677123456\n')).toBe(
      ';',
    );
    // Quoted separators are part of the cell.
    const table = await readContactFile(
      utf8('Nom,Téléphone,Note\n"Mbarga, Jean",699123456,"dit ""le grand""; ancien"\n'),
      'a.csv',
    );
    expect(table.delimiter).toBe(',');
    expect(table.rows).toEqual([['Mbarga, Jean', '699123456', 'dit "le grand"; ancien']]);
  });

  it('drops empty rows, pads short ones, names untitled columns and keeps line numbers', async () => {
    const table = await readContactFile(
      utf8(
        '\n;;\nNom;Téléphone;;\r\nZoé;699123456\r\n;;\r\n"Anaïs\nNdjock";677123456;;note\r\nJérôme;690000001\r\n',
      ),
      'a.csv',
    );
    expect(table.headers).toEqual(['Nom', 'Téléphone', 'Colonne 3', 'Colonne 4']);
    expect(table.rows).toEqual([
      ['Zoé', '699123456', '', ''],
      ['Anaïs\nNdjock', '677123456', '', 'note'],
      ['Jérôme', '690000001', '', ''],
    ]);
    // Rows as Excel numbers them: a cell on two text lines is still one row.
    expect(table.lines).toEqual([4, 6, 7]);
  });

  it('reads .xlsx cells as text without losing digits', async () => {
    const bytes = await xlsx([
      ['Nom', 'Téléphone', 'Naissance', 'Actif', 'Montant', 'Quotient'],
      ['Éloïse', 237671234567, new Date(Date.UTC(1990, 4, 12)), true, 12.5, 0.1 + 0.2],
      [null, null, null, null, null, null],
      ['Zoé', 671234567, null, false, 1500, null],
    ]);
    const table = await readContactFile(bytes, 'contacts.xlsx');
    expect(table).toEqual({
      headers: ['Nom', 'Téléphone', 'Naissance', 'Actif', 'Montant', 'Quotient'],
      rows: [
        ['Éloïse', '237671234567', '1990-05-12', 'VRAI', '12.5', '0.3'],
        ['Zoé', '671234567', '', 'FAUX', '1500', ''],
      ],
      lines: [2, 4],
      encoding: 'xlsx',
    });
  });

  it('recognises a workbook by its content whatever its name', async () => {
    const bytes = await xlsx([['Téléphone'], ['699123456']]);
    expect((await readContactFile(bytes, 'export')).encoding).toBe('xlsx');
  });

  it('reads a CSV with a stray NUL byte: the row holding it is refused later, not the file', async () => {
    const read = await readContactFile(
      utf8('Nom;Téléphone\r\nZo\0é;699123456\r\nAnaïs;677123456\r\n'),
      'c.csv',
    );
    expect(read.rows).toEqual([
      ['Zo\0é', '699123456'],
      ['Anaïs', '677123456'],
    ]);
  });

  it('explains in French what it cannot read', async () => {
    expect(await refusal(new Uint8Array())).toBe('Le fichier est vide.');
    expect(await refusal(utf8('\r\n ; ;\r\n\r\n'))).toBe('Le fichier est vide.');
    expect(await refusal(utf8('Nom;Téléphone\r\n'))).toMatch(/que la ligne des titres/);
    expect(await refusal(utf8('Zoé;699 12 34 56\r\nAnaïs;677123456\r\n'))).toMatch(
      /première ligne du fichier doit donner le titre de chaque colonne.*« 699 12 34 56 »/,
    );
    expect(await refusal(utf8('Nom;Téléphone\r\n"Zoé;699123456\r\n'))).toMatch(
      /Guillemet ouvert et jamais refermé vers la ligne 2/,
    );
    expect(await refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'vieux.xls')).toMatch(
      /\.xls \(Excel 97-2003\)/,
    );
    expect(await refusal(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2]), 'scan.pdf')).toMatch(
      /Choisissez un fichier CSV/,
    );
    expect(await refusal(new Uint8Array([0xff, 0xfe, 0x4e, 0, 0x6f, 0]), 'unicode.txt')).toMatch(
      /UTF-16/,
    );
    expect(await refusal(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]), 'abîmé.xlsx')).toMatch(
      /classeur Excel n’a pas pu être lu/,
    );
  });
});

describe('readContactFile and files that are not text', () => {
  // The first bytes of a real PNG, then compressed data: what a photo renamed « contacts.csv » holds.
  const png = new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00, 0x5c, 0x72, 0xa8,
    0x66,
  ]);

  async function problem(bytes: Uint8Array, fileName = 'contacts.csv') {
    const error = await readContactFile(bytes, fileName).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportFileError);
    return (error as ImportFileError).problem;
  }

  it('says a PNG renamed .csv is not a text file, naming its format', async () => {
    expect(await problem(png)).toEqual({ code: 'not_text', format: 'PNG' });
    expect(await refusal(png)).toBe(
      'Ce fichier n’est pas un fichier texte : c’est un fichier PNG, pas un tableau. Choisissez un fichier CSV (.csv, .txt) ou Excel (.xlsx).',
    );
    // Not the message for a file of the wrong kind chosen by its name.
    expect(await refusal(png)).not.toBe('Choisissez un fichier CSV (.csv, .txt) ou Excel (.xlsx).');
  });

  it('recognises JPEG, PDF and GIF by their first bytes', async () => {
    expect(await problem(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]))).toEqual({
      code: 'not_text',
      format: 'JPEG',
    });
    expect(await problem(utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toEqual({
      code: 'not_text',
      format: 'PDF',
    });
    expect(await problem(utf8('GIF89a\u0001\u0000'))).toEqual({ code: 'not_text', format: 'GIF' });
  });

  it('says a ZIP archive that is no workbook (a Word document renamed .csv) is not a text file', async () => {
    const docx = new Uint8Array([
      0x50,
      0x4b,
      0x03,
      0x04,
      0x14,
      0,
      0x06,
      0,
      ...ascii('word/document.xml'),
    ]);
    expect(await problem(docx)).toEqual({ code: 'not_text', format: 'ZIP' });
    // Named .xlsx, the same bytes are a workbook Excel could not save properly.
    expect(await problem(docx, 'abîmé.xlsx')).toEqual({ code: 'unreadable_workbook' });
  });

  it('says binary content without a known signature is not a text file either', async () => {
    const noise = Uint8Array.from({ length: 600 }, (_, index) => (index * 37) % 256);
    expect(await problem(noise)).toEqual({ code: 'not_text', format: null });
    // Undefined in Windows-1252 and not UTF-8, beside a NUL among the titles: not text.
    const bytes = new Uint8Array([...ascii('Nom;T'), 0x81, 0x00, 0x8d, ...ascii('l;\r\nZ;6\r\n')]);
    expect(await problem(bytes)).toEqual({ code: 'not_text', format: null });
  });

  it('still reads a Windows-1252 CSV holding one stray NUL', async () => {
    const bytes = new Uint8Array([
      ...ascii('Nom;T'),
      0xe9,
      ...ascii('l'),
      0xe9,
      ...ascii('phone\r\nZo'),
      0x00,
      0xe9,
      ...ascii(';699123456\r\n'),
    ]);
    const read = await readContactFile(bytes, 'export.csv');
    expect(read.encoding).toBe('windows-1252');
    expect(read.rows).toEqual([['Zo\0é', '699123456']]);
  });

  it('says it in English too', async () => {
    const english = setupI18n({
      locale: 'en',
      messages: {
        en: {
          'contacts.file.not_text_format':
            'This file is not a text file: it is a {format} file, not a table. Choose a CSV (.csv, .txt) or Excel (.xlsx) file.',
        },
      },
    });
    expect(fileProblemText(await problem(png), english)).toBe(
      'This file is not a text file: it is a PNG file, not a table. Choose a CSV (.csv, .txt) or Excel (.xlsx) file.',
    );
  });
});

describe('plainNumber', () => {
  it('writes numbers as Excel shows them, every digit kept', () => {
    expect(plainNumber('237671234567')).toBe('237671234567');
    expect(plainNumber('2.37671234567E+11')).toBe('237671234567');
    expect(plainNumber('1e+21')).toBe('1000000000000000000000');
    expect(plainNumber('1.5E-3')).toBe('0.0015');
    expect(plainNumber('0.30000000000000004')).toBe('0.3');
    expect(plainNumber('12.5')).toBe('12.5');
    expect(plainNumber('671234567.0')).toBe('671234567');
    expect(plainNumber('-3')).toBe('-3');
  });
});
