import { v3Error, type Answer } from './http-answers';
import type { SandboxTenant } from './tenant-state';

/** Wati lets callers name a channel by its name or its phone number. */
export function isTenantChannel(tenant: SandboxTenant, channel: string): boolean {
  return channel === tenant.channel.name || channel === tenant.channel.phoneNumber;
}

/** The 400 for a `channel` the tenant does not have; null when absent (default channel) or known. */
export function channelProblem(tenant: SandboxTenant, channel: string | null): Answer | null {
  if (channel === null || channel === '' || isTenantChannel(tenant, channel)) return null;
  return v3Error(400, `Channel '${channel}' was not found.`);
}
