import { describe, expect, it } from 'vitest';
import { filterTemplates, searchable } from './template-filter';

const templates = [
  { name: 'bienvenue', body: 'Bonjour {{name}}, bienvenue à la CNSA.', status: 'APPROVED' },
  {
    name: 'rappel_rendez_vous',
    body: 'Rappel de votre rendez-vous au {{centre}}.',
    status: 'APPROVED',
  },
  { name: 'enquete_satisfaction', body: 'Votre avis compte !', status: 'PENDING' },
];

describe('filterTemplates', () => {
  it('finds templates by name or body, ignoring case, accents and underscores', () => {
    const names = (query: string) =>
      filterTemplates(templates, { query, status: '' }).map((template) => template.name);
    expect(names('')).toEqual(['bienvenue', 'rappel_rendez_vous', 'enquete_satisfaction']);
    expect(names('RAPPEL rendez')).toEqual(['rappel_rendez_vous']);
    expect(names('enquête')).toEqual(['enquete_satisfaction']);
    expect(names('cnsa bienvenue')).toEqual(['bienvenue']);
    expect(names('centre')).toEqual(['rappel_rendez_vous']);
    expect(names('introuvable')).toEqual([]);
  });

  it('keeps one status when asked', () => {
    expect(filterTemplates(templates, { query: '', status: 'PENDING' })).toEqual([templates[2]]);
    expect(filterTemplates(templates, { query: 'bienvenue', status: 'PENDING' })).toEqual([]);
  });
});

describe('searchable', () => {
  it('normalises text for comparison', () => {
    expect(searchable('  Enquête_Satisfaction  ')).toBe('enquete satisfaction');
  });
});
