import { serviceDatabase } from '../_shared/database.ts';
import { WatiError } from '../_shared/wati/errors.ts';
import { serviceWatiConnection } from '../_shared/wati-connection.ts';
import { OPT_OUT_CONFIRMATION } from './opt-out-keywords.ts';

/**
 * Tells the contact its opt-out is done, as a session message: the contact just wrote, so the
 * 24-hour window is open. Returns what happened, for the event's outcome; never throws for a
 * Wati failure (Wati must not see an error for a webhook it delivered well).
 */
export async function confirmOptOut(
  organizationId: string,
  waId: string,
  phone: string,
): Promise<string> {
  let connection;
  try {
    connection = await serviceWatiConnection(organizationId);
  } catch (error) {
    console.error('wati-webhook: no Wati connection for the opt-out confirmation', error);
    return 'confirmation:failed:connection';
  }
  if (!connection) return 'confirmation:skipped:no_wati_connection';
  try {
    const message = await connection.client.sendSessionText({
      target: waId,
      text: OPT_OUT_CONFIRMATION,
    });
    // Kept with the conversation; its status webhooks find it by Wati's ids.
    await serviceDatabase()`
      insert into public.whatsapp_messages
        (organization_id, direction, local_message_id, wati_message_id, phone, text, status)
      values (${organizationId}, 'outbound', ${message.local_message_id ?? null}, ${message.id},
              ${phone}, ${OPT_OUT_CONFIRMATION}, 'queued')
      on conflict (organization_id, local_message_id) do nothing`;
    return 'confirmation:sent';
  } catch (error) {
    if (!(error instanceof WatiError)) throw error;
    console.warn(`wati-webhook: opt-out confirmation not sent: ${error.message}`);
    return `confirmation:failed:${error.kind}`;
  }
}
