import type { SupabaseClient } from '@supabase/supabase-js';
import { stackInfo } from '../clients';
import type { WatiSandboxFaults } from '../../scripts/sandbox/wati/faults';
import type {
  SandboxCallRecord,
  SandboxEventRecord,
  SandboxMessage,
} from '../../scripts/sandbox/wati/tenant-state';

interface ContactDto {
  wa_id: string;
  name: string;
  custom_params: Array<{ name: string; value: string }>;
}

/** A call to the control API (`/_sandbox/…`) of the stack's Wati sandbox; throws unless 2xx. */
export async function sandboxControl<T>(method: string, path: string, body?: unknown): Promise<T> {
  const { wati } = stackInfo().sandboxes as { wati: { url: string; token: string } };
  const response = await fetch(`${wati.url}/_sandbox${path}`, {
    method,
    headers: { authorization: `Bearer ${wati.token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`Wati sandbox ${method} ${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/**
 * The organisation's webhook URL as its owner sees it in Paramètres › Intégration Wati (it carries
 * the organisation's webhook secret): where Wati posts its events.
 */
export async function organizationWebhookUrl(
  organizationId: string,
  owner: SupabaseClient,
): Promise<string> {
  const { data, error } = await owner.functions.invoke<{ webhookUrl: string }>(
    `wati-connection?organizationId=${organizationId}`,
    { method: 'GET' },
  );
  if (error) throw error;
  return data!.webhookUrl;
}

/**
 * The Wati sandbox tenant of an organisation in sandbox mode, driven over the sandbox's control
 * API as the stack runs it (integration tests), posting its events to the organisation's webhook
 * URL.
 */
export async function sandboxTenant(organizationId: string, owner: SupabaseClient) {
  const webhookUrl = await organizationWebhookUrl(organizationId, owner);
  await sandboxControl('POST', '/tenants', { id: organizationId, webhookUrl });
  const tenant = `/tenants/${organizationId}`;

  return {
    webhookUrl,
    /** A contact writes to the organisation's number; returns the `message` event sent. */
    inbound: async (from: string, text: string, senderName?: string) =>
      (
        await sandboxControl<{ event: Record<string, unknown> }>('POST', `${tenant}/inbound`, {
          from,
          text,
          senderName,
        })
      ).event,
    /** Messages accepted, in order; `limit` of them after the first `after` when given. */
    messages: async (page?: { after?: number; limit?: number }) => {
      const query = new URLSearchParams();
      if (page?.after !== undefined) query.set('after', String(page.after));
      if (page?.limit !== undefined) query.set('limit', String(page.limit));
      const suffix = query.size > 0 ? `?${query}` : '';
      return (
        await sandboxControl<{ messages: SandboxMessage[] }>('GET', `${tenant}/messages${suffix}`)
      ).messages;
    },
    /** Webhook events emitted, with their delivery attempts. */
    events: async () =>
      (await sandboxControl<{ events: SandboxEventRecord[] }>('GET', `${tenant}/events`)).events,
    contacts: async () =>
      (await sandboxControl<{ contacts: ContactDto[] }>('GET', `${tenant}/contacts`)).contacts,
    /** Contacts the workspace already has, added without spending API calls. */
    seedContacts: (contacts: Array<{ whatsapp_number: string; name?: string }>) =>
      sandboxControl('POST', `${tenant}/contacts`, { contacts }),
    calls: async () =>
      (await sandboxControl<{ calls: SandboxCallRecord[] }>('GET', `${tenant}/calls`)).calls,
    setFaults: (faults: WatiSandboxFaults) =>
      sandboxControl('PUT', '/faults', { tenantId: organizationId, ...faults }),
  };
}

export type SandboxTenantControl = Awaited<ReturnType<typeof sandboxTenant>>;

/** A Cameroonian mobile number as Wati writes it (digits, no `+`), unique enough per test. */
export function randomWaId(): string {
  return `23767${String(Math.floor(Math.random() * 10_000_000)).padStart(7, '0')}`;
}
