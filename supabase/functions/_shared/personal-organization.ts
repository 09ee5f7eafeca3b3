import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { serviceDatabase } from './database.ts';

/** The platform's home: the country of a number whose plan names none (+800…, +882…). */
const DEFAULT_COUNTRY = 'CM';

/**
 * A number as people read it (`+237 6 90 12 34 56`) and the country it belongs to: what a personal
 * organisation's name and country come from.
 */
export function numberIdentity(phone: string): { label: string; country: string } {
  const parsed = parsePhoneNumberFromString(phone);
  return {
    label: parsed?.formatInternational() ?? phone,
    country: parsed?.country ?? DEFAULT_COUNTRY,
  };
}

/**
 * Makes sure the person behind `phone` belongs to an organisation, so that they have a wallet: if
 * they belong to none, private.ensure_personal_organization creates their personal one (the
 * app's own creation path, welcome credits included). Answers the organisation and whether it
 * was created now.
 */
export async function ensurePersonalOrganization(
  userId: string,
  phone: string,
): Promise<{ organizationId: string; created: boolean }> {
  const { label, country } = numberIdentity(phone);
  const [row] = await serviceDatabase()<{ organization_id: string; created: boolean }[]>`
    select organization_id, created
    from private.ensure_personal_organization(${userId}, ${label}, ${country})`;
  return { organizationId: row!.organization_id, created: row!.created };
}
