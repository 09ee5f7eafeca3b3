import { describe, expect, it } from 'vitest';
import {
  bindingFromRow,
  bindingRowSchema,
  describeBinding,
  toBindingRows,
  toMapping,
} from './parameter-bindings';

describe('toBindingRows', () => {
  it('gives one row per placeholder, filled from the saved mapping', () => {
    expect(
      toBindingRows(['name', 'ville', 'code', 'tel', 'date'], {
        name: { source: 'field', value: 'name' },
        ville: { source: 'attribute', value: 'ville' },
        code: { source: 'text', value: 'SANTE50' },
        tel: { source: 'field', value: 'phone' },
        ancien: { source: 'text', value: 'retiré du modèle' },
      }),
    ).toEqual([
      { parameter: 'name', choice: 'field:name', value: '' },
      { parameter: 'ville', choice: 'attribute', value: 'ville' },
      { parameter: 'code', choice: 'text', value: 'SANTE50' },
      { parameter: 'tel', choice: 'field:phone', value: '' },
      { parameter: 'date', choice: '', value: '' },
    ]);
  });

  it('ignores inherited keys of the mapping', () => {
    expect(toBindingRows(['constructor'], {})).toEqual([
      { parameter: 'constructor', choice: '', value: '' },
    ]);
  });
});

describe('bindingFromRow', () => {
  it('gives nothing for a row to define or without a value', () => {
    expect(bindingFromRow({ parameter: 'x', choice: '', value: 'x' })).toBeUndefined();
    expect(bindingFromRow({ parameter: 'x', choice: 'attribute', value: '  ' })).toBeUndefined();
    expect(bindingFromRow({ parameter: 'x', choice: 'text', value: '' })).toBeUndefined();
  });
});

describe('toMapping', () => {
  it('turns the rows back into the stored mapping, without rows left to define', () => {
    expect(
      toMapping([
        { parameter: 'name', choice: 'field:name', value: 'ignoré' },
        { parameter: 'tel', choice: 'field:phone', value: '' },
        { parameter: 'ville', choice: 'attribute', value: ' ville ' },
        { parameter: 'code', choice: 'text', value: ' SANTE50' },
        { parameter: 'date', choice: '', value: 'x' },
        { parameter: 'vide', choice: 'attribute', value: '  ' },
      ]),
    ).toEqual({
      name: { source: 'field', value: 'name' },
      tel: { source: 'field', value: 'phone' },
      ville: { source: 'attribute', value: 'ville' },
      code: { source: 'text', value: ' SANTE50' },
    });
  });

  it('round-trips what it reads', () => {
    const mapping = {
      '1': { source: 'field', value: 'phone' },
      '2': { source: 'attribute', value: 'centre' },
    } as const;
    expect(toMapping(toBindingRows(['1', '2'], mapping))).toEqual(mapping);
  });
});

describe('describeBinding', () => {
  it('says in French where a value comes from', () => {
    expect(describeBinding({ source: 'field', value: 'name' })).toBe('Nom du contact');
    expect(describeBinding({ source: 'field', value: 'phone' })).toBe('Téléphone du contact');
    expect(describeBinding({ source: 'attribute', value: 'ville' })).toBe(
      'Attribut du contact « ville »',
    );
    expect(describeBinding({ source: 'text', value: 'CNSA' })).toBe('Texte fixe « CNSA »');
    expect(describeBinding(undefined)).toBe('À définir');
  });
});

// The templates page's schema tests (templates/schemas.test.ts) cover the messages; here, the
// limits as the database and WhatsApp count them.
describe('bindingRowSchema', () => {
  const valueIssues = (row: unknown) =>
    bindingRowSchema.safeParse(row).error?.issues.map((issue) => issue.message) ?? [];

  it('bounds attribute keys', () => {
    expect(valueIssues({ parameter: 'c', choice: 'attribute', value: 'c'.repeat(100) })).toEqual(
      [],
    );
    expect(valueIssues({ parameter: 'c', choice: 'attribute', value: 'c'.repeat(101) })).toEqual([
      'La clé doit contenir au plus 100 caractères',
    ]);
  });

  it('counts a fixed text’s characters as people do, not UTF-16 units', () => {
    // 1,024 emoji are 2,048 UTF-16 units but 1,024 characters.
    expect(valueIssues({ parameter: 'c', choice: 'text', value: '🙂'.repeat(1024) })).toEqual([]);
    expect(valueIssues({ parameter: 'c', choice: 'text', value: '🙂'.repeat(1025) })).toEqual([
      'Le texte doit contenir au plus 1 024 caractères',
    ]);
  });
});
