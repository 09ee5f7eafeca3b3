import { describe, expect, it } from 'vitest';
import {
  categoryLabel,
  filterableStatuses,
  isUsable,
  languageLabel,
  templateStatus,
} from './template-labels';

describe('templateStatus', () => {
  it('names Wati’s statuses in French with a tone per meaning', () => {
    expect(templateStatus('APPROVED')).toMatchObject({ label: 'Approuvé', tone: 'brand' });
    expect(templateStatus('PENDING')).toMatchObject({ label: 'En attente', tone: 'warning' });
    expect(templateStatus('REJECTED')).toMatchObject({ label: 'Refusé', tone: 'danger' });
    expect(templateStatus('DELETED')).toMatchObject({ label: 'Supprimé', tone: 'neutral' });
    expect(templateStatus('DISABLED')).toMatchObject({ label: 'Désactivé', tone: 'neutral' });
    expect(templateStatus('approved').label).toBe('Approuvé');
  });

  it('labels every status the filter offers, and an unknown one without inventing', () => {
    for (const status of filterableStatuses) {
      expect(templateStatus(status).label).not.toBe('Statut inconnu');
    }
    expect(templateStatus('IN_APPEAL')).toEqual({
      label: 'Statut inconnu',
      tone: 'neutral',
      description: 'Statut Wati : IN_APPEAL.',
    });
  });

  it('keeps only approved templates usable', () => {
    expect(isUsable('APPROVED')).toBe(true);
    expect(isUsable('PENDING')).toBe(false);
  });
});

describe('categoryLabel and languageLabel', () => {
  it('translate Meta’s categories', () => {
    expect(categoryLabel('MARKETING')).toBe('Marketing');
    expect(categoryLabel('UTILITY')).toBe('Utilitaire');
    expect(categoryLabel('AUTHENTICATION')).toBe('Authentification');
    expect(categoryLabel(null)).toBeNull();
    expect(categoryLabel('SERVICE')).toBe('SERVICE');
  });

  it('name languages, falling back to the code', () => {
    expect(languageLabel('fr')).toBe('Français');
    expect(languageLabel('en_US')).toBe('Anglais (États-Unis)');
    expect(languageLabel('sw')).toBe('sw');
    expect(languageLabel('constructor')).toBe('constructor');
  });
});
