/**
 * Reads committed changes from the database's own change stream: a temporary logical replication
 * slot (pgoutput, publication `supabase_realtime`) on a dedicated connection, polled with
 * `pg_logical_slot_peek_binary_changes`. A batch is handed over first and consumed only after, up
 * to the end of its last commit, so a change is neither skipped nor repeated. The slot is
 * temporary: it disappears with the connection, so a crashed stack leaves no slot retaining WAL.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PUBLICATION } from './bindings';
import { formatLsn, parseLsn, type Lsn } from './lsn';
import { parsePgoutputMessage, type RelationMessage } from './pgoutput';
import { assembleTransactions, type AssembledBatch } from './transactions';

export interface ChangeStream {
  stop(): Promise<void>;
}

export interface ChangeStreamOptions {
  dbUrl: string;
  log: (line: string) => void;
  /** Receives each batch before it is consumed. */
  onBatch(batch: AssembledBatch): Promise<void>;
  /** False when nobody listens: the slot is then consumed without decoding the changes. */
  wanted(): boolean;
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
  const relations = new Map<number, RelationMessage>();

  let client: pg.Client | undefined;
  let slot = '';
  let confirmed: Lsn = 0n;
  let lastRestartCheck = 0;
  let restartCheckAvailable = true;
  let stopped = false;
  let wake: (() => void) | undefined;

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
      const name = `wcap_realtime_${process.pid}_${randomBytes(4).toString('hex')}`;
      confirmed = await lsnQuery(
        connection,
        `select lsn::text from pg_create_logical_replication_slot($1, 'pgoutput', true)`,
        [name],
      );
      slot = name;
    } catch (error) {
      await connection.end().catch(() => undefined);
      throw error;
    }
    relations.clear();
    client = connection;
  }

  async function close(): Promise<void> {
    const connection = client;
    client = undefined;
    await connection?.end().catch(() => undefined);
  }

  async function advance(connection: pg.Client, target: Lsn): Promise<void> {
    if (target <= confirmed) return;
    await connection.query('select pg_replication_slot_advance($1, $2::pg_lsn)', [
      slot,
      formatLsn(target),
    ]);
    confirmed = target;
  }

  /** One poll; true when the batch was full and more changes are probably waiting. */
  async function poll(connection: pg.Client): Promise<boolean> {
    if (!options.wanted()) {
      confirmed = await lsnQuery(
        connection,
        'select end_lsn::text as lsn from pg_replication_slot_advance($1, pg_current_wal_flush_lsn())',
        [slot],
      );
      return false;
    }
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
  }

  await open();
  const loop = run();

  return {
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
