// One list of segment criteria, valid and invalid, that the zod schema (criteria.test.ts) and the
// database's private.is_valid_segment (criteria.int.test.ts) must judge alike. Each limit is
// tried on both sides of its edge; strings are measured in characters, as Postgres does.

import { campaignOutcomes } from '@shared/segments/criteria.ts';

export interface CriteriaFixture {
  name: string;
  criteria: unknown;
  valid: boolean;
  /**
   * The SQLSTATE the database raises for an invalid fixture: 22023 from segment_condition, unless
   * jsonb itself refuses the text before segment_condition reads it.
   */
  sqlState?: string;
}

const all = (...conditions: unknown[]) => ({ match: 'all', conditions });
const repeat = (text: string, times: number) => text.repeat(times);
const hasTag = (tag: unknown) => ({ type: 'has_tag', tag });
const attribute = (operator: unknown, value?: unknown, key: unknown = 'ville') =>
  value === undefined
    ? { type: 'attribute', key, operator }
    : { type: 'attribute', key, operator, value };
const between = (range: Record<string, unknown>) => ({ type: 'created_between', ...range });
const campaignId = '3f2c8a4e-9b1d-4c7e-8a5f-1e2d3c4b5a69';
const outcome = (fields: Record<string, unknown>) => ({ type: 'campaign_outcome', ...fields });

