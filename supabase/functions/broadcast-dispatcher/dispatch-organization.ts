import type { WatiClient } from '../_shared/wati/client.ts';
import { WatiServerError } from '../_shared/wati/errors.ts';
import { serviceWatiConnection } from '../_shared/wati-connection.ts';
import { reportFromAnswer, reportFromError, sendRequest, type ClaimedBatch } from './batch.ts';
import { batchesInDoubt, beginDispatch, claimBatch, endDispatch, finishBatch } from './queries.ts';
import { reconcileInDoubt } from './reconcile.ts';

/** A send that takes longer is abandoned, its outcome unknown (shorter than the recipients' lease). */
const SEND_TIMEOUT_MS = 20_000;
/** Batches in doubt are looked at no more often than this. */
const RECONCILE_EVERY_MS = 5_000;

export interface OrganizationDispatch {
  organizationId: string;
  batches: number;
  accepted: number;
  rejected: number;
  unknown: number;
  requeued: number;
  reconciled?: { accepted: number; resent: number };
  /** Why the run stopped before its deadline, when it did. */
  stopped?: 'busy' | 'no_connection' | 'idle' | 'rate_limited' | 'daily_limit';
}

/** A run that has sent nothing yet. */
export function emptyDispatch(organizationId: string): OrganizationDispatch {
  return { organizationId, batches: 0, accepted: 0, rejected: 0, unknown: 0, requeued: 0 };
}

/** The organisation lost its Wati between the claim and the send: the batch goes back untouched. */
class NoConnection extends WatiServerError {
  constructor() {
    super({ operation: 'sendTemplateMessages', status: null, detail: 'no Wati connection' });
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function sendBatch(client: WatiClient, batch: ClaimedBatch) {
  const wait = Date.parse(batch.sendAt) - Date.now();
  if (wait > 0) await sleep(wait);
  try {
    return reportFromAnswer(batch, await client.sendTemplateMessages(sendRequest(batch)));
  } catch (error) {
    return reportFromError(batch, error);
  }
}

/**
 * Sends one organisation's due campaign recipients until `deadline`: claims a batch (the database
 * decides its size and when it may leave), waits for that moment, sends it in one Wati call and
 * records the answer; batches in doubt are read back now and then. One run per organisation at a
 * time (`holder` owns its lease); sending stops early when the organisation must wait (429, daily
 * tier) or has nothing due, and a later tick resumes it.
 */
export async function dispatchOrganization(
  organizationId: string,
  holder: string,
  deadline: number,
): Promise<OrganizationDispatch> {
  const report = emptyDispatch(organizationId);
  if (!(await beginDispatch(organizationId, holder))) return { ...report, stopped: 'busy' };
  try {
    // Connected only when there is something to send or read back: an organisation waiting for
    // its daily tier costs a few queries a tick, no call to Wati's settings.
    let clients: { send: WatiClient; read: WatiClient } | undefined;
    const connect = async () => {
      if (clients) return clients;
      const connection = await serviceWatiConnection(organizationId);
      if (connection) {
        clients = {
          // Sends are never retried inside the client: a 429 backs the whole organisation off here.
          send: connection.clientWith({
            timeoutMs: SEND_TIMEOUT_MS,
            retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
          }),
          // Read-backs page through large broadcasts: those reads wait out Wati's 429s.
          read: connection.client,
        };
      }
      return clients;
    };
    let reconciledAt = 0;
    while (Date.now() < deadline) {
      if (Date.now() - reconciledAt >= RECONCILE_EVERY_MS) {
        reconciledAt = Date.now();
        const inDoubt = await batchesInDoubt(organizationId);
        if (inDoubt.length > 0) {
          const wati = await connect();
          if (!wati) return { ...report, stopped: 'no_connection' };
          const reconciled = await reconcileInDoubt(wati.read, organizationId, inDoubt);
          if (reconciled.accepted + reconciled.resent > 0) report.reconciled = reconciled;
        }
      }
      const claim = await claimBatch(organizationId, holder);
      if (claim === null) return { ...report, stopped: 'idle' };
      if ('waitUntil' in claim) {
        return {
          ...report,
          stopped: claim.reason === 'daily_limit' ? 'daily_limit' : 'rate_limited',
        };
      }
      const wati = await connect();
      const outcome = wati
        ? await sendBatch(wati.send, claim)
        : reportFromError(claim, new NoConnection());
      await finishBatch(organizationId, outcome);
      if (!wati) return { ...report, stopped: 'no_connection' };
      report.batches += 1;
      for (const result of outcome.results) {
        if (result.outcome === 'requeue') report.requeued += 1;
        else report[result.outcome] += 1;
      }
    }
    return report;
  } finally {
    await endDispatch(organizationId, holder);
  }
}
