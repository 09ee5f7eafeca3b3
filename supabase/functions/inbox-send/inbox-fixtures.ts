import { FunctionsHttpError, type SupabaseClient } from '@supabase/supabase-js';
import { sql } from '../../../test-support/database';
import { stackInfo } from '../../../test-support/clients';
import { poller } from '../../../test-support/wait';

// The shared inbox on the real stack, for the integration tests of inbox-send, wati-webhook and
// wati-sandbox-simulate: what a conversation holds as the database keeps it, messages as WCAP
// files them before sending, and the functions called as the SPA (or the scheduler) calls them.

/** Wati's webhooks come within seconds (the sandbox reads a message 4 s after accepting it). */
export const waitUntil = poller({ timeoutMs: 30_000, intervalMs: 150 });

/** A row of public.messages, as the database gives it to tests. */
export interface MessageRow extends Record<string, unknown> {
  id: string;
  conversation_id: string;
  contact_id: string;
  author: string;
  author_id: string | null;
  author_name: string | null;
  kind: string;
  body: string | null;
  media: Record<string, unknown> | null;
  template: Record<string, unknown> | null;
  reply_to_wamid: string | null;
  client_message_id: string | null;
  local_message_id: string | null;
  wati_message_id: string | null;
  whatsapp_message_id: string | null;
  status: string | null;
  failure_code: string | null;
  failure_reason: string | null;
  opt_out: boolean;
  event: Record<string, unknown> | null;
}

/** Every message of the contact with this WhatsApp number (digits), in the order they were filed. */
export async function messagesOf(organizationId: string, waId: string): Promise<MessageRow[]> {
  return await sql<MessageRow>(
    `select m.* from public.messages m join public.contacts k on k.id = m.contact_id
     where k.organization_id = $1 and k.phone = $2
     order by m.created_at, m.id`,
    [organizationId, `+${waId}`],
  );
}

export async function messageById(id: string): Promise<MessageRow> {
  const [row] = await sql<MessageRow>(`select * from public.messages where id = $1`, [id]);
  if (!row) throw new Error(`message ${id} not found`);
  return row;
}

export interface ConversationRow extends Record<string, unknown> {
  id: string;
  contact_id: string;
  status: string;
  assignee_id: string | null;
  campaign_id: string | null;
  last_inbound_at: Date | null;
  waiting_since: Date | null;
  last_message_preview: string | null;
}

/** The contact's conversation in progress (not resolved), once there is one. */
export async function conversationOf(
  organizationId: string,
  waId: string,
): Promise<ConversationRow | undefined> {
  const [row] = await sql<ConversationRow>(
    `select c.* from public.conversations c join public.contacts k on k.id = c.contact_id
     where k.organization_id = $1 and k.phone = $2 and c.status <> 'resolved'`,
    [organizationId, `+${waId}`],
  );
  return row;
}

/** Waits for the contact's conversation (their message filed by the webhook) and returns it. */
export async function awaitConversation(
  organizationId: string,
  waId: string,
): Promise<ConversationRow> {
  await waitUntil(
    async () => (await conversationOf(organizationId, waId))?.last_inbound_at != null,
    `the conversation of ${waId}`,
  );
  return (await conversationOf(organizationId, waId))!;
}

/**
 * A conversation with the number (E.164) and WCAP's outgoing messages in it, queued under these
 * local ids as WCAP files them before sending: their status webhooks find them. Its id.
 */
export async function queuedMessages(
  organizationId: string,
  phone: string,
  localIds: string[],
  fields: { kind?: string; body?: string; author?: string } = {},
): Promise<string> {
  const [row] = await sql<{ conversation_id: string }>(
    `with contact as (
       insert into public.contacts as k (organization_id, phone) values ($1, $2)
       on conflict (organization_id, phone) do update set phone = k.phone
       returning k.id
     ), conversation as (
       insert into public.conversations as c (organization_id, contact_id)
       select $1, id from contact
       on conflict (contact_id) where status <> 'resolved' do update set status = c.status
       returning c.id, c.contact_id
     ), messages as (
       insert into public.messages (organization_id, conversation_id, contact_id, author, kind, body,
                                    local_message_id, status)
       select $1, c.id, c.contact_id, $4::public.message_author, $5, $6, l, 'queued'
       from conversation c, unnest($3::text[]) l
     )
     select id as conversation_id from conversation`,
    [
      organizationId,
      phone,
      localIds,
      fields.author ?? 'system',
      fields.kind ?? 'text',
      fields.body ?? 'Bonjour, bienvenue.',
    ],
  );
  return row!.conversation_id;
}

/** A function's answer: its HTTP status and JSON body, refusals included. */
export interface Answer<T> {
  status: number;
  body: T;
}

/** Calls a function as the SPA does (supabase-js, the member's session). */
export async function invoke<T = Record<string, unknown>>(
  client: SupabaseClient,
  name: string,
  body: unknown,
): Promise<Answer<T>> {
  const { data, error } = await client.functions.invoke<T>(name, {
    body: body as Record<string, unknown>,
  });
  if (error instanceof FunctionsHttpError) {
    const response = error.context as Response;
    return { status: response.status, body: (await response.json()) as T };
  }
  if (error) throw error;
  return { status: 200, body: data as T };
}

/** Calls a function with the service role key, as the scheduler does. */
export async function invokeAsService<T = Record<string, unknown>>(
  name: string,
  body: unknown,
): Promise<Answer<T>> {
  const { functionsUrl, serviceRoleKey } = stackInfo();
  const response = await fetch(`${functionsUrl}/${name}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${serviceRoleKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

/** « Simuler un message »: a contact writes to the organisation's number through its sandbox. */
export function simulate(
  client: SupabaseClient,
  organizationId: string,
  message: Record<string, unknown>,
): Promise<Answer<{ ok?: boolean; error?: { code: string; message: string } }>> {
  return invoke(client, 'wati-sandbox-simulate', { organizationId, ...message });
}
