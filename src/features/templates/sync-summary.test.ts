import { describe, expect, it } from 'vitest';
import { syncSummary } from './sync-summary';

describe('syncSummary', () => {
  it('sums up a synchronisation in French', () => {
    expect(
      syncSummary({ source: 'sandbox', received: 7, created: 2, updated: 5, removed: 0 }),
    ).toBe('7 modèles reçus : 2 ajoutés, 5 mis à jour.');
    expect(syncSummary({ source: 'live', received: 1, created: 1, updated: 0, removed: 2 })).toBe(
      '1 modèle reçu : 1 ajouté, 0 mis à jour, 2 retirés.',
    );
  });

  it('says when Wati sent nothing', () => {
    expect(syncSummary({ source: 'live', received: 0, created: 0, updated: 0, removed: 0 })).toBe(
      'Aucun modèle reçu de Wati.',
    );
    expect(syncSummary({ source: 'live', received: 0, created: 0, updated: 0, removed: 1 })).toBe(
      'Aucun modèle reçu de Wati : 1 retiré.',
    );
  });
});
