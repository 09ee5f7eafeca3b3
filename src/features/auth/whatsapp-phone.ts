import { t } from '@lingui/core/macro';
import { normalizePhone } from '@shared/phone.ts';
import { z } from 'zod';
import { refusalText } from '../../domain/contacts/import/messages';
import { phoneRefusal } from '../../domain/contacts/phone-refusal';
import { countries, defaultCountryCode, findCountry } from '../../domain/geography/countries';

// The WhatsApp number of the sign-in and of the profile's link: typed as people write it (national
// or international), read as the contact forms read numbers (supabase/functions/_shared/phone.ts),
// sent to Auth in E.164.

/**
 * The country a number typed without its calling code is read as from, when the person has not
 * chosen one: where the device is (its time zone: a phone bought in Paris and used in Douala says
 * fr-FR but Africa/Douala), else the region of its languages (fr-CM), when WCAP offers that
 * country; else Cameroon.
 */
export function defaultPhoneCountry(
  timeZone: string | undefined,
  languages: readonly string[],
): string {
  const byTimeZone = countries.find((country) => country.timeZone === timeZone);
  if (byTimeZone) return byTimeZone.code;
  for (const tag of languages) {
    let region: string | undefined;
    try {
      region = new Intl.Locale(tag).region;
    } catch {
      // A malformed language tag says nothing.
    }
    if (region && findCountry(region)) return region.toUpperCase();
  }
  return defaultCountryCode;
}

/** defaultPhoneCountry for this browser. */
export function browserPhoneCountry(): string {
  let timeZone: string | undefined;
  try {
    timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    // No time zone: the languages decide.
  }
  return defaultPhoneCountry(timeZone, globalThis.navigator?.languages ?? []);
}

/**
 * The number typed with the country chosen beside it, as E.164; the reason it is refused is
 * said on the number, in the active language.
 */
export const whatsAppPhoneSchema = z
  .object({ country: z.string(), number: z.string() })
  .transform(({ country, number }, context) => {
    if (number.trim() === '') {
      context.addIssue({ code: 'custom', path: ['number'], message: t`Numéro WhatsApp requis` });
      return z.NEVER;
    }
    const result = normalizePhone(number, country);
    if (!result.ok) {
      const message = refusalText(phoneRefusal(result.reason, number, country));
      context.addIssue({ code: 'custom', path: ['number'], message });
      return z.NEVER;
    }
    return { phone: result.phone, country, number };
  });

export type WhatsAppPhoneInput = z.input<typeof whatsAppPhoneSchema>;
export type WhatsAppPhone = z.output<typeof whatsAppPhoneSchema>;

/**
 * The number of a sign-in link (`/connexion?whatsapp=+237…`) and its country; null when it is not
 * a number WhatsApp can serve. An unencoded « + » reaches the page as a space: digits alone are
 * read as international.
 */
export function phoneFromLink(
  value: string,
  fallbackCountry: string,
): { phone: string; country: string } | null {
  const text = value.trim();
  const result = normalizePhone(/^\d+$/.test(text) ? `+${text}` : text, fallbackCountry);
  if (!result.ok) return null;
  return { phone: result.phone, country: result.country ?? fallbackCountry };
}
