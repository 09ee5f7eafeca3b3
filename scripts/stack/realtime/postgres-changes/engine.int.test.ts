import fs from 'node:fs';
import path from 'node:path';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { querySql } from '../../sql';
import { signedInUser, stackInfo } from '../../../../test-support/clients';
import { startPostgresChanges } from './engine';
import type {
  ChangeData,
  ChangeSubscriber,
  JwtClaims,
  PostgresBindingParams,
  PostgresChanges,
} from './types';
import { poller } from '../../../../test-support/wait';

interface Received {
  ids: number[];
  data: ChangeData;
}

type Collector = ChangeSubscriber & { received: Received[] };

const suffix = crypto.randomUUID().slice(0, 8);
const createdTables: string[] = [];
const logFile = (): string => path.join(stackInfo().logDir, `postgres-changes-test-${suffix}.log`);

let engine: PostgresChanges;
let alice: { userId: string; claims: JwtClaims };
let bob: { userId: string; claims: JwtClaims };
const anon: JwtClaims = { role: 'anon' };
const service: JwtClaims = { role: 'service_role' };

const sql = (text: string, params?: unknown[]) => querySql(stackInfo().dbUrl, text, params);

/** A fresh table `public.pc_<name>_<suffix>`, added to the publication unless told otherwise. */
async function createTable(name: string, definition: string, publish = true): Promise<string> {
  const table = `pc_${name}_${suffix}`;
  createdTables.push(table);
  await sql(definition.replaceAll('$T', `public.${table}`));
  if (publish) await sql(`alter publication supabase_realtime add table public.${table}`);
  return table;
}

/** A subscriber whose binding ids are 1, 2, … in the order given. */
function collector(...params: PostgresBindingParams[]): Collector {
  const received: Received[] = [];
  return {
    bindings: params.map((p, i) => ({ id: i + 1, params: p })),
    deliver: (ids, data) => received.push({ ids, data }),
    received,
  };
}

async function subscribed(
  claims: JwtClaims,
  ...params: PostgresBindingParams[]
): Promise<Collector> {
  const subscriber = collector(...params);
  expect(await engine.subscribe(subscriber, claims)).toEqual({ ok: true });
  return subscriber;
}

const waitFor = poller({ timeoutMs: 15_000, intervalMs: 10 });

/** The slots of the engines this test process started. */
const slotsOf = async (): Promise<string[]> =>
  (
    await sql(`select slot_name from pg_replication_slots where slot_name like $1`, [
      `wcap_realtime_${process.pid}_%`,
    ])
  ).map((row) => row.slot_name as string);

const records = (subscriber: Collector): unknown[] =>
  subscriber.received.map(({ data }) => data.record ?? data.old_record);

async function user(label: string): Promise<{ userId: string; claims: JwtClaims }> {
  const { client, userId } = await signedInUser(label);
  const { data } = await client.auth.getSession();
  return { userId, claims: decodeJwt(data.session!.access_token) as JwtClaims };
}

beforeAll(async () => {
  [alice, bob] = await Promise.all([user('alice'), user('bob')]);
  engine = await startPostgresChanges({ dbUrl: stackInfo().adminDbUrl, logFile: logFile() });
});

afterAll(async () => {
  await engine?.stop();
  for (const table of createdTables) await sql(`drop table if exists public.${table}`);
});

/** Owners read their rows; anonymous visitors read public ones. */
const MESSAGES = `
  create table $T (
    id bigint generated always as identity primary key,
    owner uuid,
    is_public boolean not null default false,
    body text,
    meta jsonb,
    tags text[],
    price numeric,
    at timestamptz default now()
  );
  alter table $T enable row level security;
  create policy owner_reads on $T for select to authenticated using ((select auth.uid()) = owner);
  create policy anon_reads_public on $T for select to anon using (is_public);`;

