import { plural, t } from '@lingui/core/macro';
import { z } from 'zod';
import { intlLocale } from '../../lib/format';
import { SEGMENT_DESCRIPTION_MAX_LENGTH, SEGMENT_NAME_MAX_LENGTH } from '@shared/limits.ts';
import {
  segmentCriteriaSchema,
  type AttributeOperator,
  type CampaignOutcome,
  type ConditionType,
  type MatchMode,
  type OptInStatus,
  type SegmentCondition,
  type SegmentCriteria,
} from '@shared/segments/criteria.ts';
import type { SegmentValues } from './api';

// The builder edits each condition as one flat row of texts (what inputs hold), whatever its type:
// switching a row's type keeps what was typed for the others. Before validation the rows become
// criteria (texts trimmed, numbers read the way the reader's language writes them, empty dates null)
// and the shared schema judges them, so its messages land on the same paths as the inputs (its
// French messages are shown in the reader's language through criteria-labels.ts).

export type ConditionDraft = {
  type: ConditionType;
  tag: string;
  key: string;
  operator: AttributeOperator;
  /** The compared text, or the number as typed (« 52,5 »). */
  value: string;
  status: OptInStatus;
  /** YYYY-MM-DD, or '' for an open end. */
  from: string;
  to: string;
  country: string;
  /** The campaign's id (lower case), or '' until one is chosen. */
  campaign: string;
  outcome: CampaignOutcome;
};

/** The outcome a new campaign condition starts with: the usual retargeting, read and unanswered. */
export const defaultCampaignOutcome: CampaignOutcome = 'read_no_reply';

export type CriteriaDraft = { match: MatchMode; conditions: ConditionDraft[] };

export type SegmentFormValues = { name: string; description: string; criteria: CriteriaDraft };

export function newConditionDraft(
  type: ConditionType = 'has_tag',
  defaultCountry = 'CM',
): ConditionDraft {
  return {
    type,
    tag: '',
    key: '',
    operator: 'equals',
    value: '',
    status: 'opted_out',
    from: '',
    to: '',
    country: defaultCountry,
    campaign: '',
    outcome: defaultCampaignOutcome,
  };
}

/** The decimal separator of the active language: « , » in French, « . » in English. */
function decimalSeparator(): string {
  const locale = intlLocale();
  let separator = decimalSeparators.get(locale);
  if (separator === undefined) {
    separator =
      new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')
        ?.value ?? '.';
    decimalSeparators.set(locale, separator);
  }
  return separator;
}

const decimalSeparators = new Map<string, string>();

/**
 * A number as the reader types it → a number; anything else → NaN, which the schema refuses.
 * In French « 52,5 », « -3 », « 1 000 » (and « 18.5 »); in English « 52.5 », « 1,000 » or
 * « 1 000 » — there a comma only groups thousands, so « 52,5 » is refused rather than read as 525.
 */
export function parseDecimal(text: string): number {
  let compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (decimalSeparator() === ',') {
    compact = compact.replace(',', '.');
  } else if (compact.includes(',')) {
    if (!/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact)) return Number.NaN;
    compact = compact.replaceAll(',', '');
  }
  return /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(compact) ? Number(compact) : Number.NaN;
}

/** A number as the reader types it back: « 52,5 » in French, « 52.5 » in English. */
export function formatDecimal(value: number): string {
  return String(value).replace('.', decimalSeparator());
}

export function toConditionDraft(condition: SegmentCondition, defaultCountry?: string) {
  const draft = newConditionDraft(condition.type, defaultCountry);
  switch (condition.type) {
    case 'has_tag':
    case 'lacks_tag':
      return { ...draft, tag: condition.tag };
    case 'attribute':
      return {
        ...draft,
        key: condition.key,
        operator: condition.operator,
        value:
          condition.operator === 'exists'
            ? ''
            : typeof condition.value === 'number'
              ? formatDecimal(condition.value)
              : condition.value,
      };
    case 'opt_in_status':
      return { ...draft, status: condition.status };
    case 'created_between':
      return { ...draft, from: condition.from ?? '', to: condition.to ?? '' };
    case 'country':
      return { ...draft, country: condition.country };
    case 'campaign_outcome':
      // The database reads the id case-insensitively; the builder's options are lower case.
      return { ...draft, campaign: condition.campaign.toLowerCase(), outcome: condition.outcome };
  }
}

