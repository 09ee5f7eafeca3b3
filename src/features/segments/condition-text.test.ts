import { i18n } from '@lingui/core';
import { describe, expect, it } from 'vitest';
import { intlLocales } from '../../i18n/locales';
import {
  campaignOutcomeLabels,
  campaignOutcomes,
  type SegmentCondition,
} from '@shared/segments/criteria.ts';
import {
  describeCampaignOutcome,
  describeCondition,
  describeCriteria,
  formatDay,
  mentionsCampaigns,
} from './condition-text';

const campaign = '3f2c8a4e-9b1d-4c7e-8a5f-1e2d3c4b5a69';
const names = new Map([[campaign, 'Rappel Douala']]);
const outcome = (value: (typeof campaignOutcomes)[number]): SegmentCondition => ({
  type: 'campaign_outcome',
  campaign,
  outcome: value,
});

describe('describeCampaignOutcome', () => {
  it('names the campaign and the outcome', () => {
    expect(describeCampaignOutcome(campaign, 'read_no_reply', names)).toBe(
      'Campagne « Rappel Douala » : lu sans réponse',
    );
    for (const value of campaignOutcomes) {
      expect(describeCondition(outcome(value), names)).toBe(
        `Campagne « Rappel Douala » : ${campaignOutcomeLabels[value]}`,
      );
    }
  });

  it('finds the campaign whatever the case of its id', () => {
    expect(describeCampaignOutcome(campaign.toUpperCase(), 'failed', names)).toBe(
      'Campagne « Rappel Douala » : échec',
    );
  });

  it('says so while the names load, and when the campaign is not among them', () => {
    expect(describeCampaignOutcome(campaign, 'replied', undefined)).toBe('Campagne … : a répondu');
    expect(describeCampaignOutcome(campaign, 'not_delivered', new Map())).toBe(
      'Campagne introuvable : non délivré',
    );
  });
});

describe('describeCondition', () => {
  it('reads every kind of condition in French', () => {
    const cases: [SegmentCondition, string][] = [
      [{ type: 'has_tag', tag: 'vip' }, 'A l’étiquette « vip »'],
      [{ type: 'lacks_tag', tag: 'ancien' }, 'N’a pas l’étiquette « ancien »'],
      [
        { type: 'attribute', key: 'ville', operator: 'equals', value: 'Douala' },
        'Attribut « ville » est égal à « Douala »',
      ],
      [
        { type: 'attribute', key: 'ville', operator: 'contains', value: 'oua' },
        'Attribut « ville » contient « oua »',
      ],
      [{ type: 'attribute', key: 'note', operator: 'exists' }, 'Attribut « note » est renseigné'],
      [
        { type: 'attribute', key: 'age', operator: 'greater', value: 17.5 },
        'Attribut « age » est supérieur à 17,5',
      ],
      [
        { type: 'attribute', key: 'age', operator: 'less', value: -3 },
        'Attribut « age » est inférieur à -3',
      ],
      [{ type: 'opt_in_status', status: 'opted_in' }, 'Abonné'],
      [{ type: 'opt_in_status', status: 'opted_out' }, 'Désabonné'],
      [
        { type: 'created_between', from: '2026-01-01', to: '2026-03-31' },
        'Ajouté du 1 janvier 2026 au 31 mars 2026',
      ],
      [
        { type: 'created_between', from: '2026-02-28', to: null },
        'Ajouté depuis le 28 février 2026',
      ],
      [{ type: 'created_between', to: '2026-12-31' }, 'Ajouté jusqu’au 31 décembre 2026'],
      [{ type: 'country', country: 'CM' }, 'Pays du numéro : Cameroun'],
    ];
    for (const [condition, text] of cases) expect(describeCondition(condition)).toBe(text);
  });
});

describe('describeCriteria', () => {
  it('joins the conditions as the match mode says', () => {
    expect(describeCriteria({ match: 'all', conditions: [] })).toBe('Tous les contacts');
    expect(
      describeCriteria(
        {
          match: 'all',
          conditions: [{ type: 'has_tag', tag: 'vip' }, outcome('read_no_reply')],
        },
        names,
      ),
    ).toBe('A l’étiquette « vip » et campagne « Rappel Douala » : lu sans réponse');
    expect(
      describeCriteria({
        match: 'any',
        conditions: [
          { type: 'opt_in_status', status: 'opted_out' },
          { type: 'country', country: 'GA' },
        ],
      }),
    ).toBe('Désabonné ou pays du numéro : Gabon');
  });

  it('spells out three conditions and counts the others', () => {
    const tags = (count: number): SegmentCondition[] =>
      Array.from({ length: count }, (_, index) => ({ type: 'has_tag', tag: `t${index}` }));
    expect(describeCriteria({ match: 'any', conditions: tags(4) })).toBe(
      'A l’étiquette « t0 » ou a l’étiquette « t1 » ou a l’étiquette « t2 » ou 1 autre condition',
    );
    expect(describeCriteria({ match: 'all', conditions: tags(6) })).toMatch(
      / et 3 autres conditions$/,
    );
  });
});

describe('helpers', () => {
  it('formats calendar days without shifting them across time zones', () => {
    expect(formatDay('2024-02-29')).toBe('29 février 2024');
    expect(formatDay('n’importe quoi')).toBe('n’importe quoi');
  });

  it('knows when campaign names are needed', () => {
    expect(mentionsCampaigns(null)).toBe(false);
    expect(mentionsCampaigns({ match: 'all', conditions: [{ type: 'has_tag', tag: 'a' }] })).toBe(
      false,
    );
    expect(mentionsCampaigns({ match: 'any', conditions: [outcome('sent')] })).toBe(true);
  });
});

describe('in English', () => {
  it('writes calendar days and numbers the English way', () => {
    const french = i18n.messages;
    i18n.loadAndActivate({ locale: 'en', locales: intlLocales.en, messages: {} });
    try {
      expect(formatDay('2024-02-29')).toBe('29 February 2024');
      expect(
        describeCondition({ type: 'attribute', key: 'age', operator: 'greater', value: 17.5 }),
      ).toMatch(/ 17\.5$/);
    } finally {
      i18n.loadAndActivate({ locale: 'fr', locales: intlLocales.fr, messages: french });
    }
    expect(formatDay('2024-02-29')).toBe('29 février 2024');
  });
});
