import { serviceDatabase } from '../_shared/database.ts';
import type { RecipientFailure, RunFailure } from './outcomes.ts';

// The sweep's bookkeeping, on the service connection (see
// supabase/migrations/20261212000400_wati_chatbot_runs.sql for what each function guarantees).

/** A recipient claimed for one start, until `lease_until`. */
export interface ClaimedRecipient {
  id: string;
  run_id: string;
  chatbot_id: string;
  /** The contact's number as Wati writes it: digits, no `+`. */
  target: string;
  attempts: number;
  lease_until: Date | string;
}

/** What became of one claimed recipient (private.finish_wati_chatbot_recipients). */
export interface RecipientOutcome {
  id: string;
  lease_until: string;
  outcome: 'started' | 'failed' | 'pending';
  failure?: RecipientFailure;
  retry_in_seconds?: number;
  counted?: boolean;
}

/** Organisations with recipients to start now, least recently served first. */
export async function organizationsToSweep(limit: number): Promise<string[]> {
  const rows = await serviceDatabase()<{ id: string }[]>`
    select id from private.wati_chatbot_organizations_to_sweep(${limit}) as id`;
  return rows.map((row) => row.id);
}

/** Takes the organisation's turn; the calls Wati allows now (0: not now). */
export async function beginSweep(organizationId: string): Promise<number> {
  const [row] = await serviceDatabase()<{ available: number | null }[]>`
    select private.begin_wati_chatbot_sweep(${organizationId}) as available`;
  return row?.available ?? 0;
}

/** Records when the turn's calls ended, blocks the organisation if asked, frees the turn. */
export async function endSweep(
  organizationId: string,
  callAgesMs: number[],
  blockSeconds: number | null,
): Promise<void> {
  const ages = `{${callAgesMs.map((age) => Math.max(0, Math.round(age))).join(',')}}`;
  await serviceDatabase()`
    select private.end_wati_calls(
      ${organizationId}, 'startChatbot', ${ages}::integer[],
      ${blockSeconds}::double precision * interval '1 second')`;
}

export async function claimRecipients(
  organizationId: string,
  max: number,
): Promise<ClaimedRecipient[]> {
  if (max <= 0) return [];
  return await serviceDatabase()<ClaimedRecipient[]>`
    select id, run_id, chatbot_id, target, attempts, lease_until
    from private.claim_wati_chatbot_recipients(${organizationId}, ${max})`;
}

export async function finishRecipients(
  organizationId: string,
  outcomes: RecipientOutcome[],
): Promise<void> {
  if (outcomes.length === 0) return;
  const sql = serviceDatabase();
  await sql`select private.finish_wati_chatbot_recipients(${organizationId}, ${sql.json(outcomes as never)})`;
}

/** Fails these runs (null: every active run of the organisation) and their recipients left. */
export async function failRuns(
  organizationId: string,
  runIds: string[] | null,
  failure: RunFailure,
): Promise<void> {
  await serviceDatabase()`
    select private.fail_wati_chatbot_runs(${organizationId}, ${runIds}::uuid[], ${failure})`;
}

/** The claim's lease as finish_wati_chatbot_recipients matches it (whole milliseconds). */
export function leaseOf(recipient: ClaimedRecipient): string {
  return new Date(recipient.lease_until).toISOString();
}