export function toCriteriaDraft(criteria: SegmentCriteria, defaultCountry?: string): CriteriaDraft {
  return {
    match: criteria.match,
    conditions: criteria.conditions.map((condition) => toConditionDraft(condition, defaultCountry)),
  };
}

/** The condition a row describes, for the shared schema to judge (not yet validated). */
export function fromConditionDraft(draft: ConditionDraft): Record<string, unknown> {
  switch (draft.type) {
    case 'has_tag':
    case 'lacks_tag':
      return { type: draft.type, tag: draft.tag.trim() };
    case 'attribute': {
      const base = { type: draft.type, key: draft.key.trim(), operator: draft.operator };
      if (draft.operator === 'exists') return base;
      if (draft.operator === 'greater' || draft.operator === 'less') {
        return { ...base, value: parseDecimal(draft.value) };
      }
      return { ...base, value: draft.value.trim() };
    }
    case 'opt_in_status':
      return { type: draft.type, status: draft.status };
    case 'created_between':
      return { type: draft.type, from: draft.from || null, to: draft.to || null };
    case 'country':
      return { type: draft.type, country: draft.country };
    case 'campaign_outcome':
      return { type: draft.type, campaign: draft.campaign, outcome: draft.outcome };
  }
}

export function fromCriteriaDraft(draft: CriteriaDraft): {
  match: MatchMode;
  conditions: unknown[];
} {
  return { match: draft.match, conditions: draft.conditions.map(fromConditionDraft) };
}

/** The builder's criteria, judged by the shared schema. */
export const criteriaDraftSchema = z.preprocess(
  (draft: CriteriaDraft) => fromCriteriaDraft(draft),
  segmentCriteriaSchema,
);

/** Characters as Postgres counts them (code points), not UTF-16 units as `length` does. */
export function characterCount(value: string): number {
  return Array.from(value).length;
}

/** The limits of the name and the description, as the database checks them (in code points). */
export const segmentNameMaxLength = SEGMENT_NAME_MAX_LENGTH;
export const segmentDescriptionMaxLength = SEGMENT_DESCRIPTION_MAX_LENGTH;

/** « Le nom compte 120 caractères au plus. », said by the schema and, as soon as it is typed, the form. */
export function nameTooLongMessage(): string {
  return t`Le nom compte ${segmentNameMaxLength} caractères au plus.`;
}

export function descriptionTooLongMessage(): string {
  return t`La description compte ${segmentDescriptionMaxLength} caractères au plus.`;
}

/** « 18 caractères sur 120 »: how much of a text's limit is used, shown from the first keystroke. */
export function characterCountText(count: number, max: number): string {
  return plural(count, { one: `# caractère sur ${max}`, other: `# caractères sur ${max}` });
}

export const segmentFormSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: () => t`Donnez un nom au segment.` })
    .refine((name) => characterCount(name) <= segmentNameMaxLength, { error: nameTooLongMessage }),
  description: z
    .string()
    .trim()
    .refine((description) => characterCount(description) <= segmentDescriptionMaxLength, {
      error: descriptionTooLongMessage,
    }),
  criteria: criteriaDraftSchema,
});

export type SegmentFormOutput = z.output<typeof segmentFormSchema>;

export function toSegmentValues(output: SegmentFormOutput): SegmentValues {
  return {
    name: output.name,
    description: output.description || null,
    criteria: output.criteria,
  };
}

export function toFormValues(
  segment: { name: string; description: string | null; criteria: SegmentCriteria } | null,
  defaultCountry?: string,
): SegmentFormValues {
  if (!segment) {
    return {
      name: '',
      description: '',
      criteria: { match: 'all', conditions: [newConditionDraft('has_tag', defaultCountry)] },
    };
  }
  return {
    name: segment.name,
    description: segment.description ?? '',
    criteria: toCriteriaDraft(segment.criteria, defaultCountry),
  };
}
