// The countries offered for numbers written without their international prefix: those of WCAP's
// organisations first (Central Africa), then neighbours and the diaspora's usual countries.

export interface PhoneCountry {
  code: string;
  name: string;
  dialCode: string;
}

export const phoneCountries: readonly PhoneCountry[] = [
  { code: 'CM', name: 'Cameroun', dialCode: '+237' },
  { code: 'GA', name: 'Gabon', dialCode: '+241' },
  { code: 'CG', name: 'Congo', dialCode: '+242' },
  { code: 'TD', name: 'Tchad', dialCode: '+235' },
  { code: 'CF', name: 'République centrafricaine', dialCode: '+236' },
  { code: 'GQ', name: 'Guinée équatoriale', dialCode: '+240' },
  { code: 'CD', name: 'République démocratique du Congo', dialCode: '+243' },
  { code: 'NG', name: 'Nigeria', dialCode: '+234' },
  { code: 'SN', name: 'Sénégal', dialCode: '+221' },
  { code: 'CI', name: 'Côte d’Ivoire', dialCode: '+225' },
  { code: 'FR', name: 'France', dialCode: '+33' },
  { code: 'BE', name: 'Belgique', dialCode: '+32' },
];

/** The list with `code` in it, so an organisation's own country is always offered. */
export function phoneCountryOptions(code: string): readonly PhoneCountry[] {
  if (phoneCountries.some((country) => country.code === code)) return phoneCountries;
  let name = code;
  try {
    name = new Intl.DisplayNames(['fr'], { type: 'region' }).of(code) ?? code;
  } catch {
    // An unknown code is shown as it is.
  }
  return [{ code, name, dialCode: '' }, ...phoneCountries];
}

/** « Cameroun (+237) ». */
export function phoneCountryLabel(country: PhoneCountry): string {
  return country.dialCode ? `${country.name} (${country.dialCode})` : country.name;
}
