import { serviceWatiConnection } from '../_shared/wati-connection.ts';
import {
  beginSweep,
  claimRecipients,
  endSweep,
  failRuns,
  organizationsToSweep,
} from './queries.ts';
import { Turn } from './turn.ts';

/** No new call to Wati after this long: sweeps stay short and the next one takes over. */
const SWEEP_BUDGET_MS = 20_000;
const ORGANIZATIONS_PER_SWEEP = 20;
/** Organisations served side by side, each at its own pace: one large run delays no other. */
const ORGANIZATIONS_AT_ONCE = 4;
/** After a failure to reach the organisation's Wati settings (sandbox down, unreadable token). */
const CONNECTION_RETRY_SECONDS = 60;

export interface OrganizationSweep {
  organizationId: string;
  started: number;
  failed: number;
  requeued: number;
  calls: number;
  skipped?: 'busy';
  error?: 'connection' | 'not_configured' | 'internal';
}

/**
 * One organisation's turn: the calls its window allows, that many recipients claimed and started,
 * every outcome recorded and the turn given back — also when something breaks midway (recipients
 * left claimed fail as « outcome unknown » when their lease ends, never started twice).
 */
export async function sweepOrganization(
  organizationId: string,
  deadline: number = Date.now() + SWEEP_BUDGET_MS,
): Promise<OrganizationSweep> {
  const report: OrganizationSweep = {
    organizationId,
    started: 0,
    failed: 0,
    requeued: 0,
    calls: 0,
  };
  const available = await beginSweep(organizationId);
  if (available <= 0) return { ...report, skipped: 'busy' };

  const turn = new Turn(deadline);
  try {
    let connection;
    try {
      connection = await serviceWatiConnection(organizationId);
    } catch (error) {
      console.error(`wati-chatbots: no Wati connection for ${organizationId}`, error);
      turn.blockSeconds = CONNECTION_RETRY_SECONDS;
      return { ...report, error: 'connection' };
    }
    if (!connection) {
      await failRuns(organizationId, null, 'wati_not_configured');
      return { ...report, error: 'not_configured' };
    }
    await turn.start(connection.client, await claimRecipients(organizationId, available));
    const count = (outcome: string) =>
      turn.outcomes.filter((item) => item.outcome === outcome).length;
    return {
      ...report,
      started: count('started'),
      failed: count('failed'),
      requeued: count('pending'),
      calls: turn.callEnds.length,
    };
  } finally {
    try {
      await turn.settle(organizationId);
    } finally {
      const now = Date.now();
      await endSweep(
        organizationId,
        turn.callEnds.map((end) => now - end),
        turn.blockSeconds,
      );
    }
  }
}

/** The scheduler's sweep: organisations with recipients due, a few at a time. */
export async function sweep(): Promise<OrganizationSweep[]> {
  const deadline = Date.now() + SWEEP_BUDGET_MS;
  const queue = await organizationsToSweep(ORGANIZATIONS_PER_SWEEP);
  const reports: OrganizationSweep[] = [];
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      try {
        reports.push(await sweepOrganization(id, deadline));
      } catch (error) {
        console.error(`wati-chatbots: sweep failed for ${id}`, error);
        reports.push({
          organizationId: id,
          started: 0,
          failed: 0,
          requeued: 0,
          calls: 0,
          error: 'internal',
        });
      }
    }
  };
  await Promise.all(Array.from({ length: ORGANIZATIONS_AT_ONCE }, worker));
  return reports;
}
