import { describe, expect, it } from 'vitest';
import { criteriaFixtures } from '../../../../test-support/segment-criteria-fixtures.ts';
import {
  campaignOutcomeLabels,
  campaignOutcomes,
  conditionTypeLabels,
  conditionTypes,
  emptyCriteria,
  segmentCriteriaSchema,
} from './criteria.ts';

function firstMessage(criteria: unknown): string | undefined {
  const result = segmentCriteriaSchema.safeParse(criteria);
  return result.success ? undefined : result.error.issues[0]?.message;
}

describe('segmentCriteriaSchema', () => {
  // The same fixtures run against the database in criteria.int.test.ts.
  it.each(criteriaFixtures.map((fixture) => [fixture.name, fixture] as const))(
    '%s',
    (_name, fixture) => {
      expect(segmentCriteriaSchema.safeParse(fixture.criteria).success).toBe(fixture.valid);
    },
  );

  it('accepts the empty criteria it offers as a start', () => {
    expect(segmentCriteriaSchema.parse(emptyCriteria)).toEqual(emptyCriteria);
  });

  it('keeps values exactly as given and drops keys the database ignores', () => {
    expect(
      segmentCriteriaSchema.parse({
        match: 'any',
        extra: true,
        conditions: [
          { type: 'has_tag', tag: ' VIP ', note: 'x' },
          { type: 'attribute', key: 'age', operator: 'exists', value: 3 },
        ],
      }),
    ).toEqual({
      match: 'any',
      conditions: [
        { type: 'has_tag', tag: ' VIP ' },
        { type: 'attribute', key: 'age', operator: 'exists' },
      ],
    });
  });

  it('explains each refusal in French, on the field at fault', () => {
    const issues = (criteria: unknown) =>
      segmentCriteriaSchema
        .safeParse(criteria)
        .error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues({ match: 'all', conditions: [{ type: 'has_tag', tag: ' ' }] })).toEqual([
      ['conditions.0.tag', 'Indiquez l’étiquette.'],
    ]);
    expect(
      issues({
        match: 'all',
        conditions: [{ type: 'attribute', key: 'age', operator: 'greater', value: Number.NaN }],
      }),
    ).toEqual([['conditions.0.value', 'Indiquez un nombre.']]);
    expect(
      issues({ match: 'all', conditions: [{ type: 'created_between', from: null, to: null }] }),
    ).toEqual([['conditions.0.from', 'Indiquez au moins une date.']]);
    expect(
      firstMessage({
        match: 'all',
        conditions: [{ type: 'attribute', key: 'ville', operator: 'contains', value: '' }],
      }),
    ).toBe('Indiquez le texte à chercher.');
    expect(
      firstMessage({ match: 'all', conditions: [{ type: 'has_tag', tag: 'x'.repeat(51) }] }),
    ).toBe('L’étiquette compte 50 caractères au plus.');
    expect(firstMessage({ match: 'all', conditions: [{ type: 'country', country: 'cm' }] })).toBe(
      'Choisissez un pays.',
    );
    expect(
      issues({ match: 'all', conditions: [{ type: 'campaign_outcome', outcome: 'read' }] }),
    ).toEqual([['conditions.0.campaign', 'Choisissez une campagne.']]);
    expect(
      issues({
        match: 'all',
        conditions: [{ type: 'campaign_outcome', campaign: 'Rappel Douala', outcome: 'read' }],
      }),
    ).toEqual([['conditions.0.campaign', 'Choisissez une campagne.']]);
    expect(
      issues({
        match: 'all',
        conditions: [
          {
            type: 'campaign_outcome',
            campaign: '3f2c8a4e-9b1d-4c7e-8a5f-1e2d3c4b5a69',
            outcome: 'opened',
          },
        ],
      }),
    ).toEqual([['conditions.0.outcome', 'Choisissez un résultat de campagne.']]);
    expect(firstMessage({ match: 'all', conditions: [{ type: 'unknown' }] })).toBe(
      'Choisissez un type de condition.',
    );
    expect(firstMessage({ match: 'some', conditions: [] })).toBe(
      'Choisissez « Tous les critères » ou « Au moins un critère ».',
    );
    expect(
      firstMessage({
        match: 'all',
        conditions: Array.from({ length: 21 }, () => ({ type: 'has_tag', tag: 'a' })),
      }),
    ).toBe('Un segment compte 20 conditions au plus.');
  });

  it('has a French label for every condition type', () => {
    for (const type of conditionTypes) expect(conditionTypeLabels[type]).toMatch(/\S/);
  });

  it('names every campaign outcome in French, lower case, each once', () => {
    const labels = campaignOutcomes.map((outcome) => campaignOutcomeLabels[outcome]);
    expect(labels).toEqual([
      'envoyé',
      'délivré',
      'lu',
      'a répondu',
      'lu sans réponse',
      'délivré non lu',
      'non délivré',
      'échec',
    ]);
  });

  it('keeps a campaign id as given, capitals included', () => {
    const condition = {
      type: 'campaign_outcome',
      campaign: '3F2C8A4E-9B1D-4C7E-8A5F-1E2D3C4B5A69',
      outcome: 'delivered_unread',
    };
    expect(
      segmentCriteriaSchema.parse({ match: 'all', conditions: [{ ...condition, name: 'x' }] }),
    ).toEqual({ match: 'all', conditions: [condition] });
  });
});
