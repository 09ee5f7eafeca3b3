import { createRequire } from 'node:module';
import { Metadata, type CountryCode } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/metadata.max.json';

/**
 * libphonenumber-js's numbering plans as rows of `private.phone_rules`, so that Postgres judges a
 * number in E.164 the way the import pipeline (supabase/functions/_shared/phone.ts) does. Each
 * pattern applies to the national significant number (the digits after the calling code) and
 * carries libphonenumber's length rules as lookaheads, so one ARE match answers each question.
 */

export interface PhoneRule {
  /** ISO 3166 alpha-2; null for a non-geographic plan (+800, +882…). */
  countryCode: string | null;
  callingCode: string;
  /** libphonenumber's order among the plans sharing the calling code (0: the main one). */
  rank: number;
  /** Whether the calling code is shared: then the plan claims numbers by leading digits or type. */
  shared: boolean;
  /** The start of the numbers of this plan, when libphonenumber tells a shared code's plans so. */
  leadingDigitsPattern: string | null;
  /** Null when the plan has none: then WhatsApp numbers are fixed-or-mobile ones (NANPA). */
  mobilePattern: string | null;
  fixedLinePattern: string | null;
  /** Every other type (toll-free, premium rate, shared cost, VoIP…): special numbers. */
  otherPattern: string | null;
}

// The numbering plan as libphonenumber-js's Metadata class reads it (its typings stop at
// selectNumberingPlan).
interface NumberingPlan {
  nationalNumberPattern(): string;
  leadingDigits(): string | undefined;
  type(type: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}

// Besides FIXED_LINE and MOBILE, the types getNumberType knows.
const OTHER_TYPES = [
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
] as const;

const NON_GEOGRAPHIC = '001';

export const libphonenumberVersion: string = (
  createRequire(import.meta.url)('libphonenumber-js/package.json') as { version: string }
).version;

/** `\d{8}|\d{9}` as one quantifier when the lengths follow each other. */
function lengthPattern(lengths: number[]): string {
  const sorted = [...new Set(lengths)].sort((a, b) => a - b);
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  if (last - first + 1 === sorted.length) {
    return first === last ? `\\d{${first}}` : `\\d{${first},${last}}`;
  }
  return `(?:${sorted.map((length) => `\\d{${length}}`).join('|')})`;
}

/** A type as isNumberTypeEqualTo checks it: its possible lengths, then its pattern. */
function typePattern(plan: NumberingPlan, type: string): string | null {
  const definition = plan.type(type);
  const pattern = definition?.pattern();
  if (!definition || !pattern) return null;
  const lengths = definition.possibleLengths();
  return lengths ? `(?=${lengthPattern(lengths)}$)(?:${pattern})` : `(?:${pattern})`;
}

/** Anchored, behind the plan's general pattern that getNumberType checks first. */
function anchored(plan: NumberingPlan, body: string): string {
  return `^(?=(?:${plan.nationalNumberPattern()})$)${body}$`;
}

function ruleOf(
  plan: NumberingPlan,
  countryCode: string | null,
  callingCode: string,
  rank: number,
  shared: boolean,
): PhoneRule {
  const pattern = (types: readonly string[]) => {
    const parts = types
      .map((type) => typePattern(plan, type))
      .filter((part): part is string => part !== null);
    return parts.length > 0 ? anchored(plan, `(?:${parts.join('|')})`) : null;
  };
  const leadingDigits = plan.leadingDigits();
  return {
    countryCode,
    callingCode,
    rank,
    shared,
    leadingDigitsPattern: shared && leadingDigits ? `^(?:${leadingDigits})` : null,
    mobilePattern: pattern(['MOBILE']),
    fixedLinePattern: pattern(['FIXED_LINE']),
    otherPattern: pattern(OTHER_TYPES),
  };
}

/** Every plan libphonenumber-js knows, by calling code then rank. */
export function phoneRules(): PhoneRule[] {
  const reader = new Metadata(metadata);
  const rules: PhoneRule[] = [];
  // Non-geographic plans (+800, +870…) have their own table in the metadata.
  const plans: Record<string, readonly string[]> = { ...metadata.country_calling_codes };
  for (const callingCode of Object.keys(metadata.nonGeographic))
    plans[callingCode] = [NON_GEOGRAPHIC];
  const callingCodes = Object.keys(plans).sort((a, b) => Number(a) - Number(b));
  for (const callingCode of callingCodes) {
    const regions = plans[callingCode]!;
    regions.forEach((region, rank) => {
      // selectNumberingPlan takes a calling code for a non-geographic plan (its typings do not say so).
      reader.selectNumberingPlan((region === NON_GEOGRAPHIC ? callingCode : region) as CountryCode);
      const plan = reader.numberingPlan as unknown as NumberingPlan;
      const countryCode = region === NON_GEOGRAPHIC ? null : region;
      rules.push(ruleOf(plan, countryCode, callingCode, rank, regions.length > 1));
    });
  }
  return rules;
}

function literal(value: string | null): string {
  return value === null ? 'null' : `'${value.replace(/'/g, "''")}'`;
}

/** The SQL that replaces the rules, for a migration. */
export function phoneRulesSql(rules: PhoneRule[] = phoneRules()): string {
  const values = rules.map(
    (rule) =>
      `  (${[
        literal(rule.countryCode),
        literal(rule.callingCode),
        String(rule.rank),
        String(rule.shared),
        literal(rule.leadingDigitsPattern),
        literal(rule.mobilePattern),
        literal(rule.fixedLinePattern),
        literal(rule.otherPattern),
      ].join(', ')})`,
  );
  return [
    `-- Generated from libphonenumber-js ${libphonenumberVersion} (metadata.max.json) by`,
    '-- `npx tsx scripts/phone-rules/generate.ts`: do not edit by hand.',
    'delete from private.phone_rules;',
    'insert into private.phone_rules (country_code, calling_code, rank, shared, leading_digits_pattern,',
    '                                 mobile_pattern, fixed_line_pattern, other_pattern) values',
    `${values.join(',\n')};`,
  ].join('\n');
}
