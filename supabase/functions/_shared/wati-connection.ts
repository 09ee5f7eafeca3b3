import { serviceDatabase, type Queryable } from './database.ts';
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
export function webhookUrl(organizationId: string, secret: string): string {
  const base = readEnv('WCAP_PUBLIC_FUNCTIONS_URL') ?? `${requireEnv('SUPABASE_URL')}/functions/v1`;
  return `${base}/wati-webhook?org=${organizationId}&token=${secret}`;
}

/**
 * An organisation in sandbox mode works with the deployment's Wati sandbox (WATI_SANDBOX_URL and
 * WATI_SANDBOX_TOKEN): it asks the sandbox for the organisation's workspace credentials, giving it
 * the webhook URL, as one would configure a real Wati workspace.
 */
async function sandboxConnection(
  organizationId: string,
  name: string,
  webhookSecret: string,
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
      webhookUrl: webhookUrl(organizationId, webhookSecret),
    }),
  });
  if (!response.ok) throw new Error(`Wati sandbox answered ${response.status}`);
  const credentials = (await response.json()) as { endpoint: string; token: string };
  return connectionTo('sandbox', credentials.endpoint, credentials.token);
}

export interface WatiCredentials {
  name: string;
  mode: string;
  endpoint: string | null;
  token_ciphertext: string | null;
  webhook_secret: string | null;
}

/**
 * What calling the organisation's Wati needs, read on the service connection or on a caller's
 * transaction — where SQL refuses (42501) a caller who is not one of its owners or admins.
 */
export async function watiCredentials(
  sql: Queryable,
  organizationId: string,
): Promise<WatiCredentials | undefined> {
  const [row] = await sql<WatiCredentials[]>`
    select * from private.wati_credentials(${organizationId})`;
  return row;
}

/** The organisation's Wati: its own credentials when saved, else the sandbox in sandbox mode. */
export async function connectWati(
  organizationId: string,
  credentials: WatiCredentials | undefined,
): Promise<WatiConnection | undefined> {
  if (!credentials) return undefined;
  const { name, mode, endpoint, token_ciphertext, webhook_secret } = credentials;
  if (endpoint && token_ciphertext) {
    return connectionTo('live', endpoint, await openSecret(token_ciphertext));
  }
  if (mode !== 'sandbox' || !webhook_secret) return undefined;
  return sandboxConnection(organizationId, name, webhook_secret);
}

/** The organisation's Wati, for work that has no caller (webhooks, jobs, the dispatcher). */
export async function serviceWatiConnection(
  organizationId: string,
): Promise<WatiConnection | undefined> {
  return connectWati(organizationId, await watiCredentials(serviceDatabase(), organizationId));
}
