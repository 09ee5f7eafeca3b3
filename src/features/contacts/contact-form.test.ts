import { describe, expect, it } from 'vitest';
import {
  contactFormDefaults,
  contactFormSchema,
  readAttributes,
  saveErrorMessage,
  toContactValues,
  type ContactFormInput,
} from './contact-form';
import type { Contact } from './contact-query';

const empty: ContactFormInput = {
  phone: '',
  name: '',
  email: '',
  tags: [],
  attributes: [],
  language: 'fr',
};

const schema = contactFormSchema('CM');

function issues(input: ContactFormInput) {
  const result = schema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('contactFormSchema', () => {
  it('reads a national number with the organisation’s country and cleans the rest', () => {
    const result = schema.parse({
      ...empty,
      phone: '6 71 23 45 67',
      name: '  Awa Mbárga ',
      email: ' awa@exemple.cm ',
      tags: [' vip ', 'vip', '', 'Douala'],
      attributes: [
        { key: ' ville ', value: ' Douala ' },
        { key: '', value: '' },
      ],
    });
    expect(toContactValues(result)).toEqual({
      phone: '+237671234567',
      country_code: 'CM',
      name: 'Awa Mbárga',
      email: 'awa@exemple.cm',
      tags: ['vip', 'Douala'],
      attributes: { ville: 'Douala' },
      language: 'fr',
    });
  });

  it('turns blank name and e-mail into nothing', () => {
    const values = toContactValues(schema.parse({ ...empty, phone: '+241 06 12 34 56' }));
    expect(values.name).toBeNull();
    expect(values.email).toBeNull();
    expect(values.country_code).toBe('GA');
  });

  it('explains in French what is wrong', () => {
    expect(issues(empty).phone).toBe('Numéro manquant');
    expect(issues({ ...empty, phone: '12' }).phone).toBeTruthy();
    expect(issues({ ...empty, phone: '671234567', email: 'awa@' }).email).toBe(
      'Adresse e-mail invalide, par exemple nom@exemple.cm',
    );
    expect(
      issues({
        ...empty,
        phone: '671234567',
        attributes: [
          { key: 'ville', value: 'Douala' },
          { key: 'ville', value: 'Yaoundé' },
          { key: '', value: 'sans nom' },
        ],
      }),
    ).toEqual({
      'attributes.1.key': 'Cet attribut figure déjà plus haut',
      'attributes.2.key': 'Nom requis',
    });
    expect(issues({ ...empty, phone: '671234567', tags: ['x'.repeat(51)] }).tags).toBe(
      'Une étiquette compte 50 caractères au plus',
    );
  });

  it('holds the name to the limit every name has, counting characters as the database does', () => {
    expect(issues({ ...empty, phone: '671234567', name: 'é'.repeat(120) })).toEqual({});
    expect(issues({ ...empty, phone: '671234567', name: 'é'.repeat(121) }).name).toBe(
      'Le nom compte 120 caractères au plus',
    );
    expect(issues({ ...empty, phone: '671234567', name: '😀'.repeat(120) })).toEqual({});
    expect(
      issues({
        ...empty,
        phone: '671234567',
        attributes: [{ key: 'ville', value: 'x'.repeat(501) }],
      }),
    ).toEqual({ 'attributes.0.value': 'La valeur compte 500 caractères au plus' });
  });

  it('says why a number is refused with the phone rules’ words', () => {
    expect(issues({ ...empty, phone: '222 23 45 67' }).phone).toBe('Numéro fixe : pas de WhatsApp');
    expect(issues({ ...empty, phone: '+237 1234 5678' }).phone).toBe('Numéro invalide (Cameroun)');
  });
});

describe('contactFormDefaults and readAttributes', () => {
  it('shows a contact as the form edits it', () => {
    const contact = {
      phone: '+237671234567',
      name: null,
      email: 'awa@exemple.cm',
      tags: ['vip'],
      attributes: { ville: 'Douala', age: 42 },
      language: 'en',
    } as unknown as Contact;
    expect(contactFormDefaults(contact)).toEqual({
      phone: '+237 6 71 23 45 67',
      name: '',
      email: 'awa@exemple.cm',
      tags: ['vip'],
      attributes: [
        { key: 'ville', value: 'Douala' },
        { key: 'age', value: '42' },
      ],
      language: 'en',
    });
    expect(readAttributes(null)).toEqual({});
    expect(readAttributes(['a'])).toEqual({});
  });
});

describe('saveErrorMessage', () => {
  it('says the database’s refusal from its code, in the reader’s language', () => {
    expect(
      saveErrorMessage({
        code: '23514',
        message: 'Le pays indiqué (CM) ne correspond pas au numéro (GA)',
        details: '{"reason": "country_mismatch", "country": "CM", "region": "GA"}',
        hint: 'contact_refused',
      }),
    ).toBe('Le pays indiqué (CM) ne correspond pas au numéro (GA)');
    expect(
      saveErrorMessage({
        code: '23514',
        message: 'Nom de plus de 120 caractères',
        details: '{"reason": "name_too_long", "max": 120}',
        hint: 'contact_refused',
      }),
    ).toBe('Nom de plus de 120 caractères');
    expect(
      saveErrorMessage({
        code: '23514',
        message: 'Numéro invalide (GA)',
        details: '{"reason": "invalid_number", "region": "GA"}',
        hint: 'contact_refused',
      }),
    ).toBe('Numéro invalide (GA)');
  });

  it('shows the database’s reason for refusing the values, and nothing else it says in English', () => {
    expect(
      saveErrorMessage({
        code: '23514',
        message: 'Plus de 50 attributs',
        details: null,
        hint: 'contact_refused',
      }),
    ).toBe('Plus de 50 attributs');
    expect(
      saveErrorMessage({
        code: '23514',
        message: 'new row for relation "contacts" violates check constraint "contacts_name_check"',
        details: null,
        hint: null,
      }),
    ).toBe('Le contact n’a pas pu être enregistré.');
  });
});
