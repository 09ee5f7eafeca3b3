import { isConnectionLevel, isRetryable } from './database-errors.ts';
import type { WebhookAction } from './events.ts';

type StatusAction = Extract<WebhookAction, { kind: 'status' }>;

/** One status event as `private.ingest_status_events` reads it. */
export interface StatusItem {
  org: string;
  key: string;
  type: string;
  payload: Record<string, unknown>;
  localMessageId: string | null;
  watiMessageId: string | null;
  whatsappMessageId: string | null;
  status: StatusAction['status'];
  at: string;
  failureCode: string | null;
  failureReason: string | null;
  transient: boolean;
}

/** A row `private.ingest_status_events` returns. */
export interface IngestRow {
  organization_id: string;
  event_key: string;
  duplicate: boolean;
  outcome: string | null;
}

export type IngestResult =
  | { duplicate: true }
  /** `outcome` is `deferred` (or `dead`) when applying it failed: it is kept for another try. */
  | { duplicate: false; outcome: string }
  /** This event could not be stored: its webhook answers 500 and Wati sends it again. */
  | { failed: unknown };

export function statusItem(
  organizationId: string,
  key: string,
  eventType: string,
  payload: Record<string, unknown>,
  { kind: _kind, ...fields }: StatusAction,
): StatusItem {
  return { org: organizationId, key, type: eventType, payload, ...fields };
}

const lockOrder = (item: StatusItem): string =>
  `${item.org} ${item.localMessageId ?? item.watiMessageId ?? ''}`;
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const itemKey = (item: { org: string; key: string }): string => `${item.org} ${item.key}`;

/**
 * Stores and applies a batch with `run` (one call of `private.ingest_status_events`), and says
 * what happened to each event. A deadlock with a concurrent writer (the dispatcher, another batch)
 * runs the call again. Any other error, whatever its class, may come from what one event carries:
 * the batch is split until the event is found, and that event alone is kept for a later try with
 * `defer` (which gives its outcome, or null when it was applied meanwhile). Only when the database
 * cannot be reached do they all fail.
 */
export function ingestWith(
  run: (items: StatusItem[]) => Promise<IngestRow[]>,
  defer: (item: StatusItem, error: unknown) => Promise<string | null>,
  options: { attempts?: number } = {},
): (items: StatusItem[]) => Promise<IngestResult[]> {
  const attempts = options.attempts ?? 3;

  const deferred = async (item: StatusItem, error: unknown): Promise<IngestResult> => {
    try {
      const outcome = await defer(item, error);
      return outcome === null ? { duplicate: true } : { duplicate: false, outcome };
    } catch (deferError) {
      return { failed: deferError };
    }
  };

  const once = async (items: StatusItem[]): Promise<IngestResult[]> => {
    // Rows are locked in the order of their messages, whoever writes them (another batch, another
    // instance of this function): such writers then wait for each other instead of deadlocking.
    // Events of one message keep the order they arrived in (the sort is stable).
    const ordered = [...items].sort((a, b) => compare(lockOrder(a), lockOrder(b)));
    for (let attempt = 1; ; attempt += 1) {
      try {
        const rows = await run(ordered);
        const byKey = new Map(rows.map((row) => [`${row.organization_id} ${row.event_key}`, row]));
        return items.map((item): IngestResult => {
          const row = byKey.get(itemKey(item));
          if (!row) return { failed: new Error(`no result for event ${item.key}`) };
          return row.duplicate
            ? { duplicate: true }
            : { duplicate: false, outcome: row.outcome ?? 'unmatched' };
        });
      } catch (error) {
        if (isRetryable(error) && attempt < attempts) continue;
        if (isConnectionLevel(error)) return items.map(() => ({ failed: error }));
        if (items.length === 1) return [await deferred(items[0]!, error)];
        // One half after the other: in parallel they could take each other's row locks.
        const half = Math.ceil(items.length / 2);
        const first = await once(items.slice(0, half));
        return [...first, ...(await once(items.slice(half)))];
      }
    }
  };
  return once;
}
