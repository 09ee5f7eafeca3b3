/**
 * Turns a batch of committed transactions into deliveries, in commit order: each subscriber whose
 * bindings match a change gets it once, with the ids of all its matching bindings. Tables are
 * worked on in parallel, each with batched queries (see table-fanout.ts).
 */
import { matchesEvent } from './bindings';
import { textLength } from './change-data';
import type { SubscriptionRegistry } from './subscriptions';
import {
  append,
  fanOutTable,
  type Candidate,
  type Delivery,
  type FanoutContext,
  type PendingChange,
} from './table-fanout';
import type { CommittedTransaction, RowChange } from './transactions';
import type { Lsn } from './lsn';

/**
 * After delivering about this much text, the event loop gets a turn, so a huge batch does not
 * hold up sockets, heartbeats and other channels until all of it is handed over.
 */
const YIELD_AFTER_CHARS = 1_000_000;
/** What a delivery weighs beyond its values (names, columns, envelope). */
const DELIVERY_OVERHEAD_CHARS = 200;

export interface ChangeFanout {
  /** Delivers the batch; failures are logged per table and never thrown. */
  deliver(transactions: CommittedTransaction[]): Promise<void>;
}

export function createChangeFanout(
  options: FanoutContext & { registry: SubscriptionRegistry },
): ChangeFanout {
  const { registry, log } = options;

  function candidatesFor(change: RowChange, commitLsn: Lsn): Candidate[] {
    const candidates: Candidate[] = [];
    for (const subscription of registry.forTable(change.relationId)) {
      if (commitLsn < subscription.startLsn) continue;
      const bindings = subscription.bindings.filter(
        (binding) =>
          binding.tables.has(change.relationId) && matchesEvent(binding.event, change.type),
      );
      if (bindings.length === 0) continue;
      const { claims, claimsKey } = subscription;
      candidates.push({ subscription, claims, claimsKey, bindings });
    }
    return candidates;
  }

  return {
    async deliver(transactions) {
      if (registry.size === 0) return;
      const byTable = new Map<number, PendingChange[]>();
      const weights: number[] = [];
      let position = 0;
      for (const { changes, commitLsn, commitTimestamp } of transactions) {
        for (const change of changes) {
          const candidates = candidatesFor(change, commitLsn);
          if (candidates.length > 0) {
            append(byTable, change.relationId, { position, change, commitTimestamp, candidates });
            weights[position] = textLength([change.record, change.oldRecord]);
          }
          position += 1;
        }
      }
      const ordered: Delivery[][] = [];
      await Promise.all(
        [...byTable].map(async ([oid, changes]) => {
          try {
            for (const [at, list] of await fanOutTable(options, oid, changes)) ordered[at] = list;
          } catch (error) {
            log(
              `table ${oid} : ${changes.length} changement(s) non transmis : ${(error as Error).message}`,
            );
          }
        }),
      );
      let sinceYield = 0;
      for (const [at, list] of ordered.entries()) {
        for (const { subscription, ids, data } of list ?? []) {
          // Unsubscribed (or subscribed again) while the batch was being worked on.
          if (!registry.isCurrent(subscription)) continue;
          try {
            subscription.subscriber.deliver(ids, data);
          } catch (error) {
            log(`remise au socket impossible : ${(error as Error).message}`);
          }
          sinceYield += (weights[at] ?? 0) + DELIVERY_OVERHEAD_CHARS;
        }
        if (sinceYield > YIELD_AFTER_CHARS) {
          sinceYield = 0;
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
    },
  };
}
