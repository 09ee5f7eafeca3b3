/**
 * Reads committed changes from the database's own change stream: a temporary logical replication
 * slot (pgoutput, publication `supabase_realtime`) on a dedicated connection, polled with
 * `pg_logical_slot_peek_binary_changes`. A batch is handed over first and consumed only after, up
 * to the end of its last commit, so a change is neither skipped nor repeated. The slot is
 * temporary: it disappears with the connection, so a crashed stack leaves no slot retaining WAL.
 *
 * Decoding costs CPU for every WAL record, published or not, so nothing is decoded while nobody
 * listens: the slot is left where it is, and replaced by a fresh one (which starts at the current
 * position without decoding anything) when the WAL it retains grows too large, or when listening
 * starts again far behind. `ready()` tells a subscriber when the slot is fit to serve it.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PUBLICATION } from './bindings';
import { formatLsn, parseLsn, type Lsn } from './lsn';
import { parsePgoutputMessage, type RelationMessage } from './pgoutput';
import { assembleTransactions, type AssembledBatch } from './transactions';

export interface ChangeStream {
  /**
   * Resolves once the stream is listening on a slot that will decode every transaction committed
   * from now on; rejects if the stream stops, or `wanted()` turns false, first. Call it while
   * `wanted()` is true, then read the position a subscriber starts at: as long as `wanted()` stays
   * true, the stream neither replaces its slot nor consumes it past anything not yet handed over.
   */
  ready(): Promise<void>;
  stop(): Promise<void>;
}

/** When an unused slot is replaced rather than decoded, in bytes of WAL it retains. */
export interface SlotLimits {
  /** While nobody listens: beyond this, the slot is replaced so it stops holding WAL back. */
  idleRetainedBytes: number;
  /** When listening starts again: beyond this, replacing is cheaper than decoding the backlog. */
  catchUpBytes: number;
}

export interface ChangeStreamOptions {
  dbUrl: string;
  log: (line: string) => void;
  /** Receives each batch before it is consumed. */
  onBatch(batch: AssembledBatch): Promise<void>;
  /** False when nobody listens: the slot is then left alone, and nothing is decoded. */
  wanted(): boolean;
  /** Tests only: smaller or larger limits than the defaults. */
  slotLimits?: Partial<SlotLimits>;
}

/** pgoutput messages per poll. A batch only ends on a commit: one huge transaction exceeds it. */
const MAX_MESSAGES_PER_POLL = 3000;
/** The wait after a poll that did not fill a batch: the latency of an isolated change. */
const POLL_INTERVAL_MS = 25;

const PEEK_SQL = `
select data from pg_logical_slot_peek_binary_changes($1, null, $2,
  'proto_version', '1', 'publication_names', $3)`;

// Decoding restarts at the slot's restart_lsn, which only moves past a running-transactions record;
// logging one when the slot lags keeps each poll from re-reading already consumed WAL.
const RESTART_LAG_BYTES = 1024 * 1024;
const RESTART_CHECK_INTERVAL_MS = 1000;
const RESTART_SQL = `
select pg_log_standby_snapshot() from pg_replication_slots
where slot_name = $1 and pg_wal_lsn_diff(confirmed_flush_lsn, restart_lsn) > $2`;

const DEFAULT_SLOT_LIMITS: SlotLimits = {
  // Bounds what an idle stack keeps in pg_wal, while a bulk write replaces the slot only rarely.
  idleRetainedBytes: 64 * 1024 * 1024,
  // Decoding a few megabytes takes tens of milliseconds and keeps the join instant; creating a
  // slot waits for the transactions in progress, which a bulk import can keep open for seconds.
  catchUpBytes: 4 * 1024 * 1024,
};
/** How often an idle stream looks at the WAL its slot retains. */
const IDLE_CHECK_INTERVAL_MS = 1000;
// Decoding restarts at restart_lsn: that is where the cost of catching up (or the WAL kept) starts.
const RETAINED_SQL = `
select pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn)::bigint as bytes
from pg_replication_slots where slot_name = $1`;

const MAX_RECONNECT_DELAY_MS = 5000;
const CONNECT_TIMEOUT_MS = 5000;
/** How long stop() lets a poll in progress finish before cutting its connection. */
const STOP_GRACE_MS = 500;

