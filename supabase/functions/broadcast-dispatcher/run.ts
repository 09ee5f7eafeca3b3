import { sandboxAvailable } from '../_shared/wati-connection.ts';
import {
  dispatchOrganization,
  emptyDispatch,
  type OrganizationDispatch,
} from './dispatch-organization.ts';
import { organizationsToDispatch } from './queries.ts';

/** A run stops claiming after this long; the next tick starts another (Supabase caps a function's wall time). */
export const RUN_BUDGET_MS = 50_000;
const ORGANIZATIONS_PER_TICK = 20;

/**
 * Starts one run per organisation with something to send or to reconcile and no run already going
 * (or for the one organisation asked). Each run is independent: a slow or failing organisation
 * does not hold the others back. Resolves with every run's report.
 */
export async function startRuns(
  options: { organizationId?: string; budgetMs?: number } = {},
): Promise<{ organizations: string[]; done: Promise<OrganizationDispatch[]> }> {
  const deadline = Date.now() + (options.budgetMs ?? RUN_BUDGET_MS);
  const organizations = options.organizationId
    ? [options.organizationId]
    : await organizationsToDispatch(sandboxAvailable(), ORGANIZATIONS_PER_TICK);
  const holder = crypto.randomUUID();
  const done = Promise.all(
    organizations.map((id) =>
      dispatchOrganization(id, holder, deadline).catch((error: unknown) => {
        console.error(`broadcast-dispatcher: run failed for ${id}`, error);
        return emptyDispatch(id);
      }),
    ),
  );
  return { organizations, done };
}
