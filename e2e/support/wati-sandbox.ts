import { expect, type APIRequestContext } from '@playwright/test';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set by the e2e global setup`);
  return value;
}

/**
 * A workspace of the stack's Wati sandbox, with the credentials its « API Docs » page would show:
 * what someone pastes into Paramètres › Intégration Wati to go live.
 */
export async function watiSandboxWorkspace(
  request: APIRequestContext,
  tenantId: string,
): Promise<{ endpoint: string; token: string }> {
  const response = await request.post(`${required('WCAP_WATI_SANDBOX_URL')}/_sandbox/tenants`, {
    headers: { Authorization: `Bearer ${required('WCAP_WATI_SANDBOX_TOKEN')}` },
    data: { id: tenantId, name: `Espace e2e ${tenantId}` },
  });
  expect(response.ok()).toBe(true);
  const { endpoint, token } = (await response.json()) as { endpoint: string; token: string };
  return { endpoint, token };
}
