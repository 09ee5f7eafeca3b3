// The countries WCAP offers: those of its organisations first (Central Africa), then neighbours
// and the diaspora's usual countries. An organisation is based in one of them, a segment can pick
// contacts by them, and an import reads numbers written without their prefix as from one of them.
// The time zone mirrors the database's private.time_zone_of_country, which create_organization
// uses; the preview shows the same result.

export type Country = {
  code: string;
  name: string;
  dialCode: string;
  timeZone: string;
  /** Member of the CEMAC (Central African Economic and Monetary Community, XAF). */
  cemac: boolean;
};

export const countries: readonly Country[] = [
  { code: 'CM', name: 'Cameroun', dialCode: '+237', timeZone: 'Africa/Douala', cemac: true },
  { code: 'GA', name: 'Gabon', dialCode: '+241', timeZone: 'Africa/Libreville', cemac: true },
  { code: 'CG', name: 'Congo', dialCode: '+242', timeZone: 'Africa/Brazzaville', cemac: true },
  { code: 'TD', name: 'Tchad', dialCode: '+235', timeZone: 'Africa/Ndjamena', cemac: true },
  {
    code: 'CF',
    name: 'République centrafricaine',
    dialCode: '+236',
    timeZone: 'Africa/Bangui',
    cemac: true,
  },
  {
    code: 'GQ',
    name: 'Guinée équatoriale',
    dialCode: '+240',
    timeZone: 'Africa/Malabo',
    cemac: true,
  },
  {
    code: 'CD',
    name: 'République démocratique du Congo',
    dialCode: '+243',
    timeZone: 'Africa/Kinshasa',
    cemac: false,
  },
  { code: 'NG', name: 'Nigeria', dialCode: '+234', timeZone: 'Africa/Lagos', cemac: false },
  { code: 'SN', name: 'Sénégal', dialCode: '+221', timeZone: 'Africa/Dakar', cemac: false },
  { code: 'CI', name: 'Côte d’Ivoire', dialCode: '+225', timeZone: 'Africa/Abidjan', cemac: false },
  { code: 'FR', name: 'France', dialCode: '+33', timeZone: 'Europe/Paris', cemac: false },
  { code: 'BE', name: 'Belgique', dialCode: '+32', timeZone: 'Europe/Brussels', cemac: false },
];

export const countryCodes = countries.map((country) => country.code) as [string, ...string[]];

export const defaultCountryCode = 'CM';
const fallbackTimeZone = 'Africa/Douala';

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

/** The browser's French name of any region (« Allemagne » for DE); the code when it has none. */
export function regionName(code: string): string {
  try {
    return new Intl.DisplayNames(['fr'], { type: 'region' }).of(code) ?? code;
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