describe('row-level security', () => {
  it('delivers an INSERT to the owner only, typed as to_jsonb types it', async () => {
    const table = await createTable('owner', MESSAGES);
    const forAlice = await subscribed(alice.claims, { event: 'INSERT', schema: 'public', table });
    const forBob = await subscribed(bob.claims, { event: 'INSERT', schema: 'public', table });

    await sql(
      `insert into public.${table} (owner, body, meta, tags, price, at)
       values ($1, 'bonjour', '{"n": [1, 2]}', '{a,"b c"}', 12.50, '2025-01-01 11:00:00.123456+01')`,
      [alice.userId],
    );
    await sql(`insert into public.${table} (owner, body) values ($1, 'sentinelle')`, [bob.userId]);
    await waitFor(
      () => forAlice.received.length === 1 && forBob.received.length === 1,
      'both rows',
    );

    const [delivery] = forAlice.received;
    expect(delivery!.ids).toEqual([1]);
    expect(delivery!.data).toEqual({
      schema: 'public',
      table,
      commit_timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      type: 'INSERT',
      columns: [
        { name: 'id', type: 'int8' },
        { name: 'owner', type: 'uuid' },
        { name: 'is_public', type: 'bool' },
        { name: 'body', type: 'text' },
        { name: 'meta', type: 'jsonb' },
        { name: 'tags', type: '_text' },
        { name: 'price', type: 'numeric' },
        { name: 'at', type: 'timestamptz' },
      ],
      record: {
        id: expect.any(Number),
        owner: alice.userId,
        is_public: false,
        body: 'bonjour',
        meta: { n: [1, 2] },
        tags: ['a', 'b c'],
        price: 12.5,
        at: '2025-01-01T10:00:00.123456+00:00',
      },
      errors: null,
    });
    expect(Date.now() - Date.parse(delivery!.data.commit_timestamp)).toBeLessThan(60_000);
    expect(records(forBob)).toEqual([expect.objectContaining({ body: 'sentinelle' })]);
  });

  it('delivers to anon the rows a policy grants anon, and everything to service_role', async () => {
    const table = await createTable('anon', MESSAGES);
    const forAnon = await subscribed(anon, { event: '*', table });
    const forService = await subscribed(service, { event: '*', table });

    await sql(`insert into public.${table} (owner, body) values ($1, 'privé')`, [alice.userId]);
    await sql(`insert into public.${table} (owner, body, is_public) values ($1, 'public', true)`, [
      bob.userId,
    ]);
    await waitFor(() => forAnon.received.length === 1 && forService.received.length === 2, 'rows');
    expect(records(forAnon)).toEqual([expect.objectContaining({ body: 'public' })]);
    expect(records(forService)).toEqual([
      expect.objectContaining({ body: 'privé' }),
      expect.objectContaining({ body: 'public' }),
    ]);
  });

  it('sends an UPDATE with the key as old record, and a DELETE to every subscriber with only its key', async () => {
    const table = await createTable('delete', MESSAGES);
    const forAlice = await subscribed(alice.claims, { event: '*', table });
    const forBob = await subscribed(bob.claims, { event: 'DELETE', table });
    const [{ id }] = (await sql(
      `insert into public.${table} (owner, body) values ($1, 'v1') returning id`,
      [alice.userId],
    )) as [{ id: string }];
    await waitFor(() => forAlice.received.length === 1, 'the INSERT');
    await sql(`update public.${table} set body = 'v2' where id = $1`, [id]);
    await waitFor(() => forAlice.received.length === 2, 'the UPDATE');
    await sql(`delete from public.${table} where id = $1`, [id]);
    await waitFor(() => forAlice.received.length === 3 && forBob.received.length === 1, 'DELETE');

    const [, update, remove] = forAlice.received;
    expect(update!.data).toMatchObject({
      type: 'UPDATE',
      record: { id: Number(id), body: 'v2' },
      old_record: { id: Number(id) },
    });
    expect(remove!.data).toMatchObject({ type: 'DELETE', old_record: { id: Number(id) } });
    expect(remove!.data.record).toBeUndefined();
    expect(forBob.received[0]!.data.old_record).toEqual({ id: Number(id) });
  });

  it('re-checks with new claims after updateClaims and stops after unsubscribe', async () => {
    const table = await createTable('claims', MESSAGES);
    const subscriber = await subscribed(bob.claims, { event: 'INSERT', table });
    const witness = await subscribed(service, { event: 'INSERT', table });

    await sql(`insert into public.${table} (owner, body) values ($1, 'avant')`, [alice.userId]);
    await waitFor(() => witness.received.length === 1, 'the first row');
    engine.updateClaims(subscriber, alice.claims);
    await sql(`insert into public.${table} (owner, body) values ($1, 'après')`, [alice.userId]);
    await waitFor(() => subscriber.received.length === 1, 'the row after updateClaims');
    engine.unsubscribe(subscriber);
    await sql(`insert into public.${table} (owner, body) values ($1, 'désabonné')`, [alice.userId]);
    await waitFor(() => witness.received.length === 3, 'the last row');
    expect(records(subscriber)).toEqual([expect.objectContaining({ body: 'après' })]);
  });
});

