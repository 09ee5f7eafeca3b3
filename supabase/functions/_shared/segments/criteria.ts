import { z } from 'zod';
import { isStorableText } from '../bounded-json.ts';

// Segment criteria as stored in `segments.criteria` and passed to count_contacts / find_contacts /
// bulk_update_contacts. The database checks the same shape in `private.segment_condition`
// (supabase/migrations/20261207000300_contacts.sql, `campaign_outcome` included); criteria.test.ts
// and criteria.int.test.ts hold both to the same verdict on one list of fixtures, so a change here
// needs the same change there. Pure and runtime-neutral: the SPA's builder and the Edge Functions share it.
//
// Validation only, no transformation: what this schema accepts is saved as it came. Objects are
// not strict because the database ignores keys it does not read; zod drops them.

export const maxConditions = 20;
export const maxTagLength = 50;
export const maxAttributeKeyLength = 64;
export const maxAttributeValueLength = 200;

/**
 * A segment's name holds 120 characters at most (`segments.name`'s check, which counts as Postgres
 * does, in code points): the segment form and the campaign's retargeting segments both keep to it.
 */
export const segmentNameMaxLength = 120;

export const matchModes = ['all', 'any'] as const;
export type MatchMode = (typeof matchModes)[number];

export const conditionTypes = [
  'has_tag',
  'lacks_tag',
  'attribute',
  'opt_in_status',
  'created_between',
  'country',
  'campaign_outcome',
] as const;
export type ConditionType = (typeof conditionTypes)[number];

export const textOperators = ['equals', 'contains', 'exists'] as const;
export const numberOperators = ['greater', 'less'] as const;
export const attributeOperators = [...textOperators, ...numberOperators] as const;
export type AttributeOperator = (typeof attributeOperators)[number];

export const optInStatuses = ['opted_in', 'opted_out'] as const;
export type OptInStatus = (typeof optInStatuses)[number];

/**
 * What a campaign did with a recipient, as `private.campaign_outcome_predicate` reads it. The
 * first four nest (a reply was read, a read message was delivered, a delivered one was sent); the
 * next three single out a step; `failed` is WhatsApp's or Wati's refusal.
 */
export const campaignOutcomes = [
  'sent',
  'delivered',
  'read',
  'replied',
  'read_no_reply',
  'delivered_unread',
  'not_delivered',
  'failed',
] as const;
export type CampaignOutcome = (typeof campaignOutcomes)[number];

/** Postgres measures text in characters (code points); JavaScript's `length` in UTF-16 units. */
function characterCount(value: string): number {
  return Array.from(value).length;
}

// `btrim(x)` without a character list strips spaces only, so a tab alone is not blank to the
// database: blankness is judged the same way here, not with String.prototype.trim.
const hasNonSpace = (value: string) => /[^ ]/.test(value);

// jsonb refuses the NUL character and lone surrogates when it parses the criteria, before
// segment_condition sees them: they are refused here too, with a message instead of a failure.
const unstorableMessage = 'Ce texte contient un caractère non autorisé.';

function boundedText(options: { missing: string; tooLong: string; max: number }) {
  return z
    .string({ error: options.missing })
    .refine(isStorableText, unstorableMessage)
    .refine(hasNonSpace, options.missing)
    .refine((value) => characterCount(value) <= options.max, options.tooLong);
}

const tagSchema = boundedText({
  missing: 'Indiquez l’étiquette.',
  tooLong: `L’étiquette compte ${maxTagLength} caractères au plus.`,
  max: maxTagLength,
});

const attributeKeySchema = boundedText({
  missing: 'Indiquez l’attribut.',
  tooLong: `Le nom de l’attribut compte ${maxAttributeKeyLength} caractères au plus.`,
  max: maxAttributeKeyLength,
});

const attributeTextSchema = z
  .string({ error: 'Indiquez la valeur.' })
  .refine(isStorableText, unstorableMessage)
  .refine(
    (value) => characterCount(value) <= maxAttributeValueLength,
    `La valeur compte ${maxAttributeValueLength} caractères au plus.`,
  );

const numberSchema = z.number({ error: 'Indiquez un nombre.' });

// A calendar day (the organisation's), as `<input type="date">` gives it. Stricter than the
// database, whose pattern also lets through days that do not exist (2026-02-30) and, under an ICU
// collation, digits of other scripts, which then make every count fail: reported, and marked in
// the shared fixtures.
const dayPattern = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const dayMessage = 'Date au format AAAA-MM-JJ attendue.';

