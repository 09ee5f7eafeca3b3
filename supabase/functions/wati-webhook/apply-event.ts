import type postgres from 'postgres';
import { asService } from '../_shared/database.ts';
import { sendQueuedMessage } from '../_shared/outgoing-messages.ts';
import type { WebhookAction } from './events.ts';

/**
 * An event applied on its own: neither a status nor a contact's message or first-message notice
 * (those are batched), nor an unreadable one.
 */
export type AppliedAction = Extract<WebhookAction, { kind: 'template' } | { kind: 'ignored' }>;

export interface Applied {
  /** Kept beside the raw event. */
  outcome: string;
  /**
   * What remains to do once the event's transaction is committed (Wati is not kept waiting for
   * it); returns words added to the outcome.
   */
  afterwards?: () => Promise<string>;
}

/**
 * Sends what WCAP queued in answer to a contact (the opt-out confirmation, the away message), one
 * after the other; a message Wati could not take now stays queued for inbox-send's sweep. Its
 * words: `send:<outcome>` per message.
 */
async function sendAnswers(messageIds: string[]): Promise<string> {
  const outcomes: string[] = [];
  for (const id of messageIds) {
    outcomes.push(`send:${await sendQueuedMessage(asService, id, 'just_filed')}`);
  }
  return outcomes.join(' ');
}

/** What remains to do once a contact's message is committed: send what WCAP queued in answer. */
export function answering(messageIds: readonly string[] | null | undefined): Applied['afterwards'] {
  if (!messageIds || messageIds.length === 0) return undefined;
  return () => sendAnswers([...messageIds]);
}

/** Carries out one event that is not batched, within `sql`'s transaction. */
export async function applyEvent(
  sql: postgres.TransactionSql,
  organizationId: string,
  action: AppliedAction,
): Promise<Applied> {
  switch (action.kind) {
    case 'template': {
      const { templateName, watiTemplateId, status } = action;
      if (watiTemplateId !== null) {
        const byId = await sql`
          update public.whatsapp_templates set status = coalesce(${status}, status)
          where organization_id = ${organizationId} and wati_id = ${watiTemplateId}`;
        if (byId.count > 0) return { outcome: 'template' };
      }
      // By name, a template whose id WCAP does not know yet: one just submitted, filed before
      // Wati answered with its id. A row with another id is another template (another language,
      // or one WCAP has not synchronised yet): left alone. An event without an id can only go by
      // its name.
      const byName = await sql`
        update public.whatsapp_templates set status = coalesce(${status}, status)
        where organization_id = ${organizationId} and name = ${templateName}
          and (wati_id is null or ${watiTemplateId}::text is null)`;
      return { outcome: byName.count > 0 ? 'template' : 'unmatched' };
    }
    case 'ignored':
      console.warn(`wati-webhook: event type ${action.eventType} kept but not handled`);
      return { outcome: 'ignored' };
  }
}
