import { describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../../domain/contacts/import/types';
import {
  cancelledMessage,
  errorReportFileName,
  outcomeFigures,
  outcomeShares,
  progressLabel,
} from './import-outcome';

const summary: ImportSummary = {
  imported: 6,
  updated: 0,
  unchanged: 2,
  duplicates: 1,
  invalid: 1,
  overQuota: 0,
  quotaReached: false,
  errors: [],
};

describe('progressLabel', () => {
  it('reads as the live region says it', () => {
    expect(progressLabel({ done: 12_000, total: 100_000 })).toBe(
      '12\u202f000 / 100\u202f000 contacts envoyés',
    );
    expect(progressLabel({ done: 0, total: 1 })).toBe('0 / 1 contact envoyé');
  });
});

describe('cancelledMessage', () => {
  it('says what was kept', () => {
    expect(cancelledMessage({ done: 5000, total: 8000 })).toMatch(
      /^Import annulé après l’envoi de 5\u202f000 contacts sur 8\u202f000\. Les contacts déjà envoyés sont enregistrés/,
    );
  });
});

describe('outcomeFigures and outcomeShares', () => {
  it('lists every figure and draws only the non-empty ones', () => {
    const figures = outcomeFigures(summary);
    expect(figures.map((figure) => [figure.label, figure.value])).toEqual([
      ['Importés', 6],
      ['Mis à jour', 0],
      ['Inchangés', 2],
      ['Doublons', 1],
      ['Invalides', 1],
      ['Hors quota', 0],
    ]);
    expect(outcomeShares(figures).map(({ figure, percent }) => [figure.key, percent])).toEqual([
      ['imported', 60],
      ['unchanged', 20],
      ['duplicates', 10],
      ['invalid', 10],
    ]);
  });

  it('draws nothing for an empty import', () => {
    const empty = { ...summary, imported: 0, unchanged: 0, duplicates: 0, invalid: 0 };
    expect(outcomeShares(outcomeFigures(empty))).toEqual([]);
  });
});

describe('errorReportFileName', () => {
  it('names the report after the file and the day', () => {
    const day = new Date(2026, 10, 21);
    expect(errorReportFileName('Adhérents CNSA (2026).csv', day)).toBe(
      'rapport-import-adherents-cnsa-2026-2026-11-21.csv',
    );
    expect(errorReportFileName('.csv', day)).toBe('rapport-import-fichier-2026-11-21.csv');
  });
});
