import { intlLocale } from '../../lib/format';

// The countries WCAP offers: those of its organisations first (Central Africa), then neighbours
// and the diaspora's usual countries. An organisation is based in one of them, a segment can pick
// contacts by them, and an import reads numbers written without their prefix as from one of them.
// The time zone mirrors the database's private.time_zone_of_country, which create_organization
// uses; the preview shows the same result.

export type Country = {
  code: string;
  /** The country's name in the active language (« Cameroun » / « Cameroon »). */
  readonly name: string;
  dialCode: string;
  timeZone: string;
  /** Member of the CEMAC (Central African Economic and Monetary Community, XAF). */
  cemac: boolean;
};

/** A country whose name is read in the active language each time it is shown. */
function country(code: string, dialCode: string, timeZone: string, cemac: boolean): Country {
  return {
    code,
    get name() {
      return regionName(code);
    },
    dialCode,
    timeZone,
    cemac,
  };
}

// IANA time zone identifiers are codes, never shown as they are (formatTimeZone names them).
/* eslint-disable lingui/no-unlocalized-strings -- IANA time zone identifiers, not text for people */
export const countries: readonly Country[] = [
  country('CM', '+237', 'Africa/Douala', true),
  country('GA', '+241', 'Africa/Libreville', true),
  country('CG', '+242', 'Africa/Brazzaville', true),
  country('TD', '+235', 'Africa/Ndjamena', true),
  country('CF', '+236', 'Africa/Bangui', true),
  country('GQ', '+240', 'Africa/Malabo', true),
  country('CD', '+243', 'Africa/Kinshasa', false),
  country('NG', '+234', 'Africa/Lagos', false),
  country('SN', '+221', 'Africa/Dakar', false),
  country('CI', '+225', 'Africa/Abidjan', false),
  country('FR', '+33', 'Europe/Paris', false),
  country('BE', '+32', 'Europe/Brussels', false),
];

export const countryCodes = countries.map((country) => country.code) as [string, ...string[]];

export const defaultCountryCode = 'CM';
const fallbackTimeZone = 'Africa/Douala';
/* eslint-enable lingui/no-unlocalized-strings */

export function findCountry(code: string): Country | undefined {
  return countries.find((country) => country.code === code.toUpperCase());
}

/** « Cameroun », or the code itself for a country outside the list. */
export function countryName(code: string): string {
  return findCountry(code)?.name ?? code;
}

/** « Cameroun (+237) ». */
export function phoneCountryLabel(code: string): string {
  const country = findCountry(code);
  return country ? `${country.name} (${country.dialCode})` : code;
}

const regionNames = new Map<string, Intl.DisplayNames>();

/**
 * The name of any region in the active language (« Allemagne » / « Germany » for DE), from the
 * browser's own list; the code when it has none.
 */
export function regionName(code: string): string {
  const locale = intlLocale();
  try {
    let names = regionNames.get(locale);
    if (!names) {
      names = new Intl.DisplayNames([locale], { type: 'region' });
      regionNames.set(locale, names);
    }
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    // An unknown region code is shown as it is.
    return code;
  }
}

/**
 * The countries to read numbers written without a prefix as from, with `code` first when the list
 * lacks it, so that an organisation's own country is always offered.
 */
export function phoneCountryOptions(code: string): { code: string; label: string }[] {
  const options = countries.map((country) => ({
    code: country.code,
    label: phoneCountryLabel(country.code),
  }));
  if (countries.some((country) => country.code === code)) return options;
  return [{ code, label: regionName(code) }, ...options];
}

/** What create_organization derives from the country: the phone country and the time zone. */
export function derivedFromCountry(code: string): { phoneCountry: string; timeZone: string } {
  const country = findCountry(code);
  return {
    phoneCountry: code.toUpperCase(),
    timeZone: country?.timeZone ?? fallbackTimeZone,
  };
}

/** The time zones offered in the settings, with `current` kept when it is another one. */
export function timeZoneOptions(current?: string): string[] {
  const zones = [...new Set(countries.map((country) => country.timeZone))];
  if (current && !zones.includes(current)) zones.push(current);
  return zones;
}
