import { describe, expect, it } from 'vitest';
import type { ParsedTable, PreparedImport } from '../../../domain/contacts/import/types';
import { columnSamples } from './file-overview';
import { buildPreview, firstProblems } from './preview';

const table: ParsedTable = {
  headers: ['Nom', 'Téléphone', 'E-mail'],
  rows: [
    ['Awa', '699 12 34 56', 'awa@exemple.cm'],
    ['Zoé', '12', ''],
    ['Awa bis', '699123456', ''],
    ['Paul', '677 12 34 56', 'paul@'],
    ['Anne', '690 00 00 01', ''],
  ],
  lines: [2, 3, 5, 6, 7],
  encoding: 'utf-8',
  delimiter: ';',
};

const prepared: PreparedImport = {
  contacts: [
    {
      line: 2,
      phone: '+237699123456',
      country_code: 'CM',
      name: 'Awa',
      email: 'awa@exemple.cm',
      tags: [],
      attributes: {},
    },
    {
      line: 6,
      phone: '+237677123456',
      country_code: 'CM',
      name: 'Paul',
      email: null,
      tags: [],
      attributes: {},
    },
    {
      line: 7,
      phone: '+237690000001',
      country_code: 'CM',
      name: 'Anne',
      email: null,
      tags: [],
      attributes: {},
    },
  ],
  invalid: [{ line: 3, value: '12', reason: 'Numéro trop court' }],
  duplicates: [{ line: 5, value: '699123456', reason: 'Numéro déjà présent ligne 2' }],
  warnings: [{ line: 6, value: 'paul@', reason: 'E-mail ignoré : adresse invalide' }],
};

describe('buildPreview', () => {
  it('says for each line what the import will do with it', () => {
    expect(buildPreview(table, prepared, 20)).toEqual([
      {
        line: 2,
        cells: table.rows[0],
        status: 'valid',
        phone: '+237699123456',
        problem: null,
        warnings: [],
      },
      {
        line: 3,
        cells: table.rows[1],
        status: 'invalid',
        phone: null,
        problem: prepared.invalid[0],
        warnings: [],
      },
      {
        line: 5,
        cells: table.rows[2],
        status: 'duplicate',
        phone: null,
        problem: prepared.duplicates[0],
        warnings: [],
      },
      {
        line: 6,
        cells: table.rows[3],
        status: 'valid',
        phone: '+237677123456',
        problem: null,
        warnings: prepared.warnings,
      },
      {
        line: 7,
        cells: table.rows[4],
        status: 'valid',
        phone: '+237690000001',
        problem: null,
        warnings: [],
      },
    ]);
  });

  it('shows the first lines only', () => {
    expect(buildPreview(table, prepared, 2).map((row) => row.line)).toEqual([2, 3]);
    expect(buildPreview({ ...table, rows: [], lines: [] }, prepared, 20)).toEqual([]);
  });
});

describe('firstProblems', () => {
  it('lists invalid rows and duplicates together, in line order', () => {
    expect(firstProblems(prepared, 10).map((problem) => problem.line)).toEqual([3, 5]);
    expect(firstProblems(prepared, 1).map((problem) => problem.line)).toEqual([3]);
  });
});

describe('columnSamples', () => {
  it('gives the first distinct non-empty values of each column', () => {
    expect(columnSamples(table, 2)).toEqual([
      ['Awa', 'Zoé'],
      ['699 12 34 56', '12'],
      ['awa@exemple.cm', 'paul@'],
    ]);
  });
});