async function lsnQuery(client: pg.Client, sql: string, values: unknown[] = []): Promise<Lsn> {
  const { rows } = await client.query<{ lsn: string }>(sql, values);
  return parseLsn(rows[0]?.lsn ?? '0/0');
}

export async function startChangeStream(options: ChangeStreamOptions): Promise<ChangeStream> {
  const { dbUrl, log } = options;
  const limits: SlotLimits = { ...DEFAULT_SLOT_LIMITS, ...options.slotLimits };
  const relations = new Map<number, RelationMessage>();

  let client: pg.Client | undefined;
  let slot = '';
  let confirmed: Lsn = 0n;
  /**
   * Set, in the same tick, when a poll finds nobody listening: from then on the slot lags behind
   * and must be caught up or replaced before anyone is told it is ready.
   */
  let idle = false;
  let lastIdleCheck = 0;
  let lastRestartCheck = 0;
  let restartCheckAvailable = true;
  let stopped = false;
  let wake: (() => void) | undefined;
  /** ready() calls waiting for the next listening poll. */
  let waiters: { resolve: () => void; reject: (error: Error) => void }[] = [];

  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      wake = done;
    });

  /** A fresh temporary slot on `connection`: it decodes what commits after its creation. */
  async function createSlot(connection: pg.Client): Promise<void> {
    // Waits for the transactions in progress to end, so it is consistent from its first position.
    const name = `wcap_realtime_${process.pid}_${randomBytes(4).toString('hex')}`;
    confirmed = await lsnQuery(
      connection,
      `select lsn::text from pg_create_logical_replication_slot($1, 'pgoutput', true)`,
      [name],
    );
    slot = name;
    relations.clear();
    idle = false;
  }

  async function open(): Promise<void> {
    const connection = new pg.Client({
      connectionString: dbUrl,
      application_name: 'wcap-realtime-changes',
      options: '-c TimeZone=UTC',
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    });
    // Without a listener, a connection dropped while idle would crash the process.
    connection.on('error', (error) => log(`connexion du slot perdue : ${error.message}`));
    await connection.connect();
    try {
      await createSlot(connection);
    } catch (error) {
      await connection.end().catch(() => undefined);
      throw error;
    }
    client = connection;
  }

  async function close(): Promise<void> {
    const connection = client;
    client = undefined;
    await connection?.end().catch(() => undefined);
  }

  /** The WAL the slot holds back, which is also what catching it up would decode. */
  async function retainedBytes(connection: pg.Client): Promise<number> {
    const { rows } = await connection.query<{ bytes: string }>(RETAINED_SQL, [slot]);
    if (rows.length === 0) throw new Error(`slot ${slot} introuvable`);
    return Number(rows[0]!.bytes);
  }

  /**
   * Swaps the slot for a fresh one without decoding what lies between. Nobody is listening, or
   * only subscribers still waiting on ready(), so no change anyone is owed is dropped.
   */
  async function replaceSlot(connection: pg.Client, reason: string): Promise<void> {
    const old = slot;
    // If creating the new slot fails, the loop reconnects, and open() creates one.
    await connection.query('select pg_drop_replication_slot($1)', [old]);
    await createSlot(connection);
    log(`slot ${old} remplacé par ${slot} sans décodage (${reason})`);
  }

  /** While nobody listens: leave the slot alone, unless it holds back too much WAL. */
  async function whileIdle(connection: pg.Client): Promise<void> {
    if (Date.now() - lastIdleCheck < IDLE_CHECK_INTERVAL_MS) return;
    lastIdleCheck = Date.now();
    const bytes = await retainedBytes(connection);
    if (bytes > limits.idleRetainedBytes) {
      await replaceSlot(connection, `${Math.round(bytes / 1048576)} Mo retenus sans abonné`);
    }
  }

  /** Listening starts again: decode a short backlog, or start over from here if it is long. */
  async function leaveIdle(connection: pg.Client): Promise<void> {
    // Subscribers start at a position read after ready(), so whatever the backlog holds is
    // committed before it and filtered out: decoding it only costs time.
    const bytes = await retainedBytes(connection);
    if (bytes > limits.catchUpBytes) {
      await replaceSlot(connection, `${Math.round(bytes / 1048576)} Mo en retard à la reprise`);
    }
    idle = false;
  }

  function settleWaiters(error?: Error): void {
    const settled = waiters;
    waiters = [];
    for (const waiter of settled) {
      if (error) waiter.reject(error);
      else waiter.resolve();
    }
  }

  async function advance(connection: pg.Client, target: Lsn): Promise<void> {
    if (target <= confirmed) return;
    await connection.query('select pg_replication_slot_advance($1, $2::pg_lsn)', [
      slot,
      formatLsn(target),
    ]);
    confirmed = target;
  }

  /** One poll while listening; true when the batch was full and more changes are probably waiting. */
  async function poll(connection: pg.Client): Promise<boolean> {
    // The peek decodes up to the flush position at its start, so up to here at least.
    const flushed = await lsnQuery(connection, 'select pg_current_wal_flush_lsn()::text as lsn');
    const { rows } = await connection.query<[Buffer]>({
      text: PEEK_SQL,
      values: [slot, MAX_MESSAGES_PER_POLL, PUBLICATION],
      rowMode: 'array',
    });
    const batch = assembleTransactions(
      rows.map(([data]) => parsePgoutputMessage(data)),
      relations,
    );
    await options.onBatch(batch);
    const lastCommitEnd = batch.transactions[batch.transactions.length - 1]?.endLsn;
    const full = rows.length >= MAX_MESSAGES_PER_POLL;
    if (full) {
      // The batch stopped early: consume exactly what it held.
      if (lastCommitEnd === undefined) throw new Error('pgoutput: full batch without a commit');
      await advance(connection, lastCommitEnd);
    } else {
      // It held everything up to `flushed`, transactions without published changes included.
      await advance(
        connection,
        lastCommitEnd !== undefined && lastCommitEnd > flushed ? lastCommitEnd : flushed,
      );
    }
    return full;
  }

  async function releaseRetainedWal(connection: pg.Client): Promise<void> {
    if (!restartCheckAvailable || Date.now() - lastRestartCheck < RESTART_CHECK_INTERVAL_MS) return;
    lastRestartCheck = Date.now();
    try {
      await connection.query(RESTART_SQL, [slot, RESTART_LAG_BYTES]);
    } catch (error) {
      // Before Postgres 16, or without the right to call it: polls just re-read more WAL.
      if (!(error instanceof pg.DatabaseError)) throw error;
      restartCheckAvailable = false;
      log(`pg_log_standby_snapshot indisponible : ${error.message}`);
    }
  }

  async function run(): Promise<void> {
    let failures = 0;
    while (!stopped) {
      try {
        if (!client) {
          await open();
          log(
            `slot ${slot} recréé ; les changements validés pendant la coupure ne seront pas transmis`,
          );
          failures = 0;
        }
        const connection = client as pg.Client;
        // Checked and recorded in one tick: ready() never sees a listening stream that has in
        // fact started to lag.
        if (!options.wanted()) {
          idle = true;
          // Whoever waited has given up (wanted() counts them), and nothing would wake them.
          settleWaiters(new Error('nobody listens any more'));
          await whileIdle(connection);
          await sleep(POLL_INTERVAL_MS);
          continue;
        }
        if (idle) await leaveIdle(connection);
        settleWaiters();
        const full = await poll(connection);
        await releaseRetainedWal(connection);
        if (!full) await sleep(POLL_INTERVAL_MS);
      } catch (error) {
        if (stopped) break;
        failures += 1;
        log(`lecture des changements interrompue : ${(error as Error).message}`);
        await close();
        await sleep(Math.min(MAX_RECONNECT_DELAY_MS, 100 * 2 ** failures));
      }
    }
    await close();
    settleWaiters(new Error('Realtime is stopping'));
  }

  await open();
  const loop = run();

  return {
    ready() {
      if (stopped) return Promise.reject(new Error('Realtime is stopping'));
      // Listening on a live connection: the slot has not moved past anything uncommitted, and it
      // will not be left behind or replaced while the caller keeps `wanted()` true.
      if (client && !idle) return Promise.resolve();
      return new Promise((resolve, reject) => {
        waiters.push({ resolve, reject });
        wake?.();
      });
    },
    async stop() {
      stopped = true;
      wake?.();
      // A poll normally ends within milliseconds; closing its connection cuts a longer one short.
      const cut = setTimeout(() => void close(), STOP_GRACE_MS);
      await loop;
      clearTimeout(cut);
    },
  };
}
