import { serviceDatabase } from '../database.ts';
import type { ClaimedContact } from './wati-contact.ts';

/** Calls Wati allows on its contact endpoints per 10 s, on every plan (reference §10.1). */
export const CONTACT_CALLS_PER_WINDOW = 10;

/** The outcome of one claimed contact (see private.finish_contacts_wati_sync). */
export interface ContactOutcome {
  id: string;
  lease_until: string;
  outcome: 'synced' | 'failed' | 'pending';
  error?: string | null;
  retry_in_seconds?: number | null;
  /** Wati no longer knows the contact: it will be created again. */
  forget?: boolean;
}

/** Organisations with due contacts and a Wati to push them to, least recently served first. */
export async function organizationsToSync(
  sandboxAvailable: boolean,
  limit: number,
): Promise<string[]> {
  const rows = await serviceDatabase()<{ id: string }[]>`
    select id from private.organizations_to_sync_with_wati(${sandboxAvailable}, ${limit}) as id`;
  return rows.map((row) => row.id);
}

/** Takes the organisation's run lease; the calls Wati allows now (0: skip it this time). */
export async function beginRun(organizationId: string): Promise<number> {
  const [row] = await serviceDatabase()<{ available: number }[]>`
    select private.begin_wati_contact_sync(${organizationId}, ${CONTACT_CALLS_PER_WINDOW}) as available`;
  return row?.available ?? 0;
}

/** Records when the run's calls ended, blocks the organisation if asked, frees the lease. */
export async function endRun(
  organizationId: string,
  callAgesMs: number[],
  blockSeconds: number | null,
): Promise<void> {
  const ages = `{${callAgesMs.map((age) => Math.max(0, Math.round(age))).join(',')}}`;
  await serviceDatabase()`
    select private.end_wati_contact_sync(
      ${organizationId}, ${ages}::integer[],
      ${blockSeconds}::double precision * interval '1 second')`;
}

/** Claims due contacts: `batchable` (known to Wati, no failure since their change) or the others. */
export async function claimContacts(
  organizationId: string,
  batchable: boolean,
  max: number,
): Promise<ClaimedContact[]> {
  if (max <= 0) return [];
  return await serviceDatabase()<ClaimedContact[]>`
    select id, phone, name, email, tags, attributes, known, attempts, lease_until
    from private.claim_contacts_for_wati(${organizationId}, ${batchable}, ${max})`;
}

/** Reports outcomes; a contact changed since its claim keeps its newer state. */
export async function finishContacts(
  organizationId: string,
  outcomes: ContactOutcome[],
): Promise<void> {
  if (outcomes.length === 0) return;
  const sql = serviceDatabase();
  await sql`select private.finish_contacts_wati_sync(${organizationId}, ${sql.json(outcomes as never)})`;
}
