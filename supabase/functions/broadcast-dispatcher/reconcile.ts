import type { WatiClient } from '../_shared/wati/client.ts';
import { MAX_PAGE_SIZE } from '../_shared/wati/client.ts';
import { resolveBatch, type BatchInDoubt } from './queries.ts';

/** Broadcasts read (newest first) when looking for a batch whose id Wati never told us. */
const MAX_BROADCAST_PAGES = 20;

async function findBroadcast(client: WatiClient, name: string): Promise<string | null> {
  for (let page = 1; page <= MAX_BROADCAST_PAGES; page += 1) {
    const { broadcasts } = await client.listBroadcasts({
      page_number: page,
      page_size: MAX_PAGE_SIZE,
    });
    const found = broadcasts.find((broadcast) => broadcast.name === name);
    if (found) return found.id;
    if (broadcasts.length < MAX_PAGE_SIZE) return null;
  }
  return null;
}

async function localIdsAtWati(client: WatiClient, broadcastId: string): Promise<Set<string>> {
  const recipients = await client.listAllBroadcastRecipients(broadcastId);
  return new Set(
    recipients.flatMap((recipient) =>
      recipient.local_message_id ? [recipient.local_message_id] : [],
    ),
  );
}

async function reconcileBatch(client: WatiClient, organizationId: string, batch: BatchInDoubt) {
  const broadcastId = batch.broadcast_id ?? (await findBroadcast(client, batch.batch_name));
  const atWati = broadcastId ? await localIdsAtWati(client, broadcastId) : new Set<string>();
  const accepted = batch.recipients.filter((recipient) => atWati.has(recipient.localMessageId));
  const resend = batch.recipients.filter((recipient) => !atWati.has(recipient.localMessageId));
  await resolveBatch(
    organizationId,
    batch.batch_name,
    accepted.map((recipient) => recipient.id),
    resend.map((recipient) => recipient.id),
  );
  return { accepted: accepted.length, resent: resend.length };
}

/**
 * Batches whose outcome stayed unknown (no webhook came, see `batchesInDoubt`) are read back at
 * Wati: recipients in the broadcast were accepted; the others never reached Wati and go back to
 * the queue. A batch whose read-back fails waits and is tried again later.
 */
export async function reconcileInDoubt(
  client: WatiClient,
  organizationId: string,
  batches: BatchInDoubt[],
): Promise<{ accepted: number; resent: number }> {
  const totals = { accepted: 0, resent: 0 };
  for (const batch of batches) {
    try {
      const done = await reconcileBatch(client, organizationId, batch);
      totals.accepted += done.accepted;
      totals.resent += done.resent;
    } catch (error) {
      console.warn(`broadcast-dispatcher: read-back of « ${batch.batch_name} » failed`, error);
      await resolveBatch(organizationId, batch.batch_name, [], []);
    }
  }
  return totals;
}
