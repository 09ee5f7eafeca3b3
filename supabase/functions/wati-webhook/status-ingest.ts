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

const sqlState = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
};

/** Deadlock or serialization failure: the whole call was rolled back and may simply run again. */
const isRetryable = (error: unknown): boolean => /^40(P01|001)$/.test(sqlState(error) ?? '');

/**
 * Refused because of what some event carries (bad data, a constraint, a raised error): the other
 * events of the batch must not share its fate, so the batch is split to find it.
 */
const isAboutTheData = (error: unknown): boolean => /^(22|23|P0)/.test(sqlState(error) ?? '');

/**
 * Stores and applies a batch with `run` (one call of `private.ingest_status_events`), and says
 * what happened to each event. A deadlock with a concurrent writer (the dispatcher, another batch)
 * runs the call again; an event the database refuses fails alone; any other error (database
 * unreachable) fails them all.
 */
export function ingestWith(
  run: (items: StatusItem[]) => Promise<IngestRow[]>,
  options: { attempts?: number } = {},
): (items: StatusItem[]) => Promise<IngestResult[]> {
  const attempts = options.attempts ?? 3;

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
        if (items.length > 1 && isAboutTheData(error)) {
          // One half after the other: in parallel they could take each other's row locks.
          const half = Math.ceil(items.length / 2);
          const first = await once(items.slice(0, half));
          return [...first, ...(await once(items.slice(half)))];
        }
        return items.map(() => ({ failed: error }));
      }
    }
  };
  return once;
}
