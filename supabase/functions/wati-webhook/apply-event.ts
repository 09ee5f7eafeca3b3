import type postgres from 'postgres';
import { confirmOptOut } from './confirmation.ts';
import type { WebhookAction } from './events.ts';
import { contactNumber, receiveMessage, touchContact } from './inbound.ts';

/** An event other than a status, or an unreadable one: those never reach `applyEvent`. */
export type AppliedAction = Exclude<WebhookAction, { kind: 'status' } | { kind: 'invalid' }>;

export interface Applied {
  /** Kept beside the raw event. */
  outcome: string;
  /**
   * What remains to do once the event's transaction is committed (Wati is not kept waiting for
   * it); returns words added to the outcome.
   */
  afterwards?: () => Promise<string>;
}

/** Carries out one event other than a status (those go through the batcher), within `sql`'s transaction. */
export async function applyEvent(
  sql: postgres.TransactionSql,
  organizationId: string,
  action: AppliedAction,
): Promise<Applied> {
  switch (action.kind) {
    case 'inbound': {
      // The inbox entry point: later issues (chatbot, inbox) start from the row filed here.
      const received = await receiveMessage(sql, organizationId, action);
      if (!received.confirmOptOut) return { outcome: received.outcome };
      const waId = action.phone.slice(1);
      const { phone } = contactNumber(action.phone);
      return {
        outcome: received.outcome,
        afterwards: () => confirmOptOut(organizationId, waId, phone),
      };
    }
    case 'seen':
      await touchContact(sql, organizationId, contactNumber(action.phone).phone, action.at);
      return { outcome: 'seen' };
    case 'template': {
      const updated = await sql`
        update public.whatsapp_templates set status = coalesce(${action.status}, status)
        where organization_id = ${organizationId} and name = ${action.templateName}`;
      return { outcome: updated.count > 0 ? 'template' : 'unmatched' };
    }
    case 'ignored':
      console.warn(`wati-webhook: event type ${action.eventType} kept but not handled`);
      return { outcome: 'ignored' };
  }
}
