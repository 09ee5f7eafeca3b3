import type { WatiAddContactRequest, WatiParam } from '../wati/requests.ts';

/** A contact as claimed for a push to Wati (see private.claim_contacts_for_wati). */
export interface ClaimedContact {
  id: string;
  /** E.164. */
  phone: string;
  name: string | null;
  email: string | null;
  tags: string[];
  attributes: Record<string, unknown>;
  /** Already created at Wati by an earlier push. */
  known: boolean;
  /** Failed pushes since the last change. */
  attempts: number;
  /** The end of this claim's lease: it identifies the claim when the outcome is reported. */
  lease_until: Date;
}

// Contact fields WCAP sends under these names; an attribute with the same name would contradict them.
const FIELD_PARAMS = new Set(['name', 'email', 'tags']);

/** Wati's numbers: the E.164 digits without `+`. */
export function watiNumber(phone: string): string {
  return phone.replace(/^\+/, '');
}

function attributeText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * Attributes, tags and e-mail as Wati custom parameters. Tags are one comma-separated parameter
 * (Wati has no tag field). An update also sends empty values, so that an e-mail or the last tag
 * removed in WCAP is cleared at Wati too; a creation leaves them out.
 */
export function customParams(contact: ClaimedContact, forUpdate: boolean): WatiParam[] {
  const params: WatiParam[] = [];
  for (const [key, value] of Object.entries(contact.attributes ?? {})) {
    const name = key.trim();
    const text = attributeText(value);
    if (name === '' || FIELD_PARAMS.has(name.toLowerCase()) || text === null) continue;
    params.push({ name, value: text });
  }
  const tags = [...contact.tags].sort((a, b) => a.localeCompare(b, 'fr')).join(', ');
  const email = contact.email ?? '';
  if (forUpdate || tags !== '') params.push({ name: 'tags', value: tags });
  if (forUpdate || email !== '') params.push({ name: 'email', value: email });
  return params;
}

/** `POST /contacts`: Wati requires a name; a contact without one is shown by its number. */
export function addContactRequest(contact: ClaimedContact): WatiAddContactRequest {
  return {
    whatsapp_number: watiNumber(contact.phone),
    name: contact.name?.trim() || contact.phone,
    custom_params: customParams(contact, false),
  };
}

/** One entry of `PUT /contacts` (Wati's V3 update takes custom parameters only, not the name). */
export function updateEntry(contact: ClaimedContact): {
  target: string;
  customParams: WatiParam[];
} {
  return { target: watiNumber(contact.phone), customParams: customParams(contact, true) };
}
