import { database } from './database.ts';
import { readEnv, requireEnv } from './env.ts';
import { guardedFetch } from './outgoing-url/guard.ts';
import { openSecret } from './secret-box.ts';
import { createWatiClient, type WatiClient, type WatiClientOptions } from './wati/client.ts';
import { watiEndpointKind, type WatiEndpointKind } from './wati/endpoint.ts';

/**
 * How a caller wants its client to behave (timeouts, retries); credentials and the way out (the
 * outgoing-URL guard) come from here.
 */
export type WatiClientSettings = Omit<WatiClientOptions, 'endpoint' | 'token' | 'fetch'>;

export interface WatiConnection {
  source: 'live' | 'sandbox';
  endpoint: string;
  /** A client with the default timeouts and retries. */
  client: WatiClient;
  /** Another client on the same credentials, behaving as the caller needs. */
  clientWith(settings: WatiClientSettings): WatiClient;
}

/**
 * A client on an endpoint a user typed or saved: every call goes through the outgoing-URL guard.
 * The deployment's own sandbox (WATI_SANDBOX_URL, set by the server, e.g. 127.0.0.1 on the local
 * stack) is the one origin it trusts.
 */
export function watiClient(
  endpoint: string,
  token: string,
  settings: WatiClientSettings = {},
): WatiClient {
  const sandbox = readEnv('WATI_SANDBOX_URL');
  const fetch = guardedFetch({ trustedOrigins: sandbox ? [sandbox] : [] });
  return createWatiClient({ ...settings, endpoint, token, fetch });
}

/** What an owner's "API Endpoint URL" points at: Wati, this deployment's sandbox, or neither. */
export function endpointKind(endpoint: string): WatiEndpointKind {
  return watiEndpointKind(endpoint, readEnv('WATI_SANDBOX_URL'));
}

function connectionTo(
  source: WatiConnection['source'],
  endpoint: string,
  token: string,
): WatiConnection {
  const clientWith = (settings: WatiClientSettings) => watiClient(endpoint, token, settings);
  return { source, endpoint, client: clientWith({}), clientWith };
}

/** Whether sandbox-mode organisations have a Wati: the deployment's sandbox is configured. */
export function sandboxAvailable(): boolean {
  return Boolean(readEnv('WATI_SANDBOX_URL') && readEnv('WATI_SANDBOX_TOKEN'));
}

/** The URL to paste into Wati: the webhook function, with the organisation's secret. */
export async function webhookUrl(organizationId: string): Promise<string> {
  const [row] = await database()<{ secret: string }[]>`
    insert into private.webhook_secrets (organization_id) values (${organizationId})
    on conflict (organization_id) do update set organization_id = excluded.organization_id
    returning secret`;
  const base = readEnv('WCAP_PUBLIC_FUNCTIONS_URL') ?? `${requireEnv('SUPABASE_URL')}/functions/v1`;
  return `${base}/wati-webhook?org=${organizationId}&token=${row!.secret}`;
}

/**
 * An organisation in sandbox mode works with the deployment's Wati sandbox (WATI_SANDBOX_URL and
 * WATI_SANDBOX_TOKEN): it asks the sandbox for the organisation's workspace credentials, giving it
 * the webhook URL, as one would configure a real Wati workspace.
 */
async function sandboxConnection(
  organizationId: string,
  name: string,
): Promise<WatiConnection | undefined> {
  const url = readEnv('WATI_SANDBOX_URL');
  const token = readEnv('WATI_SANDBOX_TOKEN');
  if (!url || !token) return undefined;
  const response = await fetch(`${url}/_sandbox/tenants`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      id: organizationId,
      name,
      webhookUrl: await webhookUrl(organizationId),
    }),
  });
  if (!response.ok) throw new Error(`Wati sandbox answered ${response.status}`);
  const credentials = (await response.json()) as { endpoint: string; token: string };
  return connectionTo('sandbox', credentials.endpoint, credentials.token);
}

/** The organisation's Wati: its own credentials when saved, else the sandbox in sandbox mode. */
export async function watiConnection(organizationId: string): Promise<WatiConnection | undefined> {
  const [row] = await database()<
    { name: string; mode: string; endpoint: string | null; token_ciphertext: string | null }[]
  >`
    select o.name, o.mode, c.endpoint, c.token_ciphertext
    from public.organizations o
    left join private.wati_connections c on c.organization_id = o.id
    where o.id = ${organizationId}`;
  if (!row) return undefined;
  if (row.endpoint && row.token_ciphertext) {
    return connectionTo('live', row.endpoint, await openSecret(row.token_ciphertext));
  }
  return row.mode === 'sandbox' ? sandboxConnection(organizationId, row.name) : undefined;
}
