import type { RealtimeChannel, SupabaseClient } from '@supabase/supabase-js';
import pg from 'pg';
import { createNodeClient } from '../node-supabase-client';
import { querySql } from '../stack/sql';
import { startStack, type StackInfo } from '../stack/stack';
import { localLoadRateLimits } from '../../test-support/rate-limits';

/**
 * Realtime throughput and latency, measured as a browser sees them: committed rows (one
 * transaction each) to supabase-js postgres_changes callbacks, with row-level security checked
 * for every subscriber; and a server's REST broadcasts to the members of a private channel, each
 * join and each send authorised by RLS policies on realtime.messages. Prints BENCH_RESULT {json}.
 */
const ROWS = 2000;
const WRITERS = 8;
const MANY = 50;

interface Received {
  sentAt: number;
  receivedAt: number;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function signedInClient(info: StackInfo, n: number): Promise<SupabaseClient> {
  const client = createNodeClient(info.apiUrl, info.anonKey);
  const { error } = await client.auth.signUp({
    email: `bench-${n}-${Date.now()}@wcap.test`,
    password: 'Bench-2026!',
  });
  if (error) throw error;
  return client;
}

function subscribe(
  client: SupabaseClient,
  table: string,
  sink: Received[],
): Promise<RealtimeChannel> {
  const channel = client
    .channel(`bench-${Math.random()}`)
    .on(
      'postgres_changes' as never,
      { event: 'INSERT', schema: 'public', table } as never,
      (payload: { new: { sent_at: number } }) =>
        sink.push({ sentAt: Number(payload.new.sent_at), receivedAt: Date.now() }),
    );
  return new Promise((resolve, reject) =>
    channel.subscribe((status, error) => {
      if (status === 'SUBSCRIBED') resolve(channel);
      else if (status !== 'CLOSED') reject(error ?? new Error(status));
    }),
  );
}

async function burst(info: StackInfo, table: string, userId: string): Promise<number> {
  const pool = new pg.Pool({ connectionString: info.dbUrl, max: WRITERS });
  const started = Date.now();
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, worker) => {
      for (let i = worker; i < ROWS; i += WRITERS) {
        await pool.query(`insert into public.${table} (owner_id, sent_at) values ($1, $2)`, [
          userId,
          Date.now(),
        ]);
      }
    }),
  );
  await pool.end();
  return started;
}

const PRIVATE_TOPIC = 'bench-private';

function subscribePrivately(client: SupabaseClient, sink: Received[]): Promise<RealtimeChannel> {
  const channel = client
    .channel(PRIVATE_TOPIC, { config: { private: true } })
    .on('broadcast', { event: 'tick' }, ({ payload }) =>
      sink.push({ sentAt: (payload as { sentAt: number }).sentAt, receivedAt: Date.now() }),
    );
  return new Promise((resolve, reject) =>
    channel.subscribe((status, error) => {
      if (status === 'SUBSCRIBED') resolve(channel);
      else if (status !== 'CLOSED') reject(error ?? new Error(status));
    }),
  );
}

/** The server's burst: one REST request per message, each one's send authorised by RLS. */
async function privateBurst(info: StackInfo): Promise<number> {
  const started = Date.now();
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, worker) => {
      for (let i = worker; i < ROWS; i += WRITERS) {
        const response = await fetch(`${info.apiUrl}/realtime/v1/api/broadcast`, {
          method: 'POST',
          headers: {
            apikey: info.serviceRoleKey,
            authorization: `Bearer ${info.serviceRoleKey}`,
            'content-type': 'application/json',
          },
          body: JSON.stringify({
            messages: [
              {
                topic: PRIVATE_TOPIC,
                event: 'tick',
                payload: { sentAt: Date.now() },
                private: true,
              },
            ],
          }),
        });
        if (response.status !== 202) throw new Error(`broadcast answered ${response.status}`);
      }
    }),
  );
  return started;
}

async function waitFor(sinks: Received[][], expected: number): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (sinks.some((sink) => sink.length < expected)) {
    if (Date.now() > deadline)
      throw new Error(`only ${sinks.map((s) => s.length).join(',')} of ${expected} events arrived`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function summary(sinks: Received[][], started: number) {
  const all = sinks.flat();
  const last = Math.max(...all.map((event) => event.receivedAt));
  const latencies = all.map((event) => event.receivedAt - event.sentAt);
  return {
    events: all.length,
    eventsPerSecond: Math.round(all.length / ((last - started) / 1000)),
    p50LatencyMs: percentile(latencies, 50),
    p95LatencyMs: percentile(latencies, 95),
  };
}

const stack = await startStack({ ephemeral: true, env: localLoadRateLimits });
const { info } = stack;
try {
  const owner = await signedInClient(info, 0);
  const ownerId = (await owner.auth.getUser()).data.user!.id;
  await querySql(
    info.dbUrl,
    `create table public.bench_own (id bigint generated always as identity primary key,
       owner_id uuid not null references auth.users (id), sent_at bigint not null);
     alter table public.bench_own enable row level security;
     create policy "own" on public.bench_own for select to authenticated using ((select auth.uid()) = owner_id);
     create table public.bench_shared (id bigint generated always as identity primary key,
       owner_id uuid not null references auth.users (id), sent_at bigint not null);
     alter table public.bench_shared enable row level security;
     create policy "members" on public.bench_shared for select to authenticated using (true);
     alter publication supabase_realtime add table public.bench_own, public.bench_shared;
     create table public.bench_room (user_id uuid primary key references auth.users (id));
     create policy "bench room members receive" on realtime.messages for select to authenticated
       using ((select realtime.topic()) = '${PRIVATE_TOPIC}'
              and exists (select 1 from public.bench_room where user_id = (select auth.uid())));`,
  );

  const single: Received[] = [];
  await subscribe(owner, 'bench_own', single);
  const singleStarted = await burst(info, 'bench_own', ownerId);
  await waitFor([single], ROWS);
  const oneSubscriber = summary([single], singleStarted);

  const clients = await Promise.all(
    Array.from({ length: MANY }, (_, n) => signedInClient(info, n + 1)),
  );
  const sinks = clients.map(() => [] as Received[]);
  await Promise.all(clients.map((client, n) => subscribe(client, 'bench_shared', sinks[n]!)));
  const manyStarted = await burst(info, 'bench_shared', ownerId);
  await waitFor(sinks, ROWS);
  const fiftySubscribers = summary(sinks, manyStarted);

  await Promise.all(clients.map((client) => client.removeAllChannels()));
  await querySql(info.dbUrl, `insert into public.bench_room (user_id) select unnest($1::uuid[])`, [
    await Promise.all(clients.map(async (client) => (await client.auth.getUser()).data.user!.id)),
  ]);
  const privateSinks = clients.map(() => [] as Received[]);
  await Promise.all(clients.map((client, n) => subscribePrivately(client, privateSinks[n]!)));
  const privateStarted = await privateBurst(info);
  await waitFor(privateSinks, ROWS);
  const fiftyPrivateSubscribers = summary(privateSinks, privateStarted);

  await Promise.all([owner, ...clients].map((client) => client.removeAllChannels()));
  console.log(
    `BENCH_RESULT ${JSON.stringify({
      rows: ROWS,
      oneRlsSubscriber: oneSubscriber,
      fiftyRlsSubscribers: fiftySubscribers,
      fiftyPrivateChannelSubscribers: fiftyPrivateSubscribers,
      targetEventsPerSecond: 500,
    })}`,
  );
} finally {
  await stack.stop();
}
