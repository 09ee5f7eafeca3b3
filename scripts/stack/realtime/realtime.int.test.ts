import type { RealtimeChannel, SupabaseClient } from '@supabase/supabase-js';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { querySql } from '../sql';
import { anonClient, serviceClient, signedInUser, stackInfo } from '../../../test-support/clients';
import { poller } from '../../../test-support/wait';

// A tenant-like table: each user sees only its own rows, as every WCAP table will.
const table = `rt_notes_${Date.now().toString(36)}`;
const unpublished = `${table}_private`;
const clients: SupabaseClient[] = [];

const sql = (text: string, params?: unknown[]) => querySql(stackInfo().dbUrl, text, params);

function track<T extends SupabaseClient>(client: T): T {
  clients.push(client);
  return client;
}

async function user(label: string) {
  const signed = await signedInUser(label);
  track(signed.client);
  return signed;
}

function subscribe(channel: RealtimeChannel): Promise<void> {
  return new Promise((resolve, reject) => {
    channel.subscribe((status, error) => {
      if (status === 'SUBSCRIBED') resolve();
      else if (status === 'CHANNEL_ERROR' || status === 'TIMED_OUT')
        reject(error ?? new Error(status));
    });
  });
}

const waitUntil = poller({ timeoutMs: 10_000, intervalMs: 20 });

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Change {
  eventType: string;
  new: Record<string, unknown>;
  old: Record<string, unknown>;
}

function listen(
  client: SupabaseClient,
  name: string,
  params: { event: '*' | 'INSERT' | 'UPDATE' | 'DELETE'; filter?: string },
  tableName = table,
) {
  const changes: Change[] = [];
  const channel = client
    .channel(name)
    .on(
      'postgres_changes' as never,
      { ...params, schema: 'public', table: tableName } as never,
      (payload: Change) => {
        changes.push(payload);
      },
    );
  return { channel, changes };
}

beforeAll(async () => {
  await sql(`
    create table public.${table} (
      id bigint generated always as identity primary key,
      owner_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
      body text not null,
      score int not null default 0,
      due_at timestamptz
    );
    alter table public.${table} enable row level security;
    create policy "own rows" on public.${table} for all to authenticated
      using ((select auth.uid()) = owner_id) with check ((select auth.uid()) = owner_id);
    create table public.${unpublished} (id bigint primary key);
    alter publication supabase_realtime add table public.${table};
    notify pgrst, 'reload schema';
  `);
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.removeAllChannels()));
  await sql(
    `drop table if exists public.${table}; drop table if exists public.${unpublished}; notify pgrst, 'reload schema';`,
  );
});

