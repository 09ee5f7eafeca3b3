// Why a typed or imported number is refused, as a refusal code: the phone rules
// (supabase/functions/_shared/phone.ts) give their reason as a French sentence, which the import
// report, the contact form and the ops command read; this finds its code back, so that people
// read it in their language.
import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { french, refusalOfFrench, refusalText, type RowRefusal } from './import/messages';

const unnamedInvalid = refusalText({ code: 'invalid_number' }, french);

/**
 * The refusal behind `reason`, the sentence normalizePhone(`input`, `defaultCountry`) gave. A
 * number invalid for a country names that country by its code (phone.ts writes its French name).
 */
export function phoneRefusal(reason: string, input: string, defaultCountry: string): RowRefusal {
  const known = refusalOfFrench(reason);
  if (known && !(known.code === 'invalid_number' && known.values)) return known;
  if (reason === unnamedInvalid) return { code: 'invalid_number' };
  // « Numéro invalide pour le Cameroun », « Numéro invalide (Gabon) »: the country phone.ts read
  // the number as, found again (only for refused numbers).
  const country = isSupportedCountry(defaultCountry) ? defaultCountry : undefined;
  const digits = input.replace(/[^\d+]/g, '').replace(/^00(?=[1-9])/, '+');
  const region = parsePhoneNumberFromString(digits, country)?.country ?? country;
  return region ? { code: 'invalid_number', values: { region } } : { code: 'invalid_number' };
}
