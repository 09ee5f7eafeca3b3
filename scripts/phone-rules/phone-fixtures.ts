// One list of numbers in E.164 that the import pipeline (supabase/functions/_shared/phone.ts, in
// phone-rules.test.ts) and the database's import_contacts (phone-rules.int.test.ts) must judge
// alike: the countries WCAP serves with a mobile, a landline and a special number each, numbers
// of shared calling codes, and numbers no country has.
import { getCountryCallingCode, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/examples.mobile.json';

export type PhoneVerdict =
  | { whatsapp: true; country: string | null }
  | { whatsapp: false; why: 'fixed line' | 'special' | 'unknown calling code' | 'invalid' };

export interface PhoneFixture {
  name: string;
  phone: string;
  verdict: PhoneVerdict;
}

const mobile = (country: string | null): PhoneVerdict => ({ whatsapp: true, country });
const fixedLine: PhoneVerdict = { whatsapp: false, why: 'fixed line' };
const special: PhoneVerdict = { whatsapp: false, why: 'special' };
const invalid: PhoneVerdict = { whatsapp: false, why: 'invalid' };

export const phoneFixtures: readonly PhoneFixture[] = [
  { name: 'Cameroon, MTN', phone: '+237671234567', verdict: mobile('CM') },
  { name: 'Cameroon, Orange', phone: '+237655123456', verdict: mobile('CM') },
  { name: 'Cameroon, 242', phone: '+237242123456', verdict: mobile('CM') },
  { name: 'Cameroon, landline', phone: '+237222123456', verdict: fixedLine },
  { name: 'Cameroon, toll-free', phone: '+23788123456', verdict: special },
  { name: 'Cameroon, no such range', phone: '+237612345678', verdict: invalid },
  { name: 'Gabon, 06', phone: '+24106031234', verdict: mobile('GA') },
  { name: 'Gabon, Airtel', phone: '+24174123456', verdict: mobile('GA') },
  { name: 'Gabon, landline', phone: '+24101123456', verdict: fixedLine },
  { name: 'Congo, MTN', phone: '+242061234567', verdict: mobile('CG') },
  { name: 'Congo, landline', phone: '+242222123456', verdict: fixedLine },
  { name: 'Congo, premium rate', phone: '+242800123456', verdict: special },
  { name: 'Chad', phone: '+23563012345', verdict: mobile('TD') },
  { name: 'Chad, landline', phone: '+23522501234', verdict: fixedLine },
  { name: 'Central African Republic', phone: '+23670012345', verdict: mobile('CF') },
  { name: 'Central African Republic, landline', phone: '+23621612345', verdict: fixedLine },
  { name: 'Central African Republic, premium rate', phone: '+23687761234', verdict: special },
  { name: 'Equatorial Guinea', phone: '+240222123456', verdict: mobile('GQ') },
  { name: 'Equatorial Guinea, landline', phone: '+240335146789', verdict: fixedLine },
  { name: 'Equatorial Guinea, toll-free', phone: '+240800123456', verdict: special },
  { name: 'DR Congo', phone: '+243991234567', verdict: mobile('CD') },
  { name: 'DR Congo, landline', phone: '+2431234567', verdict: fixedLine },
  { name: 'Nigeria', phone: '+2348021234567', verdict: mobile('NG') },
  { name: 'Nigeria, landline', phone: '+2342012345678', verdict: fixedLine },
  { name: 'Senegal', phone: '+221701234567', verdict: mobile('SN') },
  { name: 'Senegal, landline', phone: '+221301234567', verdict: fixedLine },
  { name: 'Senegal, VoIP', phone: '+221391234567', verdict: special },
  { name: 'Côte d’Ivoire', phone: '+2250123456789', verdict: mobile('CI') },
  { name: 'Côte d’Ivoire, landline', phone: '+2252123456789', verdict: fixedLine },
  { name: 'France', phone: '+33612345678', verdict: mobile('FR') },
  { name: 'France, landline', phone: '+33123456789', verdict: fixedLine },
  { name: 'France, premium rate', phone: '+33899123456', verdict: special },
  { name: 'France, toll-free', phone: '+33800123456', verdict: special },
  { name: 'France, national 0 kept', phone: '+33012345678', verdict: invalid },
  { name: 'Belgium', phone: '+32470123456', verdict: mobile('BE') },
  { name: 'Belgium, landline', phone: '+3222123456', verdict: fixedLine },
  // Shared calling codes: the plan that claims the number gives its country.
  { name: 'United States (fixed or mobile)', phone: '+12015550123', verdict: mobile('US') },
  { name: 'Canada (fixed or mobile)', phone: '+16135550123', verdict: mobile('CA') },
  { name: 'Anguilla, +1 264', phone: '+12642351234', verdict: mobile('AI') },
  { name: 'Kazakhstan, +7 7', phone: '+77011234567', verdict: mobile('KZ') },
  { name: 'Russia', phone: '+79123456789', verdict: mobile('RU') },
  { name: 'United Kingdom', phone: '+447400123456', verdict: mobile('GB') },
  { name: 'Jersey, +44', phone: '+447797123456', verdict: mobile('JE') },
  { name: 'Isle of Man, +44', phone: '+447624123456', verdict: mobile('IM') },
  { name: 'Réunion', phone: '+262692123456', verdict: mobile('RE') },
  { name: 'Mayotte, landline', phone: '+262269612345', verdict: fixedLine },
  { name: 'Guadeloupe', phone: '+590690123456', verdict: mobile('GP') },
  { name: 'Italy', phone: '+393123456789', verdict: mobile('IT') },
  { name: 'Vatican, +39', phone: '+3906698123456', verdict: fixedLine },
  // Non-geographic plans.
  { name: 'Inmarsat, no country', phone: '+870773111632', verdict: mobile(null) },
  { name: 'International toll-free', phone: '+80012345678', verdict: special },
  {
    name: 'Unassigned calling code',
    phone: '+99912345678',
    verdict: { whatsapp: false, why: 'unknown calling code' },
  },
];

/**
 * For every country libphonenumber-js has an example mobile for: the example, the nine numbers
 * that differ from it by their first national digit, and the example a digit shorter and longer.
 * Mobiles, landlines, special numbers and numbers of no type of every plan, for the pipeline and
 * the database to judge alike.
 */
export function numbersAroundExamples(): string[] {
  const numbers: string[] = [];
  for (const [country, national] of Object.entries(examples) as [CountryCode, string][]) {
    const prefix = `+${getCountryCallingCode(country)}`;
    for (let digit = 0; digit <= 9; digit += 1)
      numbers.push(`${prefix}${digit}${national.slice(1)}`);
    numbers.push(`${prefix}${national.slice(0, -1)}`, `${prefix}${national}5`);
  }
  return [...new Set(numbers)];
}