describe('postgres_changes through supabase-js', () => {
  it("reaches the row's owner only, never another user or the anonymous key", async () => {
    const owner = await user('owner');
    const other = await user('other');
    const anonymous = track(anonClient());
    const mine = listen(owner.client, 'owner-inserts', { event: 'INSERT' });
    const theirs = listen(other.client, 'other-inserts', { event: 'INSERT' });
    const anon = listen(anonymous, 'anon-inserts', { event: 'INSERT' });
    await Promise.all([
      subscribe(mine.channel),
      subscribe(theirs.channel),
      subscribe(anon.channel),
    ]);

    await sql(`insert into public.${table} (owner_id, body) values ($1, 'pour le propriétaire')`, [
      owner.userId,
    ]);
    await waitUntil(() => mine.changes.length === 1, 'the owner to receive the insert');
    expect(mine.changes[0]).toMatchObject({
      eventType: 'INSERT',
      new: { owner_id: owner.userId, body: 'pour le propriétaire', score: 0 },
    });
    await pause(300);
    expect(theirs.changes).toEqual([]);
    expect(anon.changes).toEqual([]);
  });

  it('applies eq, neq, lt, lte, gt, gte and in filters with the column type', async () => {
    const owner = await user('filters');
    const filters = [
      'score=eq.5',
      'score=neq.5',
      'score=lt.5',
      'score=lte.5',
      'score=gt.5',
      'score=gte.5',
      'score=in.(1,9)',
      'due_at=gt.2026-06-01T00:00:00Z',
    ];
    const listeners = filters.map((filter, i) =>
      listen(owner.client, `filter-${i}`, { event: 'INSERT', filter }),
    );
    await Promise.all(listeners.map(({ channel }) => subscribe(channel)));

    for (const [score, due] of [
      [1, '2026-01-01T00:00:00Z'],
      [5, '2026-07-01T00:00:00Z'],
      [9, null],
    ] as const) {
      await sql(
        `insert into public.${table} (owner_id, body, score, due_at) values ($1, 'f', $2, $3)`,
        [owner.userId, score, due],
      );
    }
    const expected: Record<string, number[]> = {
      'score=eq.5': [5],
      'score=neq.5': [1, 9],
      'score=lt.5': [1],
      'score=lte.5': [1, 5],
      'score=gt.5': [9],
      'score=gte.5': [5, 9],
      'score=in.(1,9)': [1, 9],
      'due_at=gt.2026-06-01T00:00:00Z': [5],
    };
    await waitUntil(
      () => listeners[1]!.changes.length === 2 && listeners[5]!.changes.length === 2,
      'filtered inserts',
    );
    await pause(300);
    filters.forEach((filter, i) => {
      expect(
        listeners[i]!.changes.map((change) => change.new.score),
        filter,
      ).toEqual(expected[filter]);
    });
  });

  it('sends UPDATE with the new row and DELETE with the old primary key', async () => {
    const owner = await user('updates');
    const all = listen(owner.client, 'all-events', { event: '*' });
    await subscribe(all.channel);
    // Visibility is checked when a change is processed, so each step waits for the previous event:
    // a row already deleted would hide its own INSERT and UPDATE (as on Supabase).
    const [row] = await sql(
      `insert into public.${table} (owner_id, body) values ($1, 'avant') returning id`,
      [owner.userId],
    );
    await waitUntil(() => all.changes.length === 1, 'the insert');
    await sql(`update public.${table} set body = 'après', score = 2 where id = $1`, [row!.id]);
    await waitUntil(() => all.changes.length === 2, 'the update');
    await sql(`delete from public.${table} where id = $1`, [row!.id]);
    await waitUntil(() => all.changes.length === 3, 'the delete');

    const [insert, update, remove] = all.changes;
    expect(insert!.eventType).toBe('INSERT');
    expect(update).toMatchObject({
      eventType: 'UPDATE',
      new: { id: Number(row!.id), body: 'après', score: 2 },
      old: { id: Number(row!.id) },
    });
    expect(remove).toMatchObject({ eventType: 'DELETE', new: {} });
    expect(remove!.old).toEqual({ id: Number(row!.id) });
  });

  it('carries the whole old row on UPDATE when the table has REPLICA IDENTITY FULL', async () => {
    await sql(`alter table public.${table} replica identity full`);
    try {
      const owner = await user('full');
      const updates = listen(owner.client, 'full-updates', { event: 'UPDATE' });
      await subscribe(updates.channel);
      const [row] = await sql(
        `insert into public.${table} (owner_id, body) values ($1, 'ancien') returning id`,
        [owner.userId],
      );
      await sql(`update public.${table} set body = 'nouveau' where id = $1`, [row!.id]);
      await waitUntil(() => updates.changes.length === 1, 'the update');
      expect(updates.changes[0]!.old).toMatchObject({
        id: Number(row!.id),
        body: 'ancien',
        owner_id: owner.userId,
      });
    } finally {
      await sql(`alter table public.${table} replica identity default`);
    }
  });

  it('reports a table outside the publication as a system error', async () => {
    const owner = await user('unpublished');
    const messages: { status: string; message: string }[] = [];
    const channel = owner.client
      .channel('unpublished')
      .on(
        'postgres_changes' as never,
        { event: '*', schema: 'public', table: unpublished } as never,
        () => undefined,
      )
      .on('system', {}, (payload: { status: string; message: string }) => messages.push(payload));
    await subscribe(channel);
    await waitUntil(() => messages.length > 0, 'the system message');
    expect(messages[0]).toMatchObject({ status: 'error' });
    expect(messages[0]!.message).toMatch(/Unable to subscribe to changes/);
  });

  it('keeps the channel when the access token is refreshed', async () => {
    const owner = await user('refresh');
    const inserts = listen(owner.client, 'refresh-inserts', { event: 'INSERT' });
    await subscribe(inserts.channel);
    const { data, error } = await owner.client.auth.refreshSession();
    expect(error).toBeNull();
    await owner.client.realtime.setAuth(data.session!.access_token);
    await pause(200);
    await sql(
      `insert into public.${table} (owner_id, body) values ($1, 'après rafraîchissement')`,
      [owner.userId],
    );
    await waitUntil(() => inserts.changes.length === 1, 'the insert after the refresh');
    expect(inserts.channel.state).toBe('joined');
  });

  it('delivers a burst of 2,000 committed rows to one subscriber, each exactly once, in order', async () => {
    const owner = await user('burst');
    const inserts = listen(owner.client, 'burst', { event: 'INSERT' });
    await subscribe(inserts.channel);
    // 2,000 transactions, committed one after the other: ids grow in commit order.
    await sql(`
      do $$
      begin
        for i in 1..2000 loop
          insert into public.${table} (owner_id, body, score) values ('${owner.userId}', 'rafale', i);
          commit;
        end loop;
      end $$;`);
    await waitUntil(() => inserts.changes.length >= 2000, '2,000 inserts', 30_000);
    await pause(300);
    const ids = inserts.changes.map((change) => change.new.id as number);
    expect(ids).toHaveLength(2000);
    expect(new Set(ids).size).toBe(2000);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });
});

