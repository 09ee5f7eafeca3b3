// Phone numbers as people type them (spreadsheets, forms, provider ids) → E.164 numbers that can
// have WhatsApp. Pure: used by Edge Functions (Deno), the SPA and the ops scripts alike.
import {
  isSupportedCountry,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/max';

export type PhoneResult =
  { ok: true; phone: string; country: string | null } | { ok: false; reason: string };

// The database's import_contacts gives these reasons in the same words.
export const missingPhoneReason = 'Numéro manquant';
export const unknownCallingCodeReason = 'Indicatif international inconnu';
export const fixedLineReason = 'Numéro fixe : pas de WhatsApp';
export const specialNumberReason = 'Numéro spécial (vert, surtaxé…) : pas de WhatsApp';
const NOT_A_NUMBER = 'Ce n’est pas un numéro de téléphone';
const TOO_SHORT = 'Numéro trop court';
const TOO_LONG = 'Numéro trop long';
const NO_CALLING_CODE = 'Indicatif international manquant (ex. +237)';
const SCIENTIFIC =
  'Numéro abîmé par Excel (notation scientifique) : mettez la colonne au format Texte';

// "pour le Cameroun": French needs the article, so the countries people here meet most are named
// by hand; any other country falls back to its name in parentheses.
const countryWithArticle: Record<string, string> = {
  CM: 'le Cameroun',
  GA: 'le Gabon',
  CG: 'le Congo',
  CD: 'la RD Congo',
  TD: 'le Tchad',
  CF: 'la Centrafrique',
  GQ: 'la Guinée équatoriale',
  NG: 'le Nigeria',
  SN: 'le Sénégal',
  CI: 'la Côte d’Ivoire',
  BJ: 'le Bénin',
  TG: 'le Togo',
  ML: 'le Mali',
  BF: 'le Burkina Faso',
  NE: 'le Niger',
  FR: 'la France',
  BE: 'la Belgique',
  CH: 'la Suisse',
  CA: 'le Canada',
  US: 'les États-Unis',
  GB: 'le Royaume-Uni',
  DE: 'l’Allemagne',
  IT: 'l’Italie',
  ES: 'l’Espagne',
  CN: 'la Chine',
  MA: 'le Maroc',
};

function invalidFor(country: string | undefined): string {
  if (!country) return 'Numéro invalide';
  const named = countryWithArticle[country];
  if (named) return `Numéro invalide pour ${named}`;
  let name = country;
  try {
    name = new Intl.DisplayNames(['fr'], { type: 'region' }).of(country) ?? country;
  } catch {
    // An unknown region code: keep the code itself.
  }
  return `Numéro invalide (${name})`;
}

// Separators people and spreadsheets put inside numbers: spaces of every width, dashes, dots,
// slashes, parentheses, underscores.
const SEPARATORS = /[\s\u00a0\u2007\u202f\-\u2010-\u2015.·/\\()_]/g;

/**
 * Undoes what spreadsheets do to numbers: a leading apostrophe (Excel's "text" marker), a
 * trailing `.0` (a number cell exported as a float), and scientific notation when no digit was
 * lost (`2.37671234567E+11`). Returns null when Excel rounded the number away.
 */
function undoSpreadsheet(text: string): string | null {
  let value = text.replace(/^'+/, '');
  const float = /^(\+?\d+)[.,]0+$/.exec(value);
  if (float) value = float[1]!;
  const scientific = /^(\d)(?:[.,](\d+))?e\+?(\d{1,2})$/i.exec(value);
  if (scientific) {
    const fraction = scientific[2] ?? '';
    const exponent = Number(scientific[3]);
    // Fewer written digits than the exponent needs: Excel rounded the end of the number away.
    if (fraction.length !== exponent) return null;
    value = scientific[1]! + fraction;
  }
  return value;
}

type Attempt = { usable: true; phone: PhoneNumber } | { usable: false; phone?: PhoneNumber };

function attempt(text: string, country: CountryCode | undefined): Attempt {
  const phone = parsePhoneNumberFromString(text, { defaultCountry: country, extract: false });
  if (!phone || !phone.isValid()) return { usable: false, phone };
  const type = phone.getType();
  // `undefined` means the metadata cannot tell; the number is valid, so give it the benefit.
  if (type === undefined || type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE')
    return { usable: true, phone };
  return { usable: false, phone };
}

function success(phone: PhoneNumber): PhoneResult {
  return { ok: true, phone: phone.number, country: phone.country ?? null };
}

/** Why the first reading of a number failed, in French. */
function failure(text: string, country: CountryCode | undefined, first: Attempt): PhoneResult {
  if (first.phone?.isValid()) {
    const type = first.phone.getType();
    return { ok: false, reason: type === 'FIXED_LINE' ? fixedLineReason : specialNumberReason };
  }
  const length = validatePhoneNumberLength(text, country);
  if (length === 'TOO_SHORT') return { ok: false, reason: TOO_SHORT };
  if (length === 'TOO_LONG') return { ok: false, reason: TOO_LONG };
  if (length === 'INVALID_COUNTRY')
    return { ok: false, reason: text.startsWith('+') ? unknownCallingCodeReason : NO_CALLING_CODE };
  if (length === 'NOT_A_NUMBER') return { ok: false, reason: NOT_A_NUMBER };
  return { ok: false, reason: invalidFor(first.phone?.country ?? country) };
}

/**
 * Normalises a phone number to E.164 (`+237671234567`), reading national forms with
 * `defaultCountry` (ISO code, e.g. "CM"). Only numbers that can have WhatsApp (mobile, or
 * fixed-or-mobile where the plan does not tell) are accepted; otherwise a French reason.
 */
export function normalizePhone(input: string, defaultCountry: string): PhoneResult {
  const trimmed = (input ?? '').trim().replace(/^(whatsapp|tel|wa)\s*:\s*/i, '');
  if (trimmed === '') return { ok: false, reason: missingPhoneReason };
  const country = isSupportedCountry(defaultCountry) ? defaultCountry : undefined;

  // "(0)" after a calling code is the trunk prefix people add out of habit (+33 (0)6…).
  const withoutTrunkNote = /^(\+|00)/.test(trimmed) ? trimmed.replace(/\(0\)/g, '') : trimmed;
  // Spreadsheet artefacts first: their dots and commas are not separators.
  const undone = undoSpreadsheet(withoutTrunkNote.replace(/\s+/g, ''));
  if (undone === null) return { ok: false, reason: SCIENTIFIC };
  const text = undone
    .replace(SEPARATORS, '')
    .replace(/^\++/, '+')
    .replace(/^00(?=[1-9])/, '+');
  if (!/^\+?\d+$/.test(text)) return { ok: false, reason: NOT_A_NUMBER };

  const first = attempt(text, country);
  if (first.usable) return success(first.phone);
  // A valid number of a kind WhatsApp does not serve: no other reading will do better.
  if (first.phone?.isValid()) return failure(text, country, first);

  const digits = text.replace(/^\+/, '');
  const retries: string[] = [];
  if (text.startsWith('+')) {
    // "+237 0671…": a national 0 kept after the calling code.
    const calling = first.phone?.countryCallingCode;
    if (calling && digits.startsWith(`${calling}0`))
      retries.push(`+${calling}${digits.slice(calling.length + 1)}`);
  } else {
    // Digits with the calling code but no "+" (WhatsApp ids, spreadsheets): 237671234567.
    if (/^[1-9]\d{9,14}$/.test(digits)) retries.push(`+${digits}`);
    // A number cell lost its leading 0 (Congo 06…, Gabon 07…), or a 0 was added out of habit.
    if (!digits.startsWith('0')) retries.push(`0${digits}`);
    else retries.push(digits.slice(1));
  }
  for (const retry of retries) {
    const next = attempt(retry, retry.startsWith('+') ? undefined : country);
    if (next.usable) return success(next.phone);
  }
  return failure(text, country, first);
}
