import { describe, expect, it } from 'vitest';
import { describeBinding, toBindingRows, toMapping } from './mapping-form';

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
