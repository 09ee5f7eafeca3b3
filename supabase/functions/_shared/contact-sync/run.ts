import { sandboxAvailable } from '../wati-connection.ts';
import { organizationsToSync } from './queue.ts';
import { syncOrganization, type OrganizationReport } from './sync-organization.ts';

/** No new call to Wati after this long: runs stay short and the next one takes over. */
const RUN_BUDGET_MS = 20_000;
const ORGANIZATIONS_PER_RUN = 20;
const ORGANIZATIONS_AT_ONCE = 4;

/**
 * Pushes due contacts to Wati: for one organisation, or for those with due contacts and a Wati
 * connection (organisations without one are skipped and their contacts stay pending). A few
 * organisations at a time, each within its own rate limit.
 */
export async function syncDueContacts(
  options: { organizationId?: string } = {},
): Promise<OrganizationReport[]> {
  const deadline = Date.now() + RUN_BUDGET_MS;
  const queue = options.organizationId
    ? [options.organizationId]
    : await organizationsToSync(sandboxAvailable(), ORGANIZATIONS_PER_RUN);
  const reports: OrganizationReport[] = [];
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      try {
        reports.push(await syncOrganization(id, deadline));
      } catch (error) {
        console.error(`wati-contact-sync: run failed for ${id}`, error);
        reports.push({
          organizationId: id,
          synced: 0,
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
