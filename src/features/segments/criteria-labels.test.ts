import { describe, expect, it } from 'vitest';
import { segmentCriteriaSchema, segmentConditionSchema } from '@shared/segments/criteria.ts';
import { isKnownCriteriaMessage, localizeCriteriaMessage } from './criteria-labels';

// Every refusal the shared schema can give: its messages are French and the builder translates
// them by their text, so a message changed there without its entry here would stay French.
const conditionRefusals: unknown[] = [
  { type: 'has_tag', tag: 'a\u0000' },
  { type: 'has_tag', tag: ' ' },
  { type: 'has_tag', tag: 'x'.repeat(51) },
  { type: 'attribute', key: ' ', operator: 'exists' },
  { type: 'attribute', key: 'k'.repeat(65), operator: 'exists' },
  { type: 'attribute', key: 'ville', operator: 'equals' },
  { type: 'attribute', key: 'ville', operator: 'equals', value: 'v'.repeat(201) },
  { type: 'attribute', key: 'age', operator: 'greater', value: Number.NaN },
  { type: 'attribute', key: 'ville', operator: 'contains', value: '' },
  { type: 'attribute', key: 'ville', operator: 'matches', value: 'x' },
  { type: 'created_between', from: '1 mars' },
  { type: 'created_between', from: '2026-02-30' },
  { type: 'created_between' },
  { type: 'opt_in_status', status: 'maybe' },
  { type: 'country', country: 'cm' },
  { type: 'campaign_outcome', campaign: 'x', outcome: 'read' },
  { type: 'campaign_outcome', campaign: '3f2c8a4e-9b1d-4c7e-8a5f-1e2d3c4b5a69', outcome: 'x' },
  { type: 'birthday' },
];

const criteriaRefusals: unknown[] = [
  { match: 'some', conditions: [] },
  { match: 'all' },
  { match: 'all', conditions: Array.from({ length: 21 }, () => ({ type: 'has_tag', tag: 'a' })) },
  'tout',
];

function messagesOf(result: { error?: { issues: { message: string }[] } }): string[] {
  return result.error?.issues.map((issue) => issue.message) ?? [];
}

describe('localizeCriteriaMessage', () => {
  it('knows every message the shared schema gives', () => {
    const messages = new Set([
      ...conditionRefusals.flatMap((condition) =>
        messagesOf(segmentConditionSchema.safeParse(condition)),
      ),
      ...criteriaRefusals.flatMap((criteria) =>
        messagesOf(segmentCriteriaSchema.safeParse(criteria)),
      ),
    ]);
    expect(messages.size).toBe(22);
    for (const message of messages) {
      expect(isKnownCriteriaMessage(message), message).toBe(true);
      // French is the active language in unit tests: the text comes back as it was.
      expect(localizeCriteriaMessage(message)).toBe(message);
    }
  });

  it('leaves the form’s own messages and missing ones as they are', () => {
    expect(localizeCriteriaMessage('Donnez un nom au segment.')).toBe('Donnez un nom au segment.');
    expect(localizeCriteriaMessage(undefined)).toBeUndefined();
  });
});
