import { sql } from '../../test-support/database';

/** A Cameroonian mobile number (MTN 67x) no other test uses. */
export const uniquePhone = (): string =>
  `+23767${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;

/**
 * What the wati-webhook hands SQL for a contact's text message: the conversation it lands in.
 * `at` defaults to now, inside the 24-hour window.
 */
export async function contactWrites(
  organizationId: string,
  phone: string,
  body: string,
  at: Date = new Date(),
): Promise<{ conversationId: string; messageId: string; opened?: string }> {
  const [row] = await sql<{
    result: { conversationId: string; messageId: string; opened?: string };
  }>(`select private.receive_contact_message($1, $2) as result`, [
    organizationId,
    JSON.stringify({
      phone,
      country: 'CM',
      kind: 'text',
      body,
      watiMessageId: crypto.randomUUID(),
      at: at.toISOString(),
    }),
  ]);
  return row!.result;
}

/** Marks members online, « En ligne », with a fresh heartbeat, as the inbox page does. */
export async function online(organizationId: string, userIds: string[], capacity?: number) {
  await sql(
    `insert into public.inbox_agents (organization_id, user_id, availability, capacity, last_heartbeat_at)
     select $1, u, 'online', $3, now() from unnest($2::uuid[]) u
     on conflict (organization_id, user_id) do update
       set availability = 'online', capacity = excluded.capacity, last_heartbeat_at = now()`,
    [organizationId, userIds, capacity ?? null],
  );
}
