import { describe, expect, it } from 'vitest';
import type { ApprovedTemplate } from './api';
import { parametersOf, prefilledValues } from './template-values';
import type { InboxContact } from './types';

const contact = {
  id: 'k1',
  name: 'Awa Ndjock',
  phone: '+237690000001',
  email: null,
  language: 'fr',
  tags: [],
  attributes: { ville: 'Douala', dossier: 421 },
  opt_in_status: 'opted_in',
  opted_out_at: null,
  created_at: '2026-12-01T00:00:00Z',
} satisfies InboxContact;

const template = (overrides: Partial<ApprovedTemplate>): ApprovedTemplate => ({
  id: 't1',
  name: 'rappel_rdv',
  language: 'fr',
  body: 'Bonjour {{1}}, votre rendez-vous à {{2}} ({{3}}).',
  header: null,
  footer: null,
  buttons: [],
  parameters: ['1', '2', '3'],
  parameter_mapping: {
    '1': { source: 'field', value: 'name' },
    '2': { source: 'attribute', value: 'ville' },
  },
  ...overrides,
});

describe('template parameters for a conversation', () => {
  it('are prefilled from the contact as the template’s mapping says', () => {
    expect(prefilledValues(template({}), contact)).toEqual({
      '1': 'Awa Ndjock',
      '2': 'Douala',
      '3': '',
    });
  });

  it('come from the text when the template declares none', () => {
    const named = template({
      parameters: [],
      body: 'Bonjour {{name}}, dossier {{dossier}}.',
      parameter_mapping: { dossier: { source: 'attribute', value: 'dossier' } },
    });
    expect(parametersOf(named)).toEqual(['name', 'dossier']);
    expect(prefilledValues(named, contact)).toEqual({ name: '', dossier: '421' });
  });
});
