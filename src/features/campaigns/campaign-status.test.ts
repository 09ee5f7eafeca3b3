import { describe, expect, it } from 'vitest';
import { campaignStatus, isDraft } from './campaign-status';

describe('campaignStatus', () => {
  it('names every status in French', () => {
    expect(
      (['draft', 'scheduled', 'sending', 'paused', 'completed', 'cancelled'] as const).map(
        (status) => campaignStatus(status).label,
      ),
    ).toEqual(['Brouillon', 'Programmée', 'En cours', 'En pause', 'Terminée', 'Annulée']);
  });

  it('knows drafts', () => {
    expect(isDraft('draft')).toBe(true);
    expect(isDraft('scheduled')).toBe(false);
  });
});
