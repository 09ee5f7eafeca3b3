import { describe, expect, it } from 'vitest';
import type { ColumnTarget } from '../../../domain/contacts/import/types';
import { columnChoices, columnName, mappingProblem, targetFor } from './mapping-choices';

const headers = ['Nom', 'Téléphone', 'Ville', 'Ville'];
const mapping: ColumnTarget[] = [
  { kind: 'name' },
  { kind: 'phone' },
  { kind: 'attribute', key: 'ville' },
  { kind: 'ignore' },
];

describe('columnChoices', () => {
  it('offers every use, the attribute named after the column', () => {
    expect(columnChoices(0, headers, mapping).map((choice) => choice.label)).toEqual([
      'Numéro WhatsApp',
      'Nom complet',
      'Prénom',
      'Nom de famille',
      'E-mail',
      'Étiquettes',
      'Attribut « nom »',
      'Ne pas importer',
    ]);
  });

  it('keeps the key of a column that is already an attribute', () => {
    const choices = columnChoices(2, headers, mapping);
    expect(choices.find((choice) => choice.value === 'attribute')?.label).toBe(
      'Attribut « ville »',
    );
  });
});

describe('targetFor', () => {
  it('gives a second column with the same title a key of its own', () => {
    expect(targetFor('attribute', 3, headers, mapping)).toEqual({
      kind: 'attribute',
      key: 'ville_2',
    });
    expect(targetFor('attribute', 2, headers, mapping)).toEqual({
      kind: 'attribute',
      key: 'ville',
    });
    expect(targetFor('email', 3, headers, mapping)).toEqual({ kind: 'email' });
  });
});

describe('mappingProblem', () => {
  it('accepts exactly one phone column', () => {
    expect(mappingProblem(headers, mapping)).toBeNull();
  });

  it('asks for the phone column when none is chosen', () => {
    const none = mapping.map((target) =>
      target.kind === 'phone' ? ({ kind: 'ignore' } as const) : target,
    );
    expect(mappingProblem(headers, none)).toMatch(/^Indiquez la colonne qui contient les numéros/);
  });

  it('names the columns when several are the phone', () => {
    const two: ColumnTarget[] = [
      { kind: 'phone' },
      { kind: 'phone' },
      { kind: 'ignore' },
      { kind: 'ignore' },
    ];
    expect(mappingProblem(headers, two)).toBe(
      'Une seule colonne peut contenir le numéro WhatsApp : choisissez entre « Nom », « Téléphone ».',
    );
  });
});

describe('columnName', () => {
  it('names a column without a title by its position', () => {
    expect(columnName('  ', 2)).toBe('Colonne 3');
    expect(columnName('Ville', 2)).toBe('Ville');
  });
});