export const criteriaFixtures: readonly CriteriaFixture[] = [
  // Whole criteria
  { name: 'no condition, all', criteria: all(), valid: true },
  { name: 'no condition, any', criteria: { match: 'any', conditions: [] }, valid: true },
  {
    name: 'unknown keys are ignored',
    criteria: { match: 'all', conditions: [{ ...hasTag('vip'), note: 'x' }], version: 2 },
    valid: true,
  },
  { name: 'null', criteria: null, valid: false },
  { name: 'an array', criteria: [], valid: false },
  { name: 'a string', criteria: 'all', valid: false },
  { name: 'a number', criteria: 42, valid: false },
  { name: 'an empty object', criteria: {}, valid: false },
  { name: 'match missing', criteria: { conditions: [] }, valid: false },
  { name: 'match in capitals', criteria: { match: 'ALL', conditions: [] }, valid: false },
  { name: 'match null', criteria: { match: null, conditions: [] }, valid: false },
  { name: 'match as an array', criteria: { match: ['all'], conditions: [] }, valid: false },
  { name: 'conditions missing', criteria: { match: 'all' }, valid: false },
  { name: 'conditions null', criteria: { match: 'all', conditions: null }, valid: false },
  { name: 'conditions as an object', criteria: { match: 'all', conditions: {} }, valid: false },
  {
    name: '20 conditions',
    criteria: all(...Array.from({ length: 20 }, (_, index) => hasTag(`t${index}`))),
    valid: true,
  },
  {
    name: '21 conditions',
    criteria: all(...Array.from({ length: 21 }, (_, index) => hasTag(`t${index}`))),
    valid: false,
  },
  {
    name: 'every type at once, any',
    criteria: {
      match: 'any',
      conditions: [
        hasTag('vip'),
        { type: 'lacks_tag', tag: 'ancien' },
        attribute('equals', 'Douala'),
        attribute('contains', 'oua'),
        attribute('exists'),
        attribute('greater', 18, 'age'),
        attribute('less', 65.5, 'age'),
        { type: 'opt_in_status', status: 'opted_in' },
        between({ from: '2026-01-01', to: '2026-12-31' }),
        { type: 'country', country: 'CM' },
        outcome({ campaign: campaignId, outcome: 'read_no_reply' }),
      ],
    },
    valid: true,
  },

  // Conditions
  { name: 'a null condition', criteria: all(null), valid: false },
  { name: 'a condition as an array', criteria: all([]), valid: false },
  { name: 'a condition as a string', criteria: all('has_tag'), valid: false },
  { name: 'a condition without type', criteria: all({ tag: 'vip' }), valid: false },
  { name: 'an unknown type', criteria: all({ type: 'tag', tag: 'vip' }), valid: false },
  { name: 'a type in capitals', criteria: all({ type: 'HAS_TAG', tag: 'vip' }), valid: false },

  // Tags
  { name: 'lacks_tag', criteria: all({ type: 'lacks_tag', tag: 'ancien' }), valid: true },
  { name: 'tag missing', criteria: all({ type: 'has_tag' }), valid: false },
  { name: 'tag null', criteria: all(hasTag(null)), valid: false },
  { name: 'tag as a number', criteria: all(hasTag(5)), valid: false },
  { name: 'tag empty', criteria: all(hasTag('')), valid: false },
  { name: 'tag of spaces', criteria: all(hasTag('   ')), valid: false },
  { name: 'lacks_tag of spaces', criteria: all({ type: 'lacks_tag', tag: ' ' }), valid: false },
  { name: 'tag with spaces around', criteria: all(hasTag(' vip ')), valid: true },
  // btrim() strips spaces only: other blank characters count as text for the database.
  { name: 'tag of a tab', criteria: all(hasTag('\t')), valid: true },
  { name: 'tag of a no-break space', criteria: all(hasTag('\u00a0')), valid: true },
  { name: 'tag of 50 characters', criteria: all(hasTag(repeat('a', 50))), valid: true },
  { name: 'tag of 51 characters', criteria: all(hasTag(repeat('a', 51))), valid: false },
  { name: 'tag of 50 accented letters', criteria: all(hasTag(repeat('é', 50))), valid: true },
  // 50 characters but 100 UTF-16 units.
  { name: 'tag of 50 emoji', criteria: all(hasTag(repeat('🏥', 50))), valid: true },
  { name: 'tag of 51 emoji', criteria: all(hasTag(repeat('🏥', 51))), valid: false },
  {
    name: 'tag of 50 characters padded',
    criteria: all(hasTag(`a${repeat(' ', 50)}`)),
    valid: false,
  },
  {
    name: 'tag with a NUL character',
    criteria: all(hasTag('a\u0000b')),
    valid: false,
    sqlState: '22P05',
  },
  {
    name: 'tag with a lone surrogate',
    criteria: all(hasTag('a\ud800b')),
    valid: false,
    sqlState: '22P02',
  },
  {
    name: 'tag with quotes and SQL',
    criteria: all(hasTag(`x'); drop table public.contacts; --`)),
    valid: true,
  },

  // Attributes
  { name: 'equals', criteria: all(attribute('equals', 'Douala')), valid: true },
  { name: 'equals an empty text', criteria: all(attribute('equals', '')), valid: true },
  {
    name: 'equals 200 characters',
    criteria: all(attribute('equals', repeat('x', 200))),
    valid: true,
  },
  {
    name: 'equals 201 characters',
    criteria: all(attribute('equals', repeat('x', 201))),
    valid: false,
  },
  { name: 'equals 200 emoji', criteria: all(attribute('equals', repeat('🏥', 200))), valid: true },
  { name: 'equals without value', criteria: all(attribute('equals')), valid: false },
  { name: 'equals null', criteria: all(attribute('equals', null)), valid: false },
  { name: 'equals a number', criteria: all(attribute('equals', 5)), valid: false },
  {
    name: 'equals with a NUL character',
    criteria: all(attribute('equals', '\u0000')),
    valid: false,
    sqlState: '22P05',
  },
  { name: 'contains', criteria: all(attribute('contains', 'oua')), valid: true },
  { name: 'contains a space', criteria: all(attribute('contains', ' ')), valid: true },
  { name: 'contains an empty text', criteria: all(attribute('contains', '')), valid: false },
  {
    name: 'contains 201 characters',
    criteria: all(attribute('contains', repeat('x', 201))),
    valid: false,
  },
  { name: 'contains a list', criteria: all(attribute('contains', ['x'])), valid: false },
  { name: 'exists', criteria: all(attribute('exists')), valid: true },
  { name: 'exists with a value it ignores', criteria: all(attribute('exists', 42)), valid: true },
  { name: 'greater', criteria: all(attribute('greater', 18, 'age')), valid: true },
  { name: 'less, negative decimal', criteria: all(attribute('less', -3.5, 'age')), valid: true },
  { name: 'greater zero', criteria: all(attribute('greater', 0, 'age')), valid: true },
  { name: 'greater a huge number', criteria: all(attribute('greater', 1e21, 'age')), valid: true },
  {
    name: 'greater a numeric text',
    criteria: all(attribute('greater', '18', 'age')),
    valid: false,
  },
  {
    name: 'greater without value',
    criteria: all(attribute('greater', undefined, 'age')),
    valid: false,
  },
  { name: 'greater null', criteria: all(attribute('greater', null, 'age')), valid: false },
  { name: 'less a boolean', criteria: all(attribute('less', true, 'age')), valid: false },
  {
    name: 'operator missing',
    criteria: all({ type: 'attribute', key: 'ville', value: 'x' }),
    valid: false,
  },
  { name: 'operator null', criteria: all(attribute(null, 'x')), valid: false },
  { name: 'operator in capitals', criteria: all(attribute('EQUALS', 'x')), valid: false },
  { name: 'operator unknown', criteria: all(attribute('starts_with', 'x')), valid: false },
  { name: 'key missing', criteria: all({ type: 'attribute', operator: 'exists' }), valid: false },
  { name: 'key empty', criteria: all(attribute('exists', undefined, '')), valid: false },
  { name: 'key of spaces', criteria: all(attribute('exists', undefined, '  ')), valid: false },
  { name: 'key as a number', criteria: all(attribute('exists', undefined, 7)), valid: false },
  {
    name: 'key of 64 characters',
    criteria: all(attribute('exists', undefined, repeat('k', 64))),
    valid: true,
  },
  {
    name: 'key of 65 characters',
    criteria: all(attribute('exists', undefined, repeat('k', 65))),
    valid: false,
  },
  {
    name: 'key of 64 emoji',
    criteria: all(attribute('exists', undefined, repeat('🏥', 64))),
    valid: true,
  },
  {
    name: 'key with quotes and SQL',
    criteria: all(attribute('equals', "'", `a'->>'b`)),
    valid: true,
  },

  // Consent
  { name: 'opted out', criteria: all({ type: 'opt_in_status', status: 'opted_out' }), valid: true },
  { name: 'status missing', criteria: all({ type: 'opt_in_status' }), valid: false },
  {
    name: 'status unknown',
    criteria: all({ type: 'opt_in_status', status: 'subscribed' }),
    valid: false,
  },
  {
    name: 'status in capitals',
    criteria: all({ type: 'opt_in_status', status: 'OPTED_IN' }),
    valid: false,
  },
  {
    name: 'status as a list',
    criteria: all({ type: 'opt_in_status', status: ['opted_in'] }),
    valid: false,
  },

  // Dates
  { name: 'from only', criteria: all(between({ from: '2026-01-01' })), valid: true },
  { name: 'to only', criteria: all(between({ to: '2026-01-31' })), valid: true },
  {
    name: 'from null, to given',
    criteria: all(between({ from: null, to: '2026-01-31' })),
    valid: true,
  },
  {
    name: 'from after to',
    criteria: all(between({ from: '2026-02-01', to: '2026-01-01' })),
    valid: true,
  },
  { name: 'a leap day', criteria: all(between({ from: '2024-02-29' })), valid: true },
  {
    name: 'the last day Postgres and the form share',
    criteria: all(between({ to: '9999-12-31' })),
    valid: true,
  },
  {
    name: 'a 29 February of a common year',
    criteria: all(between({ from: '2026-02-29' })),
    valid: false,
  },
  {
    name: 'a 30 February',
    criteria: all(between({ to: '2026-02-30' })),
    valid: false,
  },
  {
    name: 'a 13th month',
    criteria: all(between({ from: '2026-13-01' })),
    valid: false,
  },
  {
    name: 'the year zero',
    criteria: all(between({ from: '0000-01-01' })),
    valid: false,
  },
  { name: 'no date', criteria: all(between({})), valid: false },
  { name: 'both dates null', criteria: all(between({ from: null, to: null })), valid: false },
  { name: 'from empty', criteria: all(between({ from: '' })), valid: false },
  {
    name: 'from empty, to given',
    criteria: all(between({ from: '', to: '2026-01-31' })),
    valid: false,
  },
  {
    name: 'from without leading zeros',
    criteria: all(between({ from: '2026-1-5' })),
    valid: false,
  },
  { name: 'from in French order', criteria: all(between({ from: '05/01/2026' })), valid: false },
  { name: 'from with a time', criteria: all(between({ from: '2026-01-05T00:00' })), valid: false },
  { name: 'from with a newline', criteria: all(between({ from: '2026-01-05\n' })), valid: false },
  {
    name: 'from in Arabic-Indic digits',
    criteria: all(between({ from: '٢٠٢٦-٠١-٠٥' })),
    valid: false,
  },
  { name: 'from as a number', criteria: all(between({ from: 20260105 })), valid: false },
  {
    name: 'to as a boolean',
    criteria: all(between({ from: '2026-01-01', to: true })),
    valid: false,
  },
  { name: 'to as an object', criteria: all(between({ to: {} })), valid: false },

  // Country
  { name: 'country', criteria: all({ type: 'country', country: 'GA' }), valid: true },
  { name: 'country missing', criteria: all({ type: 'country' }), valid: false },
  {
    name: 'country in lower case',
    criteria: all({ type: 'country', country: 'cm' }),
    valid: false,
  },
  {
    name: 'country of three letters',
    criteria: all({ type: 'country', country: 'CMR' }),
    valid: false,
  },
  { name: 'country with a digit', criteria: all({ type: 'country', country: 'C1' }), valid: false },
  {
    name: 'country with a newline',
    criteria: all({ type: 'country', country: 'CM\n' }),
    valid: false,
  },
  { name: 'country as a number', criteria: all({ type: 'country', country: 237 }), valid: false },

  // Campaign outcomes, every one the app offers (one the database does not know fails here); the
  // id's shape is checked, not that the campaign exists.
  ...campaignOutcomes.map((name) => ({
    name: `campaign outcome ${name}`,
    criteria: all(outcome({ campaign: campaignId, outcome: name })),
    valid: true,
  })),
  {
    name: 'campaign id in capitals',
    criteria: all(outcome({ campaign: campaignId.toUpperCase(), outcome: 'read' })),
    valid: true,
  },
  {
    name: 'campaign id of any version',
    criteria: all(outcome({ campaign: '00000000-0000-0000-0000-000000000000', outcome: 'sent' })),
    valid: true,
  },
  {
    name: 'campaign outcome with a key it ignores',
    criteria: all(outcome({ campaign: campaignId, outcome: 'failed', name: 'Rappel' })),
    valid: true,
  },
  { name: 'campaign missing', criteria: all(outcome({ outcome: 'read' })), valid: false },
  {
    name: 'campaign null',
    criteria: all(outcome({ campaign: null, outcome: 'read' })),
    valid: false,
  },
  {
    name: 'campaign empty',
    criteria: all(outcome({ campaign: '', outcome: 'read' })),
    valid: false,
  },
  {
    name: 'campaign not a uuid',
    criteria: all(outcome({ campaign: 'rappel-douala', outcome: 'read' })),
    valid: false,
  },
  {
    name: 'campaign id without dashes',
    criteria: all(outcome({ campaign: campaignId.replaceAll('-', ''), outcome: 'read' })),
    valid: false,
  },
  {
    name: 'campaign id in braces',
    criteria: all(outcome({ campaign: `{${campaignId}}`, outcome: 'read' })),
    valid: false,
  },
  {
    name: 'campaign id one character short',
    criteria: all(outcome({ campaign: campaignId.slice(0, -1), outcome: 'read' })),
    valid: false,
  },
  {
    name: 'campaign id with a letter past f',
    criteria: all(outcome({ campaign: campaignId.replace('3f', '3g'), outcome: 'read' })),
    valid: false,
  },
  {
    name: 'campaign id with spaces around',
    criteria: all(outcome({ campaign: ` ${campaignId} `, outcome: 'read' })),
    valid: false,
  },
  {
    name: 'campaign id with a newline',
    criteria: all(outcome({ campaign: `${campaignId}\n`, outcome: 'read' })),
    valid: false,
  },
  {
    name: 'campaign id in Arabic-Indic digits',
    criteria: all(outcome({ campaign: '٣f2c8a4e-9b1d-4c7e-8a5f-1e2d3c4b5a69', outcome: 'read' })),
    valid: false,
  },
  {
    name: 'campaign as a number',
    criteria: all(outcome({ campaign: 42, outcome: 'read' })),
    valid: false,
  },
  {
    name: 'campaign as a list',
    criteria: all(outcome({ campaign: [campaignId], outcome: 'read' })),
    valid: false,
  },
  {
    name: 'campaign as an object',
    criteria: all(outcome({ campaign: { id: campaignId }, outcome: 'read' })),
    valid: false,
  },
  { name: 'outcome missing', criteria: all(outcome({ campaign: campaignId })), valid: false },
  {
    name: 'outcome null',
    criteria: all(outcome({ campaign: campaignId, outcome: null })),
    valid: false,
  },
  {
    name: 'outcome unknown',
    criteria: all(outcome({ campaign: campaignId, outcome: 'opened' })),
    valid: false,
  },
  {
    name: 'outcome in capitals',
    criteria: all(outcome({ campaign: campaignId, outcome: 'READ' })),
    valid: false,
  },
  {
    name: 'outcome in French',
    criteria: all(outcome({ campaign: campaignId, outcome: 'lu sans réponse' })),
    valid: false,
  },
  {
    name: 'outcome with a space',
    criteria: all(outcome({ campaign: campaignId, outcome: 'read ' })),
    valid: false,
  },
  {
    name: 'outcome as a number',
    criteria: all(outcome({ campaign: campaignId, outcome: 1 })),
    valid: false,
  },
  {
    name: 'outcome as a list',
    criteria: all(outcome({ campaign: campaignId, outcome: ['read'] })),
    valid: false,
  },
  {
    name: 'outcome as a boolean',
    criteria: all(outcome({ campaign: campaignId, outcome: true })),
    valid: false,
  },
  {
    name: 'campaign outcome type in capitals',
    criteria: all({ type: 'CAMPAIGN_OUTCOME', campaign: campaignId, outcome: 'read' }),
    valid: false,
  },
];
