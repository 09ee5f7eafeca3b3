import { serviceDatabase } from '../_shared/database.ts';
import type { BatchReport, ClaimedBatch } from './batch.ts';

/** How long a claimed batch stays a dispatcher's (longer than a send may take). */
export const RECIPIENT_LEASE_SECONDS = 30;
/** How long recipients with an unknown outcome wait for a webhook before a read-back at Wati. */
export const EVIDENCE_WAIT_SECONDS = 30;
/** One dispatcher per organisation; renewed at every claim, so a dead one is replaced soon. */
export const DISPATCHER_LEASE_SECONDS = 15;

const seconds = (value: number) => `${value} seconds`;

export async function organizationsToDispatch(
  sandboxAvailable: boolean,
  max: number,
): Promise<string[]> {
  const rows = await serviceDatabase()<{ id: string }[]>`
    select id from private.organizations_to_dispatch(${sandboxAvailable}, ${max}) as id`;
  return rows.map((row) => row.id);
}

export async function beginDispatch(organizationId: string, holder: string): Promise<boolean> {
  const [row] = await serviceDatabase()<{ ok: boolean }[]>`
    select private.begin_campaign_dispatch(
      ${organizationId}, ${holder}, ${seconds(DISPATCHER_LEASE_SECONDS)}::interval) as ok`;
  return row?.ok ?? false;
}

export async function endDispatch(organizationId: string, holder: string): Promise<void> {
  await serviceDatabase()`select private.end_campaign_dispatch(${organizationId}, ${holder})`;
}

export type Claim = ClaimedBatch | { waitUntil: string; reason: string } | null;

export async function claimBatch(organizationId: string, holder: string): Promise<Claim> {
  const [row] = await serviceDatabase()<{ claim: Claim }[]>`
    select private.claim_campaign_batch(
      ${organizationId}, ${holder}, 10000, ${seconds(RECIPIENT_LEASE_SECONDS)}::interval) as claim`;
  return row?.claim ?? null;
}

export async function finishBatch(organizationId: string, report: BatchReport): Promise<void> {
  await serviceDatabase()`
    select private.finish_campaign_batch(
      ${organizationId}, ${serviceDatabase().json(report as never)},
      ${seconds(EVIDENCE_WAIT_SECONDS)}::interval)`;
}

export interface BatchInDoubt {
  batch_name: string;
  campaign_id: string;
  broadcast_id: string | null;
  recipients: { id: string; localMessageId: string }[];
}

export async function batchesInDoubt(organizationId: string): Promise<BatchInDoubt[]> {
  return await serviceDatabase()<BatchInDoubt[]>`
    select batch_name, campaign_id, broadcast_id, recipients
    from private.campaign_batches_in_doubt(${organizationId}, 5)`;
}

export async function resolveBatch(
  organizationId: string,
  batchName: string,
  accepted: string[],
  resend: string[],
): Promise<void> {
  await serviceDatabase()`
    select private.resolve_campaign_batch(
      ${organizationId}, ${batchName}, ${accepted}::uuid[], ${resend}::uuid[])`;
}

export async function takeProgress(): Promise<{ topic: string; progress: unknown }[]> {
  return await serviceDatabase()<{ topic: string; progress: unknown }[]>`
    select topic, progress from private.take_campaign_progress(100)`;
}

export async function markProgressAgain(campaignIds: string[]): Promise<void> {
  await serviceDatabase()`
    select private.mark_campaign_progress(id) from unnest(${campaignIds}::uuid[]) as id`;
}