describe('column privileges and errors', () => {
  it('lists and sends only the columns the role may select', async () => {
    const table = await createTable(
      'columns',
      `create table $T (id bigint primary key, owner uuid, body text, secret text);
       alter table $T enable row level security;
       create policy owner_reads on $T for select to authenticated using ((select auth.uid()) = owner);
       revoke select on $T from authenticated;
       grant select (id, owner, body) on $T to authenticated;`,
    );
    const subscriber = await subscribed(alice.claims, { event: 'INSERT', table });
    await sql(`insert into public.${table} values (1, $1, 'visible', 'caché')`, [alice.userId]);
    await waitFor(() => subscriber.received.length === 1, 'the row');
    expect(subscriber.received[0]!.data).toMatchObject({
      columns: [
        { name: 'id', type: 'int8' },
        { name: 'owner', type: 'uuid' },
        { name: 'body', type: 'text' },
      ],
      record: { id: 1, owner: alice.userId, body: 'visible' },
    });
    expect(subscriber.received[0]!.data.record).not.toHaveProperty('secret');
    expect(
      await engine.subscribe(collector({ event: '*', table, filter: 'secret=eq.x' }), alice.claims),
    ).toMatchObject({
      ok: false,
      message: expect.stringContaining('invalid column for filter secret'),
    });
  });

  it('sends Error 401 without values when the role cannot read the primary key', async () => {
    const table = await createTable(
      'unauthorized',
      `create table $T (id bigint primary key, body text); revoke all on $T from anon;`,
    );
    const subscriber = await subscribed(anon, { event: '*', table });
    await sql(`insert into public.${table} values (1, 'secret')`);
    await waitFor(() => subscriber.received.length === 1, 'the error');
    expect(subscriber.received[0]).toEqual({
      ids: [1],
      data: {
        schema: 'public',
        table,
        commit_timestamp: expect.any(String),
        type: 'INSERT',
        columns: [],
        errors: ['Error 401: Unauthorized'],
      },
    });
  });

  it('sends Error 400 for a table without primary key', async () => {
    const table = await createTable('nopk', `create table $T (body text)`);
    const subscriber = await subscribed(alice.claims, { event: 'INSERT', table });
    await sql(`insert into public.${table} values ('x')`);
    await waitFor(() => subscriber.received.length === 1, 'the error');
    expect(subscriber.received[0]!.data).toMatchObject({
      type: 'INSERT',
      columns: [],
      errors: ['Error 400: Bad Request, no primary key'],
    });
    expect(subscriber.received[0]!.data.record).toBeUndefined();
  });
});

