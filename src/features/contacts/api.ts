import { t } from '@lingui/core/macro';
import { assertChanged, UserFacingError } from '../../lib/errors';
import { supabase } from '../../lib/supabase';
import type { ContactValues } from './contact-form';
import type { Contact } from './contact-query';
import type { OptInStatus } from './contact-labels';

// A contact's own reads and writes (the profile page and the add/edit form). The list's queries
// live in contact-query.ts.

/** null when the contact does not exist in this organisation (or the caller may not see it). */
export async function fetchContact(
  organizationId: string,
  contactId: string,
): Promise<Contact | null> {
  const { data, error } = await supabase
    .from('contacts')
    .select('*')
    .eq('organization_id', organizationId)
    .eq('id', contactId)
    .maybeSingle();
  if (error) throw error;
  return data;
}

/** The number is already a contact of the organisation (unique organisation + phone). */
export class DuplicatePhoneError extends UserFacingError {
  constructor(readonly existingContactId: string | null) {
    super(t`Ce numéro existe déjà.`);
    this.name = 'DuplicatePhoneError';
  }
}

async function contactIdByPhone(organizationId: string, phone: string): Promise<string | null> {
  const { data } = await supabase
    .from('contacts')
    .select('id')
    .eq('organization_id', organizationId)
    .eq('phone', phone)
    .maybeSingle();
  return data?.id ?? null;
}

/** Turns Postgres' unique violation on the number into a DuplicatePhoneError naming the contact. */
async function explainDuplicate(
  error: { code?: string },
  organizationId: string,
  phone: string,
): Promise<unknown> {
  if (error.code !== '23505') return error;
  return new DuplicatePhoneError(await contactIdByPhone(organizationId, phone));
}

/** Adds a contact by hand (agents and above); its consent comes from this manual entry. */
export async function createContact(
  organizationId: string,
  values: ContactValues,
): Promise<string> {
  const { data, error } = await supabase
    .from('contacts')
    .insert({
      organization_id: organizationId,
      ...values,
      opt_in_status: 'opted_in',
      opt_in_source: 'manual',
    })
    .select('id')
    .single();
  if (error) throw await explainDuplicate(error, organizationId, values.phone);
  return data.id;
}

export async function updateContact(
  organizationId: string,
  contactId: string,
  values: Partial<ContactValues>,
): Promise<void> {
  const result = await supabase
    .from('contacts')
    .update(values, { count: 'exact' })
    .eq('organization_id', organizationId)
    .eq('id', contactId);
  if (result.error && values.phone)
    throw await explainDuplicate(result.error, organizationId, values.phone);
  assertChanged(result);
}

/** Opts a contact out by hand (agents and above); the database records who, when and from where. */
export async function optOutContact(organizationId: string, contactId: string): Promise<void> {
  const status: OptInStatus = 'opted_out';
  assertChanged(
    await supabase
      .from('contacts')
      .update({ opt_in_status: status, opt_in_source: 'manual' }, { count: 'exact' })
      .eq('organization_id', organizationId)
      .eq('id', contactId),
  );
}

export type Resubscription = {
  /** Why the contact receives campaigns again (« a redemandé les rappels au guichet »). */
  reason: string;
  /** The proof of the contact's consent (« formulaire papier signé le 3 mars »). */
  proof: string;
};

/**
 * Re-subscribes a contact who opted out (owners and admins): resubscribe_contact keeps the reason
 * and the proof of consent in the consent history, beside who did it and when.
 */
export async function resubscribeContact(
  contactId: string,
  { reason, proof }: Resubscription,
): Promise<void> {
  const { error } = await supabase.rpc('resubscribe_contact', {
    contact_id: contactId,
    reason: reason.trim(),
    proof: proof.trim(),
  });
  if (error) throw error;
}

export async function deleteContact(organizationId: string, contactId: string): Promise<void> {
  assertChanged(
    await supabase
      .from('contacts')
      .delete({ count: 'exact' })
      .eq('organization_id', organizationId)
      .eq('id', contactId),
    t`Ce contact n’existe plus, ou votre rôle ne permet pas de le supprimer.`,
  );
}

export type ConsentEvent = {
  id: number;
  status: OptInStatus;
  source: string;
  createdAt: string;
  /** For a re-subscription: why, and the proof of consent the admin gave. */
  reason: string | null;
  proof: string | null;
  /** The member who made the change, when known and still readable; null for the system. */
  changedBy: { name: string } | { unknown: true } | null;
};

/** Every change of the contact's consent, newest first, with who made it. */
export async function fetchConsentHistory(
  organizationId: string,
  contactId: string,
): Promise<ConsentEvent[]> {
  const { data, error } = await supabase
    .from('contact_consent_events')
    .select('id, status, source, changed_by, created_at, reason, proof')
    .eq('organization_id', organizationId)
    .eq('contact_id', contactId)
    .order('created_at', { ascending: false })
    .order('id', { ascending: false });
  if (error) throw error;

  // changed_by points at auth.users, not profiles, so the names come in a second read; row-level
  // security shows the profiles of teammates only (someone who left shows as a former member).
  const userIds = [...new Set(data.flatMap((event) => event.changed_by ?? []))];
  const names = new Map<string, string>();
  if (userIds.length > 0) {
    const profiles = await supabase
      .from('profiles')
      .select('id, full_name, email')
      .in('id', userIds);
    if (profiles.error) throw profiles.error;
    for (const profile of profiles.data)
      names.set(profile.id, profile.full_name?.trim() || profile.email || t`Membre de l’équipe`);
  }
  return data.map((event) => ({
    id: event.id,
    status: event.status,
    source: event.source,
    createdAt: event.created_at,
    reason: event.reason,
    proof: event.proof,
    changedBy: event.changed_by
      ? names.has(event.changed_by)
        ? { name: names.get(event.changed_by)! }
        : { unknown: true }
      : null,
  }));
}

/** Puts failed contacts back in the Wati sync queue (admins); returns how many were failed. */
export async function retryContactSync(
  organizationId: string,
  contactIds: string[],
): Promise<number> {
  const { data, error } = await supabase.rpc('retry_contact_sync', {
    organization_id: organizationId,
    contact_ids: contactIds,
  });
  if (error) throw error;
  return data;
}