function isCalendarDay(value: string): boolean {
  const [year = 0, month = 0, day = 0] = value.split('-').map(Number);
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return (
    year >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

const daySchema = z
  .string({ error: dayMessage })
  .regex(dayPattern, { error: dayMessage, abort: true })
  .refine(isCalendarDay, 'Cette date n’existe pas.')
  .nullable()
  .optional();

const hasTagSchema = z.object({ type: z.literal('has_tag'), tag: tagSchema });
const lacksTagSchema = z.object({ type: z.literal('lacks_tag'), tag: tagSchema });

const attributeSchema = z.discriminatedUnion(
  'operator',
  [
    z.object({
      type: z.literal('attribute'),
      key: attributeKeySchema,
      operator: z.literal('equals'),
      value: attributeTextSchema,
    }),
    z.object({
      type: z.literal('attribute'),
      key: attributeKeySchema,
      operator: z.literal('contains'),
      // The database looks for this text as typed: a space is something to find, '' is not.
      value: attributeTextSchema.refine((value) => value !== '', 'Indiquez le texte à chercher.'),
    }),
    z.object({
      type: z.literal('attribute'),
      key: attributeKeySchema,
      operator: z.literal('exists'),
    }),
    z.object({
      type: z.literal('attribute'),
      key: attributeKeySchema,
      operator: z.literal('greater'),
      value: numberSchema,
    }),
    z.object({
      type: z.literal('attribute'),
      key: attributeKeySchema,
      operator: z.literal('less'),
      value: numberSchema,
    }),
  ],
  { error: 'Choisissez une comparaison.' },
);

const optInStatusSchema = z.object({
  type: z.literal('opt_in_status'),
  status: z.enum(optInStatuses, { error: 'Choisissez un statut de consentement.' }),
});

const createdBetweenSchema = z
  .object({ type: z.literal('created_between'), from: daySchema, to: daySchema })
  .refine((condition) => condition.from != null || condition.to != null, {
    error: 'Indiquez au moins une date.',
    path: ['from'],
  });

const countrySchema = z.object({
  type: z.literal('country'),
  country: z.string({ error: 'Choisissez un pays.' }).regex(/^[A-Z]{2}$/, 'Choisissez un pays.'),
});

// The database only checks the id's shape (case-insensitively), not that the campaign exists or
// is the organisation's: another organisation's campaign simply selects nobody.
const campaignIdPattern = /^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const campaignMessage = 'Choisissez une campagne.';

const campaignOutcomeSchema = z.object({
  type: z.literal('campaign_outcome'),
  campaign: z.string({ error: campaignMessage }).regex(campaignIdPattern, campaignMessage),
  outcome: z.enum(campaignOutcomes, { error: 'Choisissez un résultat de campagne.' }),
});

export const segmentConditionSchema = z.discriminatedUnion(
  'type',
  [
    hasTagSchema,
    lacksTagSchema,
    attributeSchema,
    optInStatusSchema,
    createdBetweenSchema,
    countrySchema,
    campaignOutcomeSchema,
  ],
  { error: 'Choisissez un type de condition.' },
);
export type SegmentCondition = z.infer<typeof segmentConditionSchema>;
export type AttributeCondition = Extract<SegmentCondition, { type: 'attribute' }>;
export type CampaignOutcomeCondition = Extract<SegmentCondition, { type: 'campaign_outcome' }>;

export const segmentCriteriaSchema = z.object(
  {
    match: z.enum(matchModes, {
      error: 'Choisissez « Tous les critères » ou « Au moins un critère ».',
    }),
    conditions: z
      .array(segmentConditionSchema, { error: 'La liste des conditions manque.' })
      .max(maxConditions, `Un segment compte ${maxConditions} conditions au plus.`),
  },
  { error: 'Critères de segment illisibles.' },
);
export type SegmentCriteria = z.infer<typeof segmentCriteriaSchema>;

/** Every contact of the organisation: no condition, all of them met. */
export const emptyCriteria: SegmentCriteria = { match: 'all', conditions: [] };

export const matchModeLabels: Record<MatchMode, string> = {
  all: 'Tous les critères',
  any: 'Au moins un critère',
};

export const conditionTypeLabels: Record<ConditionType, string> = {
  has_tag: 'A l’étiquette',
  lacks_tag: 'N’a pas l’étiquette',
  attribute: 'Attribut',
  opt_in_status: 'Consentement',
  created_between: 'Ajouté entre',
  country: 'Pays du numéro',
  campaign_outcome: 'Résultat d’une campagne',
};

export const attributeOperatorLabels: Record<AttributeOperator, string> = {
  equals: 'est égal à',
  contains: 'contient',
  exists: 'est renseigné',
  greater: 'est supérieur à',
  less: 'est inférieur à',
};

export const optInStatusLabels: Record<OptInStatus, string> = {
  opted_in: 'Abonné (accepte les messages)',
  opted_out: 'Désabonné (ne reçoit plus rien)',
};

/** Lower case, to sit in a sentence: « Campagne « Rappel Douala » : lu sans réponse ». */
export const campaignOutcomeLabels: Record<CampaignOutcome, string> = {
  sent: 'envoyé',
  delivered: 'délivré',
  read: 'lu',
  replied: 'a répondu',
  read_no_reply: 'lu sans réponse',
  delivered_unread: 'délivré non lu',
  not_delivered: 'non délivré',
  failed: 'échec',
};