describe('broadcast', () => {
  it('reaches the other members, and the sender only with `self`', async () => {
    const alice = track(anonClient());
    const bob = track(anonClient());
    const received: Record<string, unknown[]> = { alice: [], bob: [], aliceSelf: [] };
    const a = alice
      .channel('salle-1')
      .on('broadcast', { event: 'curseur' }, ({ payload }) => received.alice!.push(payload));
    const b = bob
      .channel('salle-1')
      .on('broadcast', { event: 'curseur' }, ({ payload }) => received.bob!.push(payload));
    await Promise.all([subscribe(a), subscribe(b)]);
    expect(await a.send({ type: 'broadcast', event: 'curseur', payload: { x: 1 } })).toBe('ok');
    await waitUntil(() => received.bob!.length === 1, 'bob to receive');
    await pause(200);
    expect(received.alice).toEqual([]);
    expect(received.bob).toEqual([{ x: 1 }]);

    const me = track(anonClient());
    const selfChannel = me
      .channel('salle-2', { config: { broadcast: { self: true, ack: true } } })
      .on('broadcast', { event: '*' }, ({ payload }) => received.aliceSelf!.push(payload));
    await subscribe(selfChannel);
    expect(await selfChannel.send({ type: 'broadcast', event: 'écho', payload: { n: 2 } })).toBe(
      'ok',
    );
    await waitUntil(() => received.aliceSelf!.length === 1, 'the echo to the sender');
  });

  it('accepts pushes from a server through the REST endpoint', async () => {
    const listener = track(anonClient());
    const got: unknown[] = [];
    const channel = listener
      .channel('progression')
      .on('broadcast', { event: 'avancement' }, ({ payload }) => got.push(payload));
    await subscribe(channel);
    const response = await fetch(`${stackInfo().apiUrl}/realtime/v1/api/broadcast`, {
      method: 'POST',
      headers: {
        apikey: stackInfo().serviceRoleKey,
        authorization: `Bearer ${stackInfo().serviceRoleKey}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        messages: [{ topic: 'progression', event: 'avancement', payload: { envoyés: 10 } }],
      }),
    });
    expect(response.status).toBe(202);
    await waitUntil(() => got.length === 1, 'the REST broadcast');
    expect(got[0]).toEqual({ envoyés: 10 });

    const unauthorised = await fetch(`${stackInfo().apiUrl}/realtime/v1/api/broadcast`, {
      method: 'POST',
      headers: {
        apikey: stackInfo().anonKey,
        authorization: 'Bearer forged.token.value',
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        messages: [{ topic: 'progression', event: 'avancement', payload: {} }],
      }),
    });
    expect(unauthorised.status).toBe(401);
  });
});

describe('presence', () => {
  it('shows who joins and who leaves', async () => {
    const watcher = track(anonClient());
    const agent = track(anonClient());
    const events: string[] = [];
    const watching = watcher
      .channel('agents-en-ligne', { config: { presence: { key: 'superviseur' } } })
      .on('presence', { event: 'join' }, ({ key }) => events.push(`join:${key}`))
      .on('presence', { event: 'leave' }, ({ key }) => events.push(`leave:${key}`));
    await subscribe(watching);
    const agentChannel = agent
      .channel('agents-en-ligne', { config: { presence: { key: 'agent-7' } } })
      .on('presence', { event: 'sync' }, () => undefined);
    await subscribe(agentChannel);
    expect(await agentChannel.track({ statut: 'disponible' })).toBe('ok');
    await waitUntil(() => events.includes('join:agent-7'), 'the join');
    expect(watching.presenceState()['agent-7']).toMatchObject([{ statut: 'disponible' }]);

    await agent.removeChannel(agentChannel);
    await waitUntil(() => events.includes('leave:agent-7'), 'the leave');
    expect(watching.presenceState()['agent-7']).toBeUndefined();
  });
});

describe('tokens', () => {
  async function joinWith(token: string): Promise<Error> {
    const client = track(anonClient());
    await client.realtime.setAuth(token);
    return subscribe(client.channel(`refus-${Math.random()}`)).then(
      () => new Error('joined'),
      (error: Error) => error,
    );
  }

  it('refuses a join with a forged or expired JWT', async () => {
    const secret = new TextEncoder().encode(stackInfo().jwtSecret);
    const forged = await new SignJWT({ role: 'authenticated', sub: crypto.randomUUID() })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('another-secret-that-is-long-enough-to-sign'));
    expect((await joinWith(forged)).message).toMatch(/InvalidJWTToken/);

    const expired = await new SignJWT({ role: 'authenticated', sub: crypto.randomUUID() })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(secret);
    expect((await joinWith(expired)).message).toMatch(/Token has expired/);
  });

  it('refuses a socket opened with a key that is not the project’s', async () => {
    const url = `${stackInfo().realtimeUrl}/websocket?apikey=not-a-key&vsn=2.0.0`;
    const status = await new Promise<number>((resolve) => {
      const ws = new WebSocket(url);
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('open', () => resolve(101));
    });
    expect(status).toBe(401);
  });
});

describe('wire protocol', () => {
  function open(vsn: string): Promise<WebSocket> {
    const ws = new WebSocket(
      `${stackInfo().realtimeUrl}/websocket?apikey=${stackInfo().anonKey}&vsn=${vsn}`,
    );
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(ws));
      ws.once('error', reject);
    });
  }

  function nextMessage(ws: WebSocket): Promise<unknown> {
    return new Promise((resolve) =>
      ws.once('message', (data) => resolve(JSON.parse(String(data)))),
    );
  }

  it('speaks vsn 1.0.0 objects: heartbeat, join and leave', async () => {
    const ws = await open('1.0.0');
    try {
      ws.send(
        JSON.stringify({
          topic: 'phoenix',
          event: 'heartbeat',
          payload: {},
          ref: '1',
          join_ref: null,
        }),
      );
      expect(await nextMessage(ws)).toEqual({
        topic: 'phoenix',
        event: 'phx_reply',
        payload: { status: 'ok', response: {} },
        ref: '1',
        join_ref: null,
      });
      ws.send(
        JSON.stringify({
          topic: 'realtime:v1',
          event: 'phx_join',
          payload: { config: {} },
          ref: '2',
          join_ref: '2',
        }),
      );
      expect(await nextMessage(ws)).toMatchObject({
        event: 'phx_reply',
        ref: '2',
        payload: { status: 'ok', response: { postgres_changes: [] } },
      });
      const closing: unknown[] = [];
      ws.on('message', (data) => closing.push(JSON.parse(String(data))));
      ws.send(
        JSON.stringify({
          topic: 'realtime:v1',
          event: 'phx_leave',
          payload: {},
          ref: '3',
          join_ref: '2',
        }),
      );
      await waitUntil(() => closing.length === 2, 'reply and close');
      expect(closing).toEqual([
        {
          topic: 'realtime:v1',
          event: 'phx_reply',
          payload: { status: 'ok', response: {} },
          ref: '3',
          join_ref: '2',
        },
        { topic: 'realtime:v1', event: 'phx_close', payload: {}, ref: '2', join_ref: '2' },
      ]);
    } finally {
      ws.close();
    }
  });

  it('answers a message on a topic that was never joined', async () => {
    const ws = await open('2.0.0');
    try {
      ws.send(
        JSON.stringify([
          '9',
          '9',
          'realtime:jamais',
          'broadcast',
          { type: 'broadcast', event: 'x', payload: {} },
        ]),
      );
      expect(await nextMessage(ws)).toEqual([
        '9',
        '9',
        'realtime:jamais',
        'phx_reply',
        { status: 'error', response: { reason: 'unmatched topic' } },
      ]);
    } finally {
      ws.close();
    }
  });

  it('drops a socket that stops reading without slowing the others', async () => {
    const owner = await user('backpressure');
    const fast = listen(owner.client, 'rapide', { event: 'INSERT' });
    await subscribe(fast.channel);

    const slow = await open('2.0.0');
    const { data } = await owner.client.auth.getSession();
    slow.send(
      JSON.stringify([
        '1',
        '1',
        'realtime:lent',
        'phx_join',
        {
          config: { postgres_changes: [{ event: 'INSERT', schema: 'public', table }] },
          access_token: data.session!.access_token,
        },
      ]),
    );
    await nextMessage(slow);
    const closed = new Promise<void>((resolve) => slow.once('close', () => resolve()));
    // The slow browser: its socket is never read again.
    (slow as unknown as { _socket: { pause(): void } })._socket.pause();

    const bulky = 'x'.repeat(32 * 1024);
    await sql(
      `insert into public.${table} (owner_id, body) select $1, $2 from generate_series(1, 800)`,
      [owner.userId, bulky],
    );
    await waitUntil(
      () => fast.changes.length === 800,
      'the fast subscriber to get every row',
      30_000,
    );
    (slow as unknown as { _socket: { resume(): void } })._socket.resume();
    await closed;
  });
});

describe('service role', () => {
  it('sees every row whatever the policies say', async () => {
    const owner = await user('service');
    const admin = track(serviceClient());
    const all = listen(admin, 'service-inserts', { event: 'INSERT' });
    await subscribe(all.channel);
    await sql(`insert into public.${table} (owner_id, body) values ($1, 'visible du service')`, [
      owner.userId,
    ]);
    await waitUntil(
      () => all.changes.some((change) => change.new.body === 'visible du service'),
      'the service role to see the row',
    );
  });
});
