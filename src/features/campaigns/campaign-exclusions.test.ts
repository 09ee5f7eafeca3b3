import { describe, expect, it } from 'vitest';
import { excludedCounts, exclusionReasons } from './campaign-exclusions';

describe('excludedCounts', () => {
  it('reads the counts of contacts left out at launch', () => {
    expect(excludedCounts({ opted_out: 3, invalid_number: 1, missing_parameter: 0 })).toEqual({
      optedOut: 3,
      invalidNumber: 1,
      missingParameter: 0,
    });
    expect(excludedCounts(null)).toEqual({ optedOut: 0, invalidNumber: 0, missingParameter: 0 });
  });
});

describe('exclusionReasons', () => {
  it('name each reason in French', () => {
    expect(exclusionReasons.map((reason) => reason.label)).toEqual([
      'Désinscrits',
      'Numéros invalides',
      'Paramètre manquant',
    ]);
  });
});
