import { countryName } from '../../domain/geography/countries';
import {
  attributeOperatorLabels,
  campaignOutcomeLabels,
  conditionTypeLabels,
  type CampaignOutcome,
  type SegmentCondition,
  type SegmentCriteria,
} from '@shared/segments/criteria.ts';
import { formatDecimal } from './segment-form';

// Conditions as a sentence a person reads (« Campagne « Rappel Douala » : lu sans réponse »), for
// the segments list and beside the builder's inputs. Campaign conditions store an id: the names
// come from the organisation's campaigns, looked up by the caller.

/** Campaign id (lower case) → name; undefined while the names are loading. */
export type CampaignNames = ReadonlyMap<string, string>;

/** How many conditions a summary spells out before « et 2 autres conditions ». */
const summaryLength = 3;

const monthNames = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** « 2026-03-01 » → « 1 mars 2026 »: a calendar day, whatever the reader's time zone. */
export function formatDay(day: string): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const value = new Date(Date.UTC(2000, month - 1, date));
  value.setUTCFullYear(year);
  return Number.isNaN(value.getTime()) ? day : monthNames.format(value);
}

/** The key used to look a campaign up: ids are compared case-insensitively, as the database does. */
export function campaignKey(id: string): string {
  return id.toLowerCase();
}

/** « Campagne « Rappel Douala » : lu sans réponse ». */
export function describeCampaignOutcome(
  campaign: string,
  outcome: CampaignOutcome,
  names: CampaignNames | undefined,
): string {
  const label = campaignOutcomeLabels[outcome];
  if (names === undefined) return `Campagne … : ${label}`;
  const name = names.get(campaignKey(campaign));
  return name === undefined ? `Campagne introuvable : ${label}` : `Campagne « ${name} » : ${label}`;
}

export function describeCondition(
  condition: SegmentCondition,
  campaignNames?: CampaignNames,
): string {
  switch (condition.type) {
    case 'has_tag':
    case 'lacks_tag':
      return `${conditionTypeLabels[condition.type]} « ${condition.tag} »`;
    case 'attribute': {
      const subject = `Attribut « ${condition.key} » ${attributeOperatorLabels[condition.operator]}`;
      if (condition.operator === 'exists') return subject;
      return typeof condition.value === 'number'
        ? `${subject} ${formatDecimal(condition.value)}`
        : `${subject} « ${condition.value} »`;
    }
    case 'opt_in_status':
      return condition.status === 'opted_in' ? 'Abonné' : 'Désabonné';
    case 'created_between': {
      const { from, to } = condition;
      if (from && to) return `Ajouté du ${formatDay(from)} au ${formatDay(to)}`;
      if (from) return `Ajouté depuis le ${formatDay(from)}`;
      return `Ajouté jusqu’au ${formatDay(to ?? '')}`;
    }
    case 'country':
      return `${conditionTypeLabels.country} : ${countryName(condition.country)}`;
    case 'campaign_outcome':
      return describeCampaignOutcome(condition.campaign, condition.outcome, campaignNames);
  }
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * The criteria in one sentence: « A l’étiquette « vip » et attribut « ville » est égal à
 * « Douala » »; past three conditions, the rest are counted.
 */
export function describeCriteria(criteria: SegmentCriteria, campaignNames?: CampaignNames): string {
  const { conditions } = criteria;
  if (conditions.length === 0) return 'Tous les contacts';
  const spelled = conditions.slice(0, summaryLength).map((condition, index) => {
    const text = describeCondition(condition, campaignNames);
    return index === 0 ? text : lowerFirst(text);
  });
  const rest = conditions.length - spelled.length;
  const joiner = criteria.match === 'all' ? ' et ' : ' ou ';
  const sentence = spelled.join(joiner);
  return rest > 0
    ? `${sentence}${joiner}${rest} autre${rest > 1 ? 's' : ''} condition${rest > 1 ? 's' : ''}`
    : sentence;
}

/** Whether reading the criteria needs the organisation's campaign names. */
export function mentionsCampaigns(criteria: SegmentCriteria | null): boolean {
  return criteria?.conditions.some((condition) => condition.type === 'campaign_outcome') ?? false;
}
