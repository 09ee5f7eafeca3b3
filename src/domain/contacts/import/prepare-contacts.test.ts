import { describe, expect, it } from 'vitest';
import {
  attributeKeyReason,
  attributeValueReason,
  nulCharacterReason,
  tooManyAttributesReason,
  tooManyTagsReason,
} from './contact-limits';
import { ImportFileError } from './errors';
import { prepareContacts } from './prepare-contacts';
import type { ColumnTarget, ParsedTable } from './types';

function table(headers: string[], rows: string[][]): ParsedTable {
  return {
    headers,
    rows,
    lines: rows.map((_, index) => index + 2),
    encoding: 'utf-8',
    delimiter: ';',
  };
}

const mapping: ColumnTarget[] = [
  { kind: 'last_name' },
  { kind: 'first_name' },
  { kind: 'phone' },
  { kind: 'email' },
  { kind: 'tags' },
  { kind: 'attribute', key: 'ville' },
];

describe('prepareContacts', () => {
  it('combines first and last names, splits tags and keeps filled attributes', () => {
    const prepared = prepareContacts(
      table(
        ['Nom', 'Prénom', 'Téléphone', 'E-mail', 'Étiquettes', 'Ville'],
        [
          [
            'Ngo Biyong',
            'Éloïse',
            '699 12 34 56',
            'eloise@exemple.cm',
            'adhérents; bénévoles|cnsa, adhérents',
            'Yaoundé',
          ],
          ['', 'Zoé', '+237 677-12-34-56', '', '', ''],
          ['Mbarga', '', '00241 74 12 34 56', '', ' ,; ', 'Libreville'],
        ],
      ),
      mapping,
      'CM',
    );
    expect(prepared).toEqual({
      contacts: [
        {
          line: 2,
          phone: '+237699123456',
          country_code: 'CM',
          name: 'Éloïse Ngo Biyong',
          email: 'eloise@exemple.cm',
          tags: ['adhérents', 'bénévoles', 'cnsa'],
          attributes: { ville: 'Yaoundé' },
        },
        {
          line: 3,
          phone: '+237677123456',
          country_code: 'CM',
          name: 'Zoé',
          email: null,
          tags: [],
          attributes: {},
        },
        {
          line: 4,
          phone: '+24174123456',
          country_code: 'GA',
          name: 'Mbarga',
          email: null,
          tags: [],
          attributes: { ville: 'Libreville' },
        },
      ],
      invalid: [],
      duplicates: [],
      warnings: [],
    });
  });

  it('explains rows without a usable number and repeats of a number already seen', () => {
    const prepared = prepareContacts(
      table(
        ['Téléphone', 'Nom'],
        [
          ['699 12 34 56', 'Zoé'],
          ['', 'Sans numéro'],
          ['222 23 45 67', 'Bureau'],
          ['+237699123456', 'Zoé encore'],
          ['12345', 'Trop court'],
          ['00237 699 12 34 56', 'Zoé toujours'],
        ],
      ),
      [{ kind: 'phone' }, { kind: 'name' }],
      'CM',
    );
    expect(prepared.contacts.map((contact) => [contact.line, contact.name])).toEqual([[2, 'Zoé']]);
    expect(prepared.invalid).toEqual([
      {
        line: 3,
        value: '',
        reason: 'Numéro manquant',
        refusal: { code: 'phone_missing' },
        name: 'Sans numéro',
      },
      {
        line: 4,
        value: '222 23 45 67',
        reason: 'Numéro fixe : pas de WhatsApp',
        refusal: { code: 'landline' },
        name: 'Bureau',
      },
      {
        line: 6,
        value: '12345',
        reason: 'Numéro trop court',
        refusal: { code: 'too_short' },
        name: 'Trop court',
      },
    ]);
    expect(prepared.duplicates).toEqual([
      {
        line: 5,
        value: '+237699123456',
        reason: 'Numéro déjà présent ligne 2',
        refusal: { code: 'duplicate', values: { line: 2 } },
        name: 'Zoé encore',
      },
      {
        line: 7,
        value: '00237 699 12 34 56',
        reason: 'Numéro déjà présent ligne 2',
        refusal: { code: 'duplicate', values: { line: 2 } },
        name: 'Zoé toujours',
      },
    ]);
  });

  it('names a refused row by its first and last names, for the error report', () => {
    const prepared = prepareContacts(
      table(['Prénom', 'Nom', 'Téléphone'], [['Zoé', 'Mbarga', '12']]),
      [{ kind: 'first_name' }, { kind: 'last_name' }, { kind: 'phone' }],
      'CM',
    );
    expect(prepared.invalid).toMatchObject([{ line: 2, value: '12', name: 'Zoé Mbarga' }]);
  });

  it('gives the country of a number invalid for it as a code, to name it in any language', () => {
    const prepared = prepareContacts(
      table(['Téléphone'], [['+237 1234 5678']]),
      [{ kind: 'phone' }],
      'CM',
    );
    expect(prepared.invalid).toMatchObject([
      { refusal: { code: 'invalid_number', values: { region: 'CM' } } },
    ]);
  });

  it('reads national numbers with the country chosen', () => {
    const rows = table(['Téléphone'], [['06 123 4567']]);
    expect(prepareContacts(rows, [{ kind: 'phone' }], 'CG').contacts[0]).toMatchObject({
      phone: '+242061234567',
      country_code: 'CG',
    });
    expect(prepareContacts(rows, [{ kind: 'phone' }], 'CM').invalid).toHaveLength(1);
  });

  it('leaves an implausible e-mail out, with a warning, and keeps the contact', () => {
    const prepared = prepareContacts(
      table(
        ['Téléphone', 'Courriel'],
        [
          ['699123456', 'zoe@exemple'],
          ['677123456', 'zoe @x.cm'],
        ],
      ),
      [{ kind: 'phone' }, { kind: 'email' }],
      'CM',
    );
    expect(prepared.contacts.map((contact) => contact.email)).toEqual([null, null]);
    expect(prepared.warnings).toEqual([
      {
        line: 2,
        value: 'zoe@exemple',
        reason: 'E-mail ignoré : adresse invalide',
        refusal: { code: 'invalid_email' },
      },
      {
        line: 3,
        value: 'zoe @x.cm',
        reason: 'E-mail ignoré : adresse invalide',
        refusal: { code: 'invalid_email' },
      },
    ]);
  });

  it('prefers a full-name column, ignores ignored columns and cuts over-long names, saying so', () => {
    const prepared = prepareContacts(
      table(
        ['Nom complet', 'Prénom', 'Téléphone', 'Notes'],
        [
          ['Jean-Béranger  Essomba', 'Jean', '699123456', 'à ignorer'],
          ['', 'Anaïs', '677123456', ''],
          ['x'.repeat(250), '', '690123456', ''],
        ],
      ),
      [{ kind: 'name' }, { kind: 'first_name' }, { kind: 'phone' }, { kind: 'ignore' }],
      'CM',
    );
    expect(prepared.contacts.map((contact) => contact.name)).toEqual([
      'Jean-Béranger Essomba',
      'Anaïs',
      'x'.repeat(120),
    ]);
    expect(prepared.contacts[0]!.attributes).toEqual({});
    expect(prepared.warnings).toEqual([
      {
        line: 4,
        value: '690123456',
        reason: 'Nom coupé à 120 caractères',
        refusal: { code: 'name_cut', values: { max: 120 } },
      },
    ]);
  });

  it('refuses the rows the database would refuse, each with its reason', () => {
    const columns = Array.from({ length: 51 }, (_, index) => `Champ ${index + 1}`);
    const attributes = columns.map((_, index): ColumnTarget => ({
      kind: 'attribute',
      key: `champ_${index + 1}`,
    }));
    const cells = (filled: number, value = 'oui') =>
      columns.map((_, index) => (index < filled ? value : ''));
    const prepared = prepareContacts(
      table(
        ['Téléphone', 'Nom', 'Étiquettes', 'Notes', ...columns],
        [
          ['699123456', 'Zoé\0', '', '', ...cells(0)],
          ['677123456', 'Anaïs', '', 'ignorée\0', ...cells(50)],
          [
            '690123456',
            '',
            Array.from({ length: 101 }, (_, i) => `t${i}`).join(','),
            '',
            ...cells(0),
          ],
          ['691123456', '', '', '', ...cells(51)],
          ['692123456', '', '', '', ...cells(1, 'é'.repeat(501))],
          ['693123456', '', '', '', ...cells(1, '😀'.repeat(500))],
          // A number first seen on a refused row is no repeat.
          ['699123456', 'Zoé', '', '', ...cells(0)],
        ],
      ),
      [{ kind: 'phone' }, { kind: 'name' }, { kind: 'tags' }, { kind: 'ignore' }, ...attributes],
      'CM',
    );
    expect(prepared.invalid).toMatchObject([
      { line: 2, value: '699123456', reason: nulCharacterReason },
      { line: 4, value: '690123456', reason: tooManyTagsReason },
      { line: 5, value: '691123456', reason: tooManyAttributesReason },
      { line: 6, value: '692123456', reason: attributeValueReason },
    ]);
    expect(prepared.duplicates).toEqual([]);
    // 50 attributes, 500 characters (emoji counted once, as Postgres counts them) and a NUL in
    // a column left out are within bounds.
    expect(prepared.contacts.map((contact) => contact.line)).toEqual([3, 7, 8]);
  });

  it('refuses an attribute key the database would refuse', () => {
    const prepared = prepareContacts(
      table(['Téléphone', 'Ville'], [['699123456', 'Douala']]),
      [{ kind: 'phone' }, { kind: 'attribute', key: 'v'.repeat(65) }],
      'CM',
    );
    expect(prepared.invalid).toMatchObject([
      { line: 2, value: '699123456', reason: attributeKeyReason },
    ]);
  });

  it('refuses a mapping without the phone column', () => {
    expect(() => prepareContacts(table(['Nom'], [['Zoé']]), [{ kind: 'name' }], 'CM')).toThrow(
      ImportFileError,
    );
  });
});
