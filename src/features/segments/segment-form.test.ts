import { describe, expect, it } from 'vitest';
import type { SegmentCriteria } from '@shared/segments/criteria.ts';
import { i18n } from '@lingui/core';
import { intlLocales } from '../../i18n/locales';
import {
  characterCount,
  characterCountText,
  criteriaDraftSchema,
  formatDecimal,
  nameTooLongMessage,
  defaultCampaignOutcome,
  newConditionDraft,
  parseDecimal,
  segmentFormSchema,
  segmentNameMaxLength,
  toCriteriaDraft,
  toFormValues,
  toSegmentValues,
  type ConditionDraft,
} from './segment-form';

/** Runs `check` in English (Intl-wise: the catalogue stays empty), then French again. */
function withLocale(locale: 'en', check: () => void): void {
  const french = i18n.messages;
  i18n.loadAndActivate({ locale, locales: intlLocales[locale], messages: {} });
  try {
    check();
  } finally {
    i18n.loadAndActivate({ locale: 'fr', locales: intlLocales.fr, messages: french });
  }
}

const campaign = '3f2c8a4e-9b1d-4c7e-8a5f-1e2d3c4b5a69';

const row = (changes: Partial<ConditionDraft>): ConditionDraft => ({
  ...newConditionDraft(),
  ...changes,
});

describe('parseDecimal', () => {
  it('reads numbers as French people type them', () => {
    expect(parseDecimal('52,5')).toBe(52.5);
    expect(parseDecimal(' -3 ')).toBe(-3);
    expect(parseDecimal('1 000')).toBe(1000);
    expect(parseDecimal('1\u202f000,25')).toBe(1000.25);
    expect(parseDecimal('18.5')).toBe(18.5);
  });

  it('gives NaN for anything else, which the schema refuses', () => {
    for (const text of ['', ' ', 'dix', '1,2,3', '--1', '1e']) {
      expect(parseDecimal(text)).toBeNaN();
    }
  });
});

describe('criteriaDraftSchema', () => {
  it('turns rows into the criteria the database evaluates', () => {
    const parsed = criteriaDraftSchema.parse({
      match: 'any',
      conditions: [
        row({ type: 'has_tag', tag: '  vip ', key: 'ignored' }),
        row({ type: 'attribute', key: ' ville ', operator: 'equals', value: ' Douala ' }),
        row({ type: 'attribute', key: 'age', operator: 'greater', value: '17,5' }),
        row({ type: 'attribute', key: 'note', operator: 'exists', value: 'left over' }),
        row({ type: 'opt_in_status', status: 'opted_in' }),
        row({ type: 'created_between', from: '', to: '2026-03-31' }),
        row({ type: 'country', country: 'GA' }),
        row({ type: 'campaign_outcome', campaign, outcome: 'failed', tag: 'ignored' }),
      ],
    });
    expect(parsed).toEqual({
      match: 'any',
      conditions: [
        { type: 'has_tag', tag: 'vip' },
        { type: 'attribute', key: 'ville', operator: 'equals', value: 'Douala' },
        { type: 'attribute', key: 'age', operator: 'greater', value: 17.5 },
        { type: 'attribute', key: 'note', operator: 'exists' },
        { type: 'opt_in_status', status: 'opted_in' },
        { type: 'created_between', from: null, to: '2026-03-31' },
        { type: 'country', country: 'GA' },
        { type: 'campaign_outcome', campaign, outcome: 'failed' },
      ],
    });
  });

  it('puts French messages on the row and field at fault', () => {
    const result = segmentFormSchema.safeParse({
      name: '  ',
      description: '',
      criteria: {
        match: 'all',
        conditions: [
          row({ type: 'has_tag', tag: '   ' }),
          row({ type: 'attribute', key: 'age', operator: 'less', value: 'vingt' }),
          row({ type: 'created_between' }),
          row({ type: 'attribute', key: 'ville', operator: 'contains', value: ' ' }),
          row({ type: 'campaign_outcome' }),
        ],
      },
    });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['name', 'Donnez un nom au segment.'],
      ['criteria.conditions.0.tag', 'Indiquez l’étiquette.'],
      ['criteria.conditions.1.value', 'Indiquez un nombre.'],
      ['criteria.conditions.2.from', 'Indiquez au moins une date.'],
      ['criteria.conditions.3.value', 'Indiquez le texte à chercher.'],
      ['criteria.conditions.4.campaign', 'Choisissez une campagne.'],
    ]);
  });
});

