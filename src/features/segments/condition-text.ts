import { t, plural } from '@lingui/core/macro';
import { countryName } from '../../domain/geography/countries';
import { intlLocale } from '../../lib/format';
import type {
  AttributeCondition,
  CampaignOutcome,
  SegmentCondition,
  SegmentCriteria,
} from '@shared/segments/criteria.ts';
import { campaignOutcomeLabel } from '../../domain/campaigns/outcome-labels';
import { formatDecimal } from './segment-form';

// Conditions as a sentence a person reads (« Campagne « Rappel Douala » : lu sans réponse »), for
// the segments list and beside the builder's inputs. Each kind of condition is one whole message,
// so that each language orders its words its own way. Campaign conditions store an id: the names
// come from the organisation's campaigns, looked up by the caller.

/** Campaign id (lower case) → name; undefined while the names are loading. */
export type CampaignNames = ReadonlyMap<string, string>;

/** How many conditions a summary spells out before « et 2 autres conditions ». */
const summaryLength = 3;

// One formatter per language (the active one is read at each call).
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(): Intl.DateTimeFormat {
  const locale = intlLocale();
  let formatter = dayFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dayFormatters.set(locale, formatter);
  }
  return formatter;
}

/** « 2026-03-01 » → « 1 mars 2026 » / « 1 March 2026 »: a calendar day, whatever the reader's time zone. */
export function formatDay(day: string): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const value = new Date(Date.UTC(2000, month - 1, date));
  value.setUTCFullYear(year);
  return Number.isNaN(value.getTime()) ? day : dayFormatter().format(value);
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
  const result = campaignOutcomeLabel(outcome);
  if (names === undefined) return t`Campagne … : ${result}`;
  const name = names.get(campaignKey(campaign));
  return name === undefined
    ? t`Campagne introuvable : ${result}`
    : t`Campagne « ${name} » : ${result}`;
}

/** « Attribut « ville » est égal à « Douala » », one sentence per comparison. */
function describeAttribute(condition: AttributeCondition): string {
  const key = condition.key;
  switch (condition.operator) {
    case 'equals': {
      const value = condition.value;
      return t`Attribut « ${key} » est égal à « ${value} »`;
    }
    case 'contains': {
      const value = condition.value;
      return t`Attribut « ${key} » contient « ${value} »`;
    }
    case 'exists':
      return t`Attribut « ${key} » est renseigné`;
    case 'greater': {
      const number = formatDecimal(condition.value);
      return t`Attribut « ${key} » est supérieur à ${number}`;
    }
    case 'less': {
      const number = formatDecimal(condition.value);
      return t`Attribut « ${key} » est inférieur à ${number}`;
    }
  }
}

export function describeCondition(
  condition: SegmentCondition,
  campaignNames?: CampaignNames,
): string {
  switch (condition.type) {
    case 'has_tag': {
      const tag = condition.tag;
      return t`A l’étiquette « ${tag} »`;
    }
    case 'lacks_tag': {
      const tag = condition.tag;
      return t`N’a pas l’étiquette « ${tag} »`;
    }
    case 'attribute':
      return describeAttribute(condition);
    case 'opt_in_status':
      return condition.status === 'opted_in' ? t`Abonné` : t`Désabonné`;
    case 'created_between': {
      const from = condition.from ? formatDay(condition.from) : null;
      const to = condition.to ? formatDay(condition.to) : null;
      if (from && to) return t`Ajouté du ${from} au ${to}`;
      if (from) return t`Ajouté depuis le ${from}`;
      const until = to ?? '';
      return t`Ajouté jusqu’au ${until}`;
    }
    case 'country': {
      const country = countryName(condition.country);
      return t`Pays du numéro : ${country}`;
    }
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
  if (conditions.length === 0) return t`Tous les contacts`;
  const all = criteria.match === 'all';
  const spelled = conditions
    .slice(0, summaryLength)
    .map((condition, index) => {
      const text = describeCondition(condition, campaignNames);
      return index === 0 ? text : lowerFirst(text);
    })
    .reduce((sentence, next) => (all ? t`${sentence} et ${next}` : t`${sentence} ou ${next}`));
  const rest = conditions.length - summaryLength;
  if (rest <= 0) return spelled;
  return all
    ? t`${spelled} et ${plural(rest, { one: '# autre condition', other: '# autres conditions' })}`
    : t`${spelled} ou ${plural(rest, { one: '# autre condition', other: '# autres conditions' })}`;
}

/** Whether reading the criteria needs the organisation's campaign names. */
export function mentionsCampaigns(criteria: SegmentCriteria | null): boolean {
  return criteria?.conditions.some((condition) => condition.type === 'campaign_outcome') ?? false;
}
