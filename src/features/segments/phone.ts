import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** +237690000001 → « +237 6 90 00 00 01 », as people read numbers; unknown forms as stored. */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