describe('campaign conditions', () => {
  it('start without a campaign, on the usual retargeting outcome', () => {
    expect(newConditionDraft('campaign_outcome')).toMatchObject({
      type: 'campaign_outcome',
      campaign: '',
      outcome: defaultCampaignOutcome,
    });
    expect(defaultCampaignOutcome).toBe('read_no_reply');
  });

  it('come back with the id in lower case, as the campaign options have it', () => {
    const draft = toCriteriaDraft({
      match: 'all',
      conditions: [
        { type: 'campaign_outcome', campaign: campaign.toUpperCase(), outcome: 'replied' },
      ],
    });
    expect(draft.conditions[0]).toMatchObject({ campaign, outcome: 'replied' });
  });

  it('keep what was typed for other types when a row switches to a campaign and back', () => {
    const parsed = criteriaDraftSchema.parse({
      match: 'all',
      conditions: [row({ type: 'has_tag', tag: 'vip', campaign, outcome: 'read' })],
    });
    expect(parsed.conditions).toEqual([{ type: 'has_tag', tag: 'vip' }]);
  });

  it('refuse an outcome the database does not know', () => {
    const result = criteriaDraftSchema.safeParse({
      match: 'all',
      conditions: [row({ type: 'campaign_outcome', campaign, outcome: 'opened' as never })],
    });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['conditions.0.outcome', 'Choisissez un résultat de campagne.'],
    ]);
  });
});

describe('form values', () => {
  it('start with one tag condition and come back from saved criteria unchanged', () => {
    expect(toFormValues(null).criteria.conditions).toEqual([newConditionDraft('has_tag')]);
    const criteria: SegmentCriteria = {
      match: 'any',
      conditions: [
        { type: 'lacks_tag', tag: 'ancien' },
        { type: 'attribute', key: 'age', operator: 'less', value: 65.5 },
        { type: 'attribute', key: 'ville', operator: 'contains', value: 'oua' },
        { type: 'attribute', key: 'note', operator: 'exists' },
        { type: 'opt_in_status', status: 'opted_out' },
        { type: 'created_between', from: '2026-01-01' },
        { type: 'country', country: 'TD' },
        { type: 'campaign_outcome', campaign, outcome: 'delivered_unread' },
      ],
    };
    const draft = toCriteriaDraft(criteria);
    expect(draft.conditions[1]?.value).toBe('65,5');
    const parsed = criteriaDraftSchema.parse(draft);
    expect(parsed).toEqual({
      ...criteria,
      conditions: criteria.conditions.map((condition) =>
        condition.type === 'created_between' ? { ...condition, to: null } : condition,
      ),
    });

    const output = segmentFormSchema.parse({
      name: ' Relance Douala ',
      description: ' ',
      criteria: draft,
    });
    expect(toSegmentValues(output)).toMatchObject({ name: 'Relance Douala', description: null });
  });
});

describe('the segment’s name and description', () => {
  const values = (name: string, description = '') => ({
    name,
    description,
    criteria: { match: 'all' as const, conditions: [] },
  });
  const issues = (name: string, description?: string) =>
    segmentFormSchema
      .safeParse(values(name, description))
      .error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

  it('accepts a name of 120 characters, counted as the database counts them', () => {
    expect(segmentNameMaxLength).toBe(120);
    expect(issues('n'.repeat(120))).toBeUndefined();
    // 120 emoji are 240 UTF-16 units but 120 characters for Postgres.
    expect(issues('🙂'.repeat(120))).toBeUndefined();
    expect(issues(` ${'n'.repeat(120)} `)).toBeUndefined();
  });

  it('refuses a longer name with a message that says the limit, instead of cutting it', () => {
    expect(issues('n'.repeat(121))).toEqual([['name', 'Le nom compte 120 caractères au plus.']]);
    expect(issues('🙂'.repeat(121))).toEqual([['name', 'Le nom compte 120 caractères au plus.']]);
    expect(nameTooLongMessage()).toBe('Le nom compte 120 caractères au plus.');
  });

  it('bounds the description the same way', () => {
    expect(issues('Relance', 'd'.repeat(500))).toBeUndefined();
    expect(issues('Relance', 'd'.repeat(501))).toEqual([
      ['description', 'La description compte 500 caractères au plus.'],
    ]);
  });

  it('counts what is typed against the limit, before the limit is reached', () => {
    expect(characterCountText(0, segmentNameMaxLength)).toBe('0 caractère sur 120');
    expect(characterCountText(1, segmentNameMaxLength)).toBe('1 caractère sur 120');
    expect(characterCountText(118, segmentNameMaxLength)).toBe('118 caractères sur 120');
    expect(characterCountText(1200, 500)).toBe('1\u202f200 caractères sur 500');
    expect(characterCount('🙂 ok')).toBe(4);
  });
});

describe('numbers in English', () => {
  it('are read and written back with a decimal point, a comma grouping thousands', () => {
    withLocale('en', () => {
      expect(parseDecimal('52.5')).toBe(52.5);
      expect(parseDecimal('1,000')).toBe(1000);
      expect(parseDecimal('-1,234,567.25')).toBe(-1234567.25);
      expect(parseDecimal('1 000')).toBe(1000);
      // A French decimal comma is refused, not read as 525.
      expect(parseDecimal('52,5')).toBeNaN();
      expect(parseDecimal('1,00')).toBeNaN();
      expect(formatDecimal(52.5)).toBe('52.5');
    });
    expect(formatDecimal(52.5)).toBe('52,5');
  });
});
