import { v3Error, type Answer } from './http-answers';
import type { SandboxTenant } from './tenant-state';

/** Chatbots and teams are Pro features on Wati; a Growth workspace is refused with 403. */
export function proPlanRequired(tenant: SandboxTenant): Answer | null {
  return tenant.plan === 'growth'
    ? v3Error(403, 'This feature is not available on your plan. Upgrade to the Pro plan.')
    : null;
}
