import { describe, expect, it } from 'vitest';
import {
  addContactRequest,
  customParams,
  updateEntry,
  type ClaimedContact,
} from './wati-contact.ts';

const contact = (fields: Partial<ClaimedContact> = {}): ClaimedContact => ({
  id: 'c1',
  phone: '+237671234567',
  name: 'Aïcha Mbarga',
  email: null,
  tags: [],
  attributes: {},
  known: false,
  attempts: 0,
  lease_until: new Date('2026-01-01T00:00:00.000Z'),
  ...fields,
});

describe('addContactRequest', () => {
  it('sends the number without +, the name, attributes and tags as custom parameters', () => {
    expect(
      addContactRequest(
        contact({
          tags: ['employeurs', 'assurés'],
          email: 'aicha@exemple.cm',
          attributes: { ville: 'Yaoundé', age: 42, numero_assure: 'CNSA-001' },
        }),
      ),
    ).toEqual({
      whatsapp_number: '237671234567',
      name: 'Aïcha Mbarga',
      custom_params: [
        { name: 'ville', value: 'Yaoundé' },
        { name: 'age', value: '42' },
        { name: 'numero_assure', value: 'CNSA-001' },
        { name: 'tags', value: 'assurés, employeurs' },
        { name: 'email', value: 'aicha@exemple.cm' },
      ],
    });
  });

  it('names a contact without a name by its number and leaves empty values out', () => {
    expect(addContactRequest(contact({ name: '  ' }))).toEqual({
      whatsapp_number: '237671234567',
      name: '+237671234567',
      custom_params: [],
    });
  });

  it('lets the contact’s own fields win over attributes of the same name', () => {
    const params = customParams(
      contact({
        tags: ['a'],
        attributes: { Tags: 'x', email: 'y', name: 'z', ' ': 'w', vide: null },
      }),
      false,
    );
    expect(params).toEqual([{ name: 'tags', value: 'a' }]);
  });
});

describe('updateEntry', () => {
  it('targets the number and clears tags and e-mail removed in WCAP', () => {
    expect(updateEntry(contact({ attributes: { ville: 'Douala' } }))).toEqual({
      target: '237671234567',
      customParams: [
        { name: 'ville', value: 'Douala' },
        { name: 'tags', value: '' },
        { name: 'email', value: '' },
      ],
    });
  });
});
