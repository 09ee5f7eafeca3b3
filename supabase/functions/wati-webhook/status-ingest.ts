import type { BatchedEvent } from './batch-ingest.ts';
import type { WebhookAction } from './events.ts';

type StatusAction = Extract<WebhookAction, { kind: 'status' }>;

/** One status event as `private.ingest_status_events` reads it. */
export interface StatusItem extends BatchedEvent {
  localMessageId: string | null;
  watiMessageId: string | null;
  whatsappMessageId: string | null;
  status: StatusAction['status'];
  at: string;
  failureCode: string | null;
  failureReason: string | null;
  transient: boolean;
}

export function statusItem(
  organizationId: string,
  key: string,
  eventType: string,
  payload: Record<string, unknown>,
  { kind: _kind, ...fields }: StatusAction,
): StatusItem {
  return { org: organizationId, key, type: eventType, payload, ...fields };
}

/** Status events lock the rows of their message: batches write messages in this order. */
export const statusLockOrder = (item: StatusItem): string =>
  `${item.org} ${item.localMessageId ?? item.watiMessageId ?? ''}`;
