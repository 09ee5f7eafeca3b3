import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

// Numbers are stored in E.164 (+237671234567); people read them grouped the international way
// (+237 6 71 23 45 67). The same metadata as supabase/functions/_shared/phone.ts, so the page
// loads it once. Parsing is cached: a scrolled list asks for the same numbers again and again.

const cache = new Map<string, string>();
const cacheLimit = 2_000;

export function formatPhone(e164: string): string {
  const cached = cache.get(e164);
  if (cached !== undefined) return cached;
  const formatted = parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
  if (cache.size >= cacheLimit) cache.clear();
  cache.set(e164, formatted);
  return formatted;
}

/** The number's country (ISO code) as libphonenumber-js reads it, for contacts stored without one. */
export function phoneCountry(e164: string): string | null {
  return parsePhoneNumberFromString(e164)?.country ?? null;
}
