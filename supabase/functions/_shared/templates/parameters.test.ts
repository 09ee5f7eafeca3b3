import { describe, expect, it } from 'vitest';
import {
  fillPlaceholders,
  parameterValues,
  placeholderNames,
  readParameterMapping,
  resolveBinding,
  unmappedParameters,
  type TemplateContact,
} from './parameters.ts';

const awa: TemplateContact = {
  name: 'Awa Ndjock',
  phone: '+237690000000',
  attributes: { ville: 'Yaoundé', centre: '', code: null },
};

describe('placeholderNames', () => {
  it('lists named and numbered placeholders once, in order of appearance', () => {
    expect(
      placeholderNames('Alerte {{ region }}', 'Bonjour {{name}}, le {{1}} à {{name}} {{2}}'),
    ).toEqual(['region', 'name', '1', '2']);
    expect(placeholderNames(null, undefined, 'Sans paramètre')).toEqual([]);
  });
});

describe('readParameterMapping', () => {
  it('keeps the bindings WCAP understands and drops the rest', () => {
    expect(
      readParameterMapping({
        name: { source: 'field', value: 'name' },
        ville: { source: 'attribute', value: ' ville ' },
        code: { source: 'text', value: 'SANTE50' },
        email: { source: 'field', value: 'email' },
        vide: { source: 'attribute', value: '  ' },
        autre: { source: 'formula', value: 'x' },
        brut: 'texte',
      }),
    ).toEqual({
      name: { source: 'field', value: 'name' },
      ville: { source: 'attribute', value: 'ville' },
      code: { source: 'text', value: 'SANTE50' },
    });
    expect(readParameterMapping(null)).toEqual({});
    expect(readParameterMapping([{ source: 'text', value: 'x' }])).toEqual({});
  });

  it('keeps a placeholder named __proto__ as an ordinary key', () => {
    const mapping = readParameterMapping(
      JSON.parse('{"__proto__": {"source": "text", "value": "x"}}'),
    );
    expect(Object.getPrototypeOf(mapping)).toBe(Object.prototype);
    expect(Object.hasOwn(mapping, '__proto__')).toBe(true);
  });
});

describe('resolveBinding', () => {
  it('reads the contact’s fields, its attributes or a fixed text', () => {
    expect(resolveBinding({ source: 'field', value: 'name' }, awa)).toBe('Awa Ndjock');
    expect(resolveBinding({ source: 'field', value: 'phone' }, awa)).toBe('+237690000000');
    expect(resolveBinding({ source: 'attribute', value: 'ville' }, awa)).toBe('Yaoundé');
    expect(resolveBinding({ source: 'text', value: 'CNSA' }, awa)).toBe('CNSA');
  });

  it('gives nothing for a missing, empty or unmapped value', () => {
    expect(resolveBinding(undefined, awa)).toBeUndefined();
    expect(resolveBinding({ source: 'attribute', value: 'centre' }, awa)).toBeUndefined();
    expect(resolveBinding({ source: 'attribute', value: 'code' }, awa)).toBeUndefined();
    expect(resolveBinding({ source: 'attribute', value: 'toString' }, awa)).toBeUndefined();
    expect(resolveBinding({ source: 'field', value: 'name' }, { ...awa, name: null })).toBe(
      undefined,
    );
  });
});

describe('filling a template', () => {
  const body = 'Bonjour {{name}}, rendez-vous au {{ centre }} de {{ville}} ({{name}}).';

  it('replaces mapped placeholders and leaves the others as written', () => {
    const mapping = readParameterMapping({
      name: { source: 'field', value: 'name' },
      ville: { source: 'attribute', value: 'ville' },
    });
    const values = parameterValues(['name', 'centre', 'ville'], mapping, awa);
    expect(values).toEqual({ name: 'Awa Ndjock', centre: undefined, ville: 'Yaoundé' });
    expect(fillPlaceholders(body, values)).toBe(
      'Bonjour Awa Ndjock, rendez-vous au {{ centre }} de Yaoundé (Awa Ndjock).',
    );
    expect(unmappedParameters(['name', 'centre', 'ville'], mapping)).toEqual(['centre']);
  });

  it('inserts values literally, even when they look like placeholders or patterns', () => {
    expect(fillPlaceholders('Code : {{1}}', { '1': '$& {{2}} $1' })).toBe('Code : $& {{2}} $1');
  });
});