describe('filters and bindings', () => {
  const REF = '6f1c2b9e-1d1e-4a8c-9b1a-0c3d5e7f9a11';

  it('evaluates each operator with the value cast to the column type', async () => {
    const table = await createTable(
      'filters',
      `create table $T (id int primary key, n numeric, label text, at timestamptz, ref uuid)`,
    );
    const subscriber = await subscribed(
      alice.claims,
      { event: 'INSERT', table, filter: 'n=eq.10' }, // 1
      { event: 'INSERT', table, filter: 'n=neq.10' }, // 2
      { event: 'INSERT', table, filter: 'n=lt.10' }, // 3
      { event: 'INSERT', table, filter: 'n=lte.10' }, // 4
      { event: 'INSERT', table, filter: 'n=gt.10' }, // 5: numeric, not text ('9' > '10')
      { event: 'INSERT', table, filter: 'n=gte.10' }, // 6
      { event: 'INSERT', table, filter: 'label=in.(a,"c d")' }, // 7
      { event: 'INSERT', table, filter: 'at=gt.2025-01-01 01:00:00+01' }, // 8: 2025-01-01T00:00Z
      { event: 'INSERT', table, filter: `ref=eq.${REF.toUpperCase()}` }, // 9
      { event: 'INSERT', table, filter: 'n=gte.9,label=eq.b' }, // 10: AND
      { event: 'UPDATE', table }, // 11: another event
    );
    await sql(
      `insert into public.${table} values
         (1, 10, 'c d', '2025-06-01T00:00:00Z', $1),
         (2, 9, 'b', '2024-12-31T23:59:59Z', gen_random_uuid()),
         (3, 100, 'a', null, null),
         (4, null, 'z', '2025-01-01T00:00:00Z', null)`,
      [REF],
    );
    await waitFor(() => subscriber.received.length === 3, 'the matching rows');
    expect(subscriber.received.map(({ ids, data }) => [data.record?.id, ids])).toEqual([
      [1, [1, 4, 6, 7, 8, 9]],
      [2, [2, 3, 4, 10]],
      [3, [2, 5, 6, 7]],
    ]);
  });

  it('applies a filter to the old row of a DELETE', async () => {
    const table = await createTable(
      'deletefilter',
      `create table $T (id int primary key, room int); alter table $T replica identity full;`,
    );
    const subscriber = await subscribed(alice.claims, {
      event: 'DELETE',
      table,
      filter: 'room=eq.7',
    });
    await sql(`insert into public.${table} values (1, 7), (2, 8)`);
    await sql(`delete from public.${table}`);
    await waitFor(() => subscriber.received.length === 1, 'the DELETE');
    await sql(`insert into public.${table} values (3, 7)`);
    await sql(`delete from public.${table} where id = 3`);
    await waitFor(() => subscriber.received.length === 2, 'the second DELETE');
    expect(records(subscriber)).toEqual([
      { id: 1, room: 7 },
      { id: 3, room: 7 },
    ]);
  });

  it('covers every published table of a schema with a schema-only binding', async () => {
    const first = await createTable('schema_a', `create table $T (id int primary key)`);
    const second = await createTable('schema_b', `create table $T (id int primary key)`);
    const subscriber = await subscribed(service, { event: 'INSERT', schema: 'public' });
    await sql(`insert into public.${first} values (1)`);
    await sql(`insert into public.${second} values (2)`);
    await waitFor(
      () =>
        subscriber.received.filter(({ data }) => [first, second].includes(data.table)).length === 2,
      'both tables',
    );
  });

  it('rejects bindings the database cannot serve, subscribing nothing', async () => {
    const table = await createTable(
      'reject',
      `create table $T (id bigint primary key, at timestamptz)`,
    );
    const hidden = await createTable('unpublished', `create table $T (id int primary key)`, false);
    const attempt = (claims: JwtClaims, ...params: PostgresBindingParams[]) =>
      engine.subscribe(collector(...params), claims);

    expect(await attempt(alice.claims, { event: '*', schema: 'public', table: hidden })).toEqual({
      ok: false,
      message: `Unable to subscribe to changes with given parameters. Please check Realtime is enabled for the given connect parameters: [schema: public, table: ${hidden}, filters: []]`,
    });
    expect(await attempt(alice.claims, { event: '*', table, filter: 'nope=eq.1' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('invalid column for filter nope'),
    });
    expect(
      await attempt(alice.claims, { event: '*', table, filter: 'at=lt.demain' }),
    ).toMatchObject({
      ok: false,
      message: expect.stringContaining('invalid input syntax for type timestamp with time zone'),
    });
    expect(await attempt(alice.claims, { event: '*', table, filter: 'id=like.1%' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('Error parsing `filter` params'),
    });
    expect(await attempt({ role: 'nobody' }, { event: '*', table })).toMatchObject({
      ok: false,
      message: expect.stringContaining('role "nobody" does not exist'),
    });

    const partlyValid = collector({ event: '*', table }, { event: '*', table: hidden });
    expect(await engine.subscribe(partlyValid, service)).toMatchObject({ ok: false });
    const witness = await subscribed(service, { event: '*', table });
    await sql(`insert into public.${table} values (1, now())`);
    await waitFor(() => witness.received.length === 1, 'the row');
    expect(partlyValid.received).toEqual([]);
  });
});

describe('old records and TOAST', () => {
  const BIG = `repeat(md5(random()::text), 100)`; // 3,200 characters, stored out of line

  it('sends full old records with REPLICA IDENTITY FULL and completes unchanged TOAST values', async () => {
    const table = await createTable(
      'full',
      `create table $T (id int primary key, body text, big text);
       alter table $T alter column big set storage external;
       alter table $T replica identity full;`,
    );
    const subscriber = await subscribed(alice.claims, { event: '*', table });
    await sql(`insert into public.${table} values (1, 'v1', ${BIG})`);
    await sql(`update public.${table} set body = 'v2'`);
    await sql(`delete from public.${table}`);
    await waitFor(() => subscriber.received.length === 3, 'INSERT, UPDATE, DELETE');

    const [insert, update, remove] = subscriber.received.map(({ data }) => data);
    const big = insert!.record!.big as string;
    expect(big).toHaveLength(3200);
    expect(update).toMatchObject({
      type: 'UPDATE',
      record: { id: 1, body: 'v2', big },
      old_record: { id: 1, body: 'v1', big },
    });
    expect(remove).toMatchObject({ type: 'DELETE', old_record: { id: 1, body: 'v2', big } });
  });

  it('leaves out an unchanged TOAST value pgoutput did not send', async () => {
    const table = await createTable(
      'toast',
      `create table $T (id int primary key, body text, big text);
       alter table $T alter column big set storage external;`,
    );
    const subscriber = await subscribed(alice.claims, { event: 'UPDATE', table });
    await sql(`insert into public.${table} values (1, 'v1', ${BIG})`);
    await sql(`update public.${table} set body = 'v2'`);
    await waitFor(() => subscriber.received.length === 1, 'the UPDATE');
    expect(subscriber.received[0]!.data).toMatchObject({
      record: { id: 1, body: 'v2' },
      old_record: { id: 1 },
    });
    expect(subscriber.received[0]!.data.record).not.toHaveProperty('big');
  });

  it('keeps only the key of a DELETE on an RLS table, even with REPLICA IDENTITY FULL', async () => {
    const table = await createTable('fullrls', `${MESSAGES} alter table $T replica identity full;`);
    const subscriber = await subscribed(alice.claims, { event: '*', table });
    await sql(`insert into public.${table} (owner, body) values ($1, 'v1')`, [alice.userId]);
    await waitFor(() => subscriber.received.length === 1, 'the INSERT');
    await sql(`update public.${table} set body = 'v2'`);
    await waitFor(() => subscriber.received.length === 2, 'the UPDATE');
    await sql(`delete from public.${table}`);
    await waitFor(() => subscriber.received.length === 3, 'the DELETE');
    const [, update, remove] = subscriber.received.map(({ data }) => data);
    expect(update!.old_record).toMatchObject({ owner: alice.userId, body: 'v1' });
    expect(Object.keys(remove!.old_record!)).toEqual(['id']);
  });
});

describe('delivery', () => {
  it('does not deliver changes committed before subscribe', async () => {
    const table = await createTable('before', `create table $T (id int primary key)`);
    await sql(`insert into public.${table} values (1)`);
    const subscriber = await subscribed(service, { event: 'INSERT', table });
    await sql(`insert into public.${table} values (2)`);
    await waitFor(() => subscriber.received.length === 1, 'the second row');
    expect(records(subscriber)).toEqual([{ id: 2 }]);
  });

  it('delivers 2,000 committed transactions exactly once, in commit order', async () => {
    const table = await createTable('burst', MESSAGES);
    const subscriber = await subscribed(alice.claims, { event: 'INSERT', table });
    await sql(
      `do $$ begin
         for i in 1..2000 loop
           insert into public.${table} (owner, body) values ('${alice.userId}', i::text);
           commit;
         end loop;
       end $$`,
    );
    await waitFor(() => subscriber.received.length >= 2000, '2,000 rows', 30_000);
    // A duplicate would arrive with or right after the last row.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(subscriber.received.map(({ data }) => data.record?.body)).toEqual(
      Array.from({ length: 2000 }, (_, i) => String(i + 1)),
    );
  });
});

describe('robustness', () => {
  it('recreates its slot after losing its connection, and drops it on stop', async () => {
    const before = new Set(await slotsOf());
    const file = path.join(stackInfo().logDir, `postgres-changes-reconnect-${suffix}.log`);
    const own = await startPostgresChanges({ dbUrl: stackInfo().adminDbUrl, logFile: file });
    try {
      const [slot] = (await slotsOf()).filter((name) => !before.has(name));
      const table = await createTable('reconnect', `create table $T (id int primary key)`);
      const subscriber = collector({ event: 'INSERT', table });
      expect(await own.subscribe(subscriber, service)).toEqual({ ok: true });

      // The engine connects as supabase_admin, as Realtime does: only a superuser may end it.
      await querySql(
        stackInfo().adminDbUrl,
        `select pg_terminate_backend(active_pid) from pg_replication_slots where slot_name = $1`,
        [slot],
      );
      await waitFor(
        () => fs.existsSync(file) && /recréé/.test(fs.readFileSync(file, 'utf8')),
        'a new slot',
      );
      await sql(`insert into public.${table} values (1)`);
      await waitFor(() => subscriber.received.length === 1, 'a row after the reconnection');
      expect(await slotsOf()).not.toContain(slot);
    } finally {
      await own.stop();
    }
    expect(new Set(await slotsOf())).toEqual(before);
  });
});

describe('while nobody listens', () => {
  const GIB = 1024 ** 3;

  interface SlotState {
    name: string;
    confirmed: string;
    restart: string;
    /**
     * What peeks decoded so far (pg_stat_replication_slots): pg_replication_slot_advance decodes
     * without counting here, but it moves the positions above.
     */
    txns: number;
    bytes: number;
  }

  /**
   * An engine of its own, with nobody subscribed, and a way to look at its slot. A temporary slot
   * stays owned by its backend, so the slot is found by that backend's pid even once replaced.
   */
  async function idleEngine(
    name: string,
    slotLimits: { idleRetainedBytes?: number; catchUpBytes?: number },
  ): Promise<{ engine: PostgresChanges; slot: () => Promise<SlotState> }> {
    const before = new Set(await slotsOf());
    const file = path.join(stackInfo().logDir, `postgres-changes-${name}-${suffix}.log`);
    const own = await startPostgresChanges({
      dbUrl: stackInfo().adminDbUrl,
      logFile: file,
      slotLimits,
    });
    const [created] = (await slotsOf()).filter((slot) => !before.has(slot));
    const [{ active_pid: pid }] = (await sql(
      `select active_pid from pg_replication_slots where slot_name = $1`,
      [created],
    )) as [{ active_pid: number }];
    const slot = async (): Promise<SlotState> => {
      let row: Record<string, unknown> | undefined;
      // Absent for a moment while the engine swaps its slot for a new one.
      await waitFor(async () => {
        [row] = await sql(
          `select r.slot_name, r.confirmed_flush_lsn::text as confirmed, r.restart_lsn::text as restart,
             coalesce(s.total_txns, 0)::int as txns, coalesce(s.total_bytes, 0)::bigint::text as bytes
           from pg_replication_slots r left join pg_stat_replication_slots s using (slot_name)
           where r.active_pid = $1`,
          [pid],
        );
        return row !== undefined;
      }, 'its slot');
      return {
        name: row!.slot_name as string,
        confirmed: row!.confirmed as string,
        restart: row!.restart as string,
        txns: row!.txns as number,
        bytes: Number(row!.bytes),
      };
    };
    return { engine: own, slot };
  }

  /** Several megabytes of WAL: one big transaction and 200 small ones, all into a published table. */
  async function writeBurst(table: string): Promise<void> {
    await sql(
      `insert into public.${table} (id, body)
       select g, repeat('x', 100) from generate_series(1, 30000) g`,
    );
    await sql(
      `do $$ begin
         for i in 30001..30200 loop
           insert into public.${table} (id, body) values (i, 'petite');
           commit;
         end loop;
       end $$`,
    );
  }

  const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

  it('decodes nothing, even a large write, and leaves the slot where it is', async () => {
    const { engine: own, slot } = await idleEngine('idle', { idleRetainedBytes: GIB });
    try {
      const table = await createTable('idle', `create table $T (id int primary key, body text)`);
      const before = await slot();
      await writeBurst(table);
      // Dozens of polls, and time for decoding statistics to be flushed had any been counted.
      await pause(1500);
      expect(await slot()).toEqual(before);
    } finally {
      await own.stop();
    }
  });

  it.each([
    ['decoding the backlog', GIB, false],
    ['replacing the slot', 0, true],
  ])(
    'delivers to a late subscriber none of the writes committed while idle, then the next one (%s)',
    async (label, catchUpBytes, replaced) => {
      const { engine: own, slot } = await idleEngine(`late-${replaced}`, {
        idleRetainedBytes: GIB,
        catchUpBytes,
      });
      try {
        const table = await createTable(
          `late_${replaced}`,
          `create table $T (id int primary key, body text)`,
        );
        const idleSlot = await slot();
        await writeBurst(table);
        const subscriber = collector({ event: 'INSERT', table });
        expect(await own.subscribe(subscriber, service)).toEqual({ ok: true });
        expect((await slot()).name !== idleSlot.name).toBe(replaced);

        await sql(`insert into public.${table} (id, body) values (0, 'après')`);
        await waitFor(() => subscriber.received.length >= 1, `the row after joining (${label})`);
        // A late row of the backlog would arrive with or right after it.
        await pause(300);
        expect(records(subscriber)).toEqual([{ id: 0, body: 'après' }]);
      } finally {
        await own.stop();
      }
    },
  );

  it('replaces a slot holding too much WAL back, without decoding it', async () => {
    const { engine: own, slot } = await idleEngine('bound', {
      idleRetainedBytes: 1024 * 1024,
      catchUpBytes: GIB,
    });
    try {
      const table = await createTable('bound', `create table $T (id int primary key, body text)`);
      const first = await slot();
      await writeBurst(table);
      await waitFor(async () => (await slot()).name !== first.name, 'a new slot', 5000);
      expect(await slotsOf()).not.toContain(first.name);
      const replacement = await slot();
      expect({ txns: replacement.txns, bytes: replacement.bytes }).toEqual({ txns: 0, bytes: 0 });

      const subscriber = collector({ event: 'INSERT', table });
      expect(await own.subscribe(subscriber, service)).toEqual({ ok: true });
      await sql(`insert into public.${table} (id, body) values (0, 'après')`);
      await waitFor(() => subscriber.received.length >= 1, 'the row after joining');
      await pause(300);
      expect(records(subscriber)).toEqual([{ id: 0, body: 'après' }]);
    } finally {
      await own.stop();
    }
  });
});
