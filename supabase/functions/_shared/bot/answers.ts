import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { z } from 'zod';
import { ATTRIBUTE_VALUE_MAX_LENGTH } from '../limits.ts';
import type { NodeOf } from './flow.ts';
import { charCount, normalizeText, words } from './text.ts';
import { compilePattern } from './validate.ts';

// The answer to an ask node, read the way people type it on WhatsApp and saved in one form:
// numbers with a decimal point, dates as ISO dates, phone numbers in E.164, yes/no as YES_ANSWER
// or NO_ANSWER whatever the words (« ouais », « yes », « nan »…).

export type AnswerType = NodeOf<'ask'>['data']['answerType'];
export type AnswerReading = { ok: true; value: string } | { ok: false };

/** What a yes or a no is saved as, whatever the contact wrote. */
export const YES_ANSWER = 'oui';
export const NO_ANSWER = 'non';

const refused: AnswerReading = { ok: false };

/**
 * A number as people write it: « 12 », « -3 », « 12,5 » or « 12.5 », « 1 500 » (French groups
 * thousands with spaces). Null when it is not one.
 */
export function parseNumber(text: string): number | null {
  const compact = text.trim().replace(/(?<=\d)[\s\u00a0\u202f](?=\d{3}(?:\D|$))/g, '');
  if (!/^[+-]?\d+(?:[.,]\d+)?$/.test(compact)) return null;
  const value = Number(compact.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return null;
  return date.toISOString().slice(0, 10);
}

/** « 25/12/2026 », « 25-12-2026 », « 25.12.2026 » or « 2026-12-25 » → 2026-12-25. */
export function parseDate(text: string): string | null {
  const value = text.trim();
  const french = /^(\d{1,2})[/.\s-](\d{1,2})[/.\s-](\d{4})$/.exec(value);
  if (french) return isoDate(Number(french[3]), Number(french[2]), Number(french[1]));
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(value);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return null;
}

const email = z.email();

/** The contact's own country (from their number), to read a number given without its code. */
function countryOf(contactPhone: string): CountryCode | undefined {
  return parsePhoneNumberFromString(contactPhone)?.country;
}

/** A phone number in E.164, read with the contact's country when it has no calling code. */
export function parsePhone(text: string, contactPhone: string): string | null {
  const phone = parsePhoneNumberFromString(text, { defaultCountry: countryOf(contactPhone) });
  return phone?.isValid() ? phone.number : null;
}

// Normalised words, longest phrases first so that « pas d accord » is read before « d accord ».
const YES_PHRASES = [
  'oui',
  'ouais',
  'ouai',
  'ouaip',
  'wi',
  'ui',
  'yes',
  'yeah',
  'yep',
  'yup',
  'y',
  'o',
  'ok',
  'okay',
  'oki',
  'okey',
  'dac',
  'daccord',
  'd accord',
  'bien sur',
  'exactement',
  'exact',
  'affirmatif',
  'absolument',
  'certainement',
  'volontiers',
  'sure',
  'of course',
  'correct',
];
const NO_PHRASES = [
  'non',
  'nan',
  'nn',
  'no',
  'nope',
  'nah',
  'n',
  'jamais',
  'pas du tout',
  'pas d accord',
  'pas ok',
  'negatif',
  'not really',
  'never',
];
const PHRASES = [
  ...YES_PHRASES.map((phrase) => ({ words: words(phrase), yes: true })),
  ...NO_PHRASES.map((phrase) => ({ words: words(phrase), yes: false })),
].sort((a, b) => b.words.length - a.words.length);

/** Beyond this many words a reply is a sentence, not a yes or a no. */
const YES_NO_MAX_WORDS = 8;

/** true for a yes, false for a no, null when the reply says neither or both. */
export function parseYesNo(text: string): boolean | null {
  const tokens = words(normalizeText(text));
  if (tokens.length === 0 || tokens.length > YES_NO_MAX_WORDS) return null;
  const said = new Set<boolean>();
  for (let at = 0; at < tokens.length;) {
    const phrase = PHRASES.find((candidate) =>
      candidate.words.every((word, offset) => tokens[at + offset] === word),
    );
    if (phrase) said.add(phrase.yes);
    at += phrase ? phrase.words.length : 1;
  }
  return said.size === 1 ? said.has(true) : null;
}

/**
 * Reads an answer of `type`; `pattern` (text answers) is a regular expression it must match.
 * The value is saved in a contact attribute or a variable, so no longer than an attribute's value.
 */
export function readAnswer(
  type: AnswerType,
  text: string,
  options: { pattern: string; contactPhone: string },
): AnswerReading {
  const value = text.trim();
  if (value === '' || charCount(value) > ATTRIBUTE_VALUE_MAX_LENGTH) return refused;
  const accepted = (saved: string | null): AnswerReading =>
    saved === null ? refused : { ok: true, value: saved };
  switch (type) {
    case 'text': {
      const pattern = options.pattern === '' ? null : compilePattern(options.pattern);
      return pattern && !pattern.test(value) ? refused : accepted(value);
    }
    case 'number': {
      const number = parseNumber(value);
      return accepted(number === null ? null : String(number));
    }
    case 'date':
      return accepted(parseDate(value));
    case 'email':
      return accepted(email.safeParse(value).success ? value : null);
    case 'phone':
      return accepted(parsePhone(value, options.contactPhone));
    case 'yes_no': {
      const yes = parseYesNo(value);
      return accepted(yes === null ? null : yes ? YES_ANSWER : NO_ANSWER);
    }
  }
}
