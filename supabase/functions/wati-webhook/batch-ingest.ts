import { inLockOrder } from '../_shared/lock-order.ts';
import { isConnectionLevel, isRetryable } from './database-errors.ts';

/** What every batched event carries, as the batch functions store it. */
export interface BatchedEvent {
  org: string;
  key: string;
  type: string;
  payload: Record<string, unknown>;
}

/** A row a batch function returns (`private.ingest_status_events`, `ingest_contact_messages`). */
export interface IngestRow {
  organization_id: string;
  event_key: string;
  duplicate: boolean;
  outcome: string | null;
}

/** What a batch function's row says besides whether its event was applied, and how. */
export type RowDetails<R extends IngestRow> = Omit<R, keyof IngestRow>;

/** What became of an event its batch stored. */
export type Ingested<R extends IngestRow = IngestRow> =
  | { duplicate: true }
  /**
   * `outcome` is `deferred` (or `dead`) when applying it failed: it is kept for another try, and
   * the row's other fields are then absent.
   */
  | ({ duplicate: false; outcome: string } & Partial<RowDetails<R>>);

export type IngestResult<R extends IngestRow = IngestRow> =
  | Ingested<R>
  /** This event could not be stored: its webhook answers 500 and Wati sends it again. */
  | { failed: unknown };

export const itemKey = (item: { org: string; key: string }): string => `${item.org} ${item.key}`;

/** The result of an event its batch applied: its outcome and whatever else its row says. */
function appliedResult<R extends IngestRow>(row: R): IngestResult<R> {
  const {
    organization_id: _organization,
    event_key: _key,
    duplicate: _duplicate,
    outcome,
    ...details
  } = row;
  return { duplicate: false, outcome: outcome ?? 'unmatched', ...details } as IngestResult<R>;
}

export interface IngestOptions<I> {
  /**
   * Where an event's rows come in the order every writer locks them (its message, its contact):
   * batches sorted by it wait for each other instead of deadlocking.
   */
  lockOrder(item: I): string;
  /** Calls of a batch that ends in a deadlock or a serialization failure (3). */
  attempts?: number;
}

/**
 * Stores and applies a batch with `run` (one call of a batch function such as
 * `private.ingest_status_events`), and says what happened to each event. A deadlock with a
 * concurrent writer (the dispatcher, another batch) runs the call again. Any other error, whatever
 * its class, may come from what one event carries: the batch is split until the event is found,
 * and that event alone is kept for a later try with `defer` (which gives its outcome, or null when
 * it was applied meanwhile). Only when the database cannot be reached do they all fail.
 */
export function ingestWith<I extends BatchedEvent, R extends IngestRow>(
  run: (items: I[]) => Promise<R[]>,
  defer: (item: I, error: unknown) => Promise<string | null>,
  options: IngestOptions<I>,
): (items: I[]) => Promise<IngestResult<R>[]> {
  const attempts = options.attempts ?? 3;

  const deferred = async (item: I, error: unknown): Promise<IngestResult<R>> => {
    try {
      const outcome = await defer(item, error);
      return outcome === null ? { duplicate: true } : { duplicate: false, outcome };
    } catch (deferError) {
      return { failed: deferError };
    }
  };

  const once = async (items: I[]): Promise<IngestResult<R>[]> => {
    // Rows are locked in the same order whoever writes them (another batch, another instance of
    // this function, the chatbot's send outcomes).
    const ordered = inLockOrder(items, options.lockOrder);
    for (let attempt = 1; ; attempt += 1) {
      try {
        const rows = await run(ordered);
        const byKey = new Map(rows.map((row) => [`${row.organization_id} ${row.event_key}`, row]));
        return items.map((item): IngestResult<R> => {
          const row = byKey.get(itemKey(item));
          if (!row) return { failed: new Error(`no result for event ${item.key}`) };
          return row.duplicate ? { duplicate: true } : appliedResult(row);
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
