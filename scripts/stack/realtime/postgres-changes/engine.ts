/**
 * The postgres_changes engine of the local Realtime service: captures committed changes from a
 * logical replication slot and delivers each to the subscribers whose bindings match and whose
 * role may see it, as Supabase's Realtime does.
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { createChangeFanout } from './change-fanout';
import { startChangeStream, type ChangeStream, type SlotLimits } from './change-stream';
import { parseLsn } from './lsn';
import { validateBindings } from './subscription-validation';
import { SubscriptionRegistry } from './subscriptions';
import { createTableCatalog } from './table-catalog';
import type { ChangeSubscriber, PostgresChanges } from './types';

/** Typing and RLS queries of one batch run in parallel, one per table and distinct claims. */
const POOL_SIZE = 8;

export async function startPostgresChanges(options: {
  dbUrl: string;
  logFile: string;
  /** Tests only: when the change stream replaces its slot rather than decoding it. */
  slotLimits?: Partial<SlotLimits>;
}): Promise<PostgresChanges> {
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  const log = (line: string): void =>
    fs.appendFileSync(options.logFile, `${new Date().toISOString()} ${line}\n`);

  const pool = new pg.Pool({
    connectionString: options.dbUrl,
    max: POOL_SIZE,
    application_name: 'wcap-realtime',
    // Timestamps come out in UTC, as on Supabase; a pathological policy cannot stall delivery.
    options: '-c TimeZone=UTC -c statement_timeout=10s',
  });
  pool.on('error', (error) => log(`connexion perdue : ${error.message}`));

  const registry = new SubscriptionRegistry();
  const catalog = createTableCatalog(pool);
  const fanout = createChangeFanout({ pool, catalog, registry, log });
  /** Subscribes being validated, with a token telling whether they were cancelled meanwhile. */
  const pending = new Map<ChangeSubscriber, object>();

  let stream: ChangeStream;
  try {
    stream = await startChangeStream({
      dbUrl: options.dbUrl,
      log,
      async onBatch({ transactions, changedRelationIds }) {
        for (const oid of changedRelationIds) catalog.invalidate(oid);
        await fanout.deliver(transactions);
      },
      // A subscribe in progress counts: the slot must not be left behind before it registers.
      wanted: () => registry.size > 0 || pending.size > 0,
      slotLimits: options.slotLimits,
    });
  } catch (error) {
    await pool.end();
    throw error;
  }

  let stopped = false;
  return {
    async subscribe(subscriber, claims) {
      if (stopped) return { ok: false, message: 'Realtime is stopping' };
      const attempt = {};
      pending.set(subscriber, attempt);
      try {
        const result = await validateBindings(pool, subscriber.bindings, claims);
        if (!result.ok) return result;
        // After idling, the stream may replace its slot by one starting further on: a position read
        // before that could precede what the new slot decodes, and the changes between be lost.
        await stream.ready();
        // Changes committed from this position on are the subscriber's; registered without
        // awaiting anything after reading it.
        const startLsn = parseLsn(
          (await pool.query<{ lsn: string }>('select pg_current_wal_insert_lsn()::text as lsn'))
            .rows[0]!.lsn,
        );
        if (pending.get(subscriber) !== attempt) {
          return { ok: false, message: 'Subscription cancelled' };
        }
        if (result.bindings.length > 0) {
          registry.add({
            subscriber,
            claims,
            claimsKey: JSON.stringify(claims),
            startLsn,
            bindings: result.bindings,
          });
        }
        return { ok: true };
      } catch (error) {
        return {
          ok: false,
          message: `Unable to subscribe to changes: ${(error as Error).message}`,
        };
      } finally {
        if (pending.get(subscriber) === attempt) pending.delete(subscriber);
      }
    },
    updateClaims(subscriber, claims) {
      registry.updateClaims(subscriber, claims);
    },
    unsubscribe(subscriber) {
      pending.delete(subscriber);
      registry.remove(subscriber);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await stream.stop();
      await pool.end();
    },
  };
}
