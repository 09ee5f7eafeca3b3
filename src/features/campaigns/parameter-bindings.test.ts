import { describe, expect, it } from 'vitest';
import { bindingFromRow, toBindingRows, toMapping } from './parameter-bindings';

describe('toBindingRows', () => {
  it('gives one row per placeholder, filled from the mapping', () => {
    expect(
      toBindingRows(['name', 'phone', 'centre', 'date', 'heure'], {
        name: { source: 'field', value: 'name' },
        phone: { source: 'field', value: 'phone' },
        centre: { source: 'attribute', value: 'centre' },
        date: { source: 'text', value: '12 mars' },
      }),
    ).toEqual([
      { parameter: 'name', choice: 'field:name', value: '' },
      { parameter: 'phone', choice: 'field:phone', value: '' },
      { parameter: 'centre', choice: 'attribute', value: 'centre' },
      { parameter: 'date', choice: 'text', value: '12 mars' },
      { parameter: 'heure', choice: '', value: '' },
    ]);
  });

  it('ignores inherited keys of the mapping', () => {
    expect(toBindingRows(['constructor'], {})).toEqual([
      { parameter: 'constructor', choice: '', value: '' },
    ]);
  });
});

describe('bindingFromRow and toMapping', () => {
  it('leave out rows still to define or without a value', () => {
    expect(bindingFromRow({ parameter: 'x', choice: 'attribute', value: '  ' })).toBeUndefined();
    expect(bindingFromRow({ parameter: 'x', choice: 'text', value: '' })).toBeUndefined();
    expect(
      toMapping([
        { parameter: 'name', choice: 'field:name', value: 'ignored' },
        { parameter: 'ville', choice: 'attribute', value: ' ville ' },
        { parameter: 'note', choice: 'text', value: ' à bientôt' },
        { parameter: 'vide', choice: '', value: '' },
      ]),
    ).toEqual({
      name: { source: 'field', value: 'name' },
      ville: { source: 'attribute', value: 'ville' },
      note: { source: 'text', value: ' à bientôt' },
    });
  });
});
