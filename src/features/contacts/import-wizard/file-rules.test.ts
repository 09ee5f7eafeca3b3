import { describe, expect, it } from 'vitest';
import { fileDescription, fileProblem, maxFileBytes, rowCountLabel } from './file-rules';
import type { FileOverview } from './worker-protocol';

describe('fileProblem', () => {
  it('accepts CSV, text and Excel workbooks whatever the case of the extension', () => {
    expect(fileProblem({ name: 'contacts.csv', size: 10 })).toBeNull();
    expect(fileProblem({ name: 'CONTACTS.TXT', size: 10 })).toBeNull();
    expect(fileProblem({ name: 'Adhérents 2026.xlsx', size: maxFileBytes })).toBeNull();
  });

  it('explains in French why a file is refused', () => {
    expect(fileProblem({ name: 'vieux.xls', size: 10 })).toMatch(/Excel 97-2003/);
    expect(fileProblem({ name: 'photo.png', size: 10 })).toBe(
      'Choisissez un fichier CSV (.csv, .txt) ou Excel (.xlsx).',
    );
    expect(fileProblem({ name: 'vide.csv', size: 0 })).toBe('Ce fichier est vide.');
    expect(fileProblem({ name: 'enorme.csv', size: maxFileBytes + 1 })).toMatch(
      /^Ce fichier dépasse 50 Mo/,
    );
  });
});

describe('fileDescription', () => {
  const file: FileOverview = {
    fileName: 'a.csv',
    encoding: 'windows-1252',
    delimiter: ';',
    headers: [],
    rowCount: 1250,
    samples: [],
    detectedMapping: [],
  };

  it('says what was detected', () => {
    expect(fileDescription(file)).toBe(
      'Texte Windows-1252 (Excel), séparateur point-virgule, 1\u202f250 lignes',
    );
    expect(fileDescription({ ...file, encoding: 'utf-8-bom', delimiter: '\t', rowCount: 1 })).toBe(
      'Texte UTF-8 (avec BOM), séparateur tabulation, 1 ligne',
    );
    expect(fileDescription({ ...file, encoding: 'xlsx', delimiter: null, rowCount: 2 })).toBe(
      'Classeur Excel (.xlsx), 2 lignes',
    );
  });

  it('counts rows in French', () => {
    expect(rowCountLabel(0)).toBe('0 ligne');
    expect(rowCountLabel(2)).toBe('2 lignes');
  });
});
