import { describe, expect, it } from 'vitest';
import { mappingFormSchema } from './parameter-mapping-form';

function messages(bindings: unknown[]) {
  return mappingFormSchema.safeParse({ bindings }).error?.issues.map((issue) => ({
    path: issue.path.join('.'),
    message: issue.message,
  }));
}

describe('mappingFormSchema', () => {
  it('accepts contact fields, attributes, fixed texts and rows left to define', () => {
    expect(
      messages([
        { parameter: 'name', choice: 'field:name', value: '' },
        { parameter: 'ville', choice: 'attribute', value: 'ville' },
        { parameter: 'code', choice: 'text', value: 'SANTE50' },
        { parameter: 'date', choice: '', value: '' },
      ]),
    ).toBeUndefined();
  });

  it('asks in French for the attribute key or the text, on the value field', () => {
    expect(
      messages([
        { parameter: 'ville', choice: 'attribute', value: ' ' },
        { parameter: 'code', choice: 'text', value: '' },
      ]),
    ).toEqual([
      { path: 'bindings.0.value', message: 'Indiquez la clé de l’attribut' },
      { path: 'bindings.1.value', message: 'Saisissez le texte à insérer' },
    ]);
  });

  it('applies WhatsApp’s rules on parameter text', () => {
    expect(messages([{ parameter: 'code', choice: 'text', value: 'a     b' }])).toEqual([
      {
        path: 'bindings.0.value',
        message:
          'WhatsApp refuse les retours à la ligne, les tabulations et plus de 4 espaces de suite',
      },
    ]);
    expect(
      messages([{ parameter: 'code', choice: 'text', value: 'x'.repeat(1025) }])?.[0]?.message,
    ).toBe('Le texte doit contenir au plus 1 024 caractères');
  });

  it('refuses an unknown source', () => {
    expect(messages([{ parameter: 'x', choice: 'formula', value: '' }])).toEqual([
      { path: 'bindings.0.choice', message: 'Choisissez d’où vient la valeur' },
    ]);
  });
});
