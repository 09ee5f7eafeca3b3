import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { querySql } from '../sql';
import { anonClient, serviceClient, signedInUser, stackInfo } from '../../../test-support/clients';
import { poller } from '../../../test-support/wait';
import {
  join,
  joinOutcome,
  listenPrivately,
  readDenied,
  refreshToNewToken,
  restBroadcast,
  type PrivateListener,
} from '../../../test-support/private-listener';

// Private channels as Supabase has them: joined with `config: { private: true }`, and authorised by
// RLS policies on realtime.messages for the channel's topic (realtime.topic()): select to receive,
// insert to send. Here, rooms whose members may read and whose senders may also write.

const suffix = Date.now().toString(36);
const rooms = `rt_rooms_${suffix}`;
const prefix = `salon-${suffix}-`;
const clients: SupabaseClient[] = [];

const sql = (text: string, params?: unknown[]) => querySql(stackInfo().dbUrl, text, params);
const waitUntil = poller({ timeoutMs: 10_000, intervalMs: 20 });

let roomCount = 0;
const newRoom = () => `${prefix}${++roomCount}`;

function track<T extends SupabaseClient>(client: T): T {
  clients.push(client);
  return client;
}

async function member(room: string, options: { maySend?: boolean } = {}) {
  const signed = await signedInUser('salon');
  track(signed.client);
  await sql(`insert into public.${rooms} (room, user_id, may_send) values ($1, $2, $3)`, [
    room,
    signed.userId,
    options.maySend ?? false,
  ]);
  return signed;
}

const listen = (
  client: SupabaseClient,
  room: string,
  config?: Parameters<typeof listenPrivately>[3],
): PrivateListener => listenPrivately(client, room, 'message', config);

const broadcastAs = (
  credentials: { apikey: string; token?: string },
  room: string,
  payload: unknown,
  options: { private: boolean },
) =>
  restBroadcast(stackInfo().apiUrl, credentials, {
    topic: room,
    event: 'message',
    payload,
    private: options.private,
  });

/** The server's own message, by the service role: proof that what was sent before was handled. */
const serverSays = (room: string, payload: unknown) =>
  broadcastAs({ apikey: stackInfo().serviceRoleKey }, room, payload, { private: true });

beforeAll(async () => {
  await sql(`
    create table public.${rooms} (
      room text not null,
      user_id uuid not null references auth.users (id) on delete cascade,
      may_send boolean not null default false,
      primary key (room, user_id)
    );
    create policy "${rooms} members receive" on realtime.messages for select to authenticated
      using (exists (select 1 from public.${rooms} r
                     where r.room = (select realtime.topic()) and r.user_id = (select auth.uid())));
    create policy "${rooms} senders send" on realtime.messages for insert to authenticated
      with check (exists (select 1 from public.${rooms} r
                          where r.room = (select realtime.topic()) and r.user_id = (select auth.uid())
                            and r.may_send));
  `);
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.removeAllChannels()));
  await sql(`
    drop policy "${rooms} members receive" on realtime.messages;
    drop policy "${rooms} senders send" on realtime.messages;
    drop table public.${rooms};
  `);
});

describe('private channels', () => {
  it('let in whom a select policy allows, and refuse the others with Supabase’s reason', async () => {
    const room = newRoom();
    const alice = await member(room);
    const outsider = await signedInUser('dehors');
    const anonymous = track(anonClient());
    track(outsider.client);

    const inside = listen(alice.client, room);
    await join(inside);
    expect(await joinOutcome(outsider.client, listen(outsider.client, room))).toBe(
      readDenied(room),
    );
    expect(await joinOutcome(anonymous, listen(anonymous, room))).toBe(readDenied(room));

    expect(await serverSays(room, { n: 1 })).toBe(202);
    await waitUntil(() => inside.heard.length === 1, 'the member to hear the server');
    expect(inside.heard).toEqual([{ n: 1 }]);
  });

  it('share nothing with the public channel of the same name', async () => {
    const room = newRoom();
    const alice = await member(room);
    const inside = listen(alice.client, room);
    await join(inside);

    const anonymous = track(anonClient());
    const heardOutside: unknown[] = [];
    const outside = anonymous
      .channel(room, { config: { broadcast: { ack: true } } })
      .on('broadcast', { event: 'message' }, ({ payload }) => heardOutside.push(payload));
    await new Promise<void>((resolve) =>
      outside.subscribe((status) => status === 'SUBSCRIBED' && resolve()),
    );
    // Acknowledged: the public send has been fanned out by then.
    expect(await outside.send({ type: 'broadcast', event: 'message', payload: 'public' })).toBe(
      'ok',
    );
    expect(
      await broadcastAs({ apikey: stackInfo().serviceRoleKey }, room, 'public REST', {
        private: false,
      }),
    ).toBe(202);
    expect(await serverSays(room, 'private')).toBe(202);
    // Each side's last message comes after what could have leaked to it, on the same socket.
    expect(
      await broadcastAs({ apikey: stackInfo().serviceRoleKey }, room, 'public end', {
        private: false,
      }),
    ).toBe(202);
    await waitUntil(() => inside.heard.includes('private'), 'the private message');
    expect(inside.heard).toEqual(['private']);
    await waitUntil(() => heardOutside.includes('public end'), 'the last public message');
    expect(heardOutside).toEqual(['public REST', 'public end']);
  });

  it('deliver what a member sends only when an insert policy allows it', async () => {
    const room = newRoom();
    const sender = await member(room, { maySend: true });
    const reader = await member(room);
    const bystander = await member(room);
    const heard = listen(bystander.client, room);
    await join(heard);

    const readerChannel = listen(reader.client, room);
    await join(readerChannel);
    expect(
      await readerChannel.channel.send({ type: 'broadcast', event: 'message', payload: 'forged' }),
    ).toBe('ok');
    // Frames of a channel are handled in order: once the leave is answered, the send was too.
    expect(await readerChannel.channel.unsubscribe()).toBe('ok');
    const { data } = await reader.client.auth.getSession();
    expect(
      await broadcastAs(
        { apikey: stackInfo().anonKey, token: data.session!.access_token },
        room,
        'forged by REST',
        { private: true },
      ),
    ).toBe(202);
    expect(
      await broadcastAs({ apikey: stackInfo().anonKey }, room, 'forged anonymously', {
        private: true,
      }),
    ).toBe(202);

    const senderChannel = listen(sender.client, room, { broadcast: { ack: true } });
    await join(senderChannel);
    expect(
      await senderChannel.channel.send({ type: 'broadcast', event: 'message', payload: 'allowed' }),
    ).toBe('ok');
    await waitUntil(() => heard.heard.includes('allowed'), 'the allowed message');
    expect(heard.heard).toEqual(['allowed']);
  });

  it('track presence only when an insert policy allows it', async () => {
    const room = newRoom();
    const sender = await member(room, { maySend: true });
    const reader = await member(room);
    const joins: string[] = [];
    const watching = listen(reader.client, room, { presence: { key: 'lecteur' } });
    watching.channel.on('presence', { event: 'join' }, ({ key }) => joins.push(key));
    await join(watching);
    expect(await watching.channel.track({ statut: 'ici' })).toBe('error');

    const tracked = listen(sender.client, room, { presence: { key: 'auteur' } });
    tracked.channel.on('presence', { event: 'sync' }, () => undefined);
    await join(tracked);
    expect(await tracked.channel.track({ statut: 'ici' })).toBe('ok');
    await waitUntil(() => joins.includes('auteur'), 'the join to be seen');
    expect(joins).toEqual(['auteur']);
  });

  it('evaluate the policies again with each new access token', async () => {
    const room = newRoom();
    const removed = await member(room);
    const kept = await member(room);
    const leaving = listen(removed.client, room);
    const staying = listen(kept.client, room);
    await Promise.all([join(leaving), join(staying)]);

    await sql(`delete from public.${rooms} where room = $1 and user_id = $2`, [
      room,
      removed.userId,
    ]);
    // supabase-js hands every refreshed token to Realtime, as a browser's session does each hour.
    await refreshToNewToken(removed.client);
    await waitUntil(() => leaving.statuses.includes('CLOSED'), 'the channel to be closed');
    expect(leaving.system).toEqual([
      expect.objectContaining({
        status: 'error',
        message: `You do not have permissions to read from this Channel topic: ${room}`,
      }),
    ]);

    expect(await serverSays(room, 'after')).toBe(202);
    await waitUntil(() => staying.heard.includes('after'), 'the remaining member to hear');
    expect(leaving.heard).toEqual([]);
    expect(await joinOutcome(removed.client, listen(removed.client, room))).toBe(readDenied(room));
  });

  it('let the service role through whatever the policies say', async () => {
    const room = newRoom();
    const admin = track(serviceClient());
    const everything = listen(admin, room);
    await join(everything);
    expect(await serverSays(room, 'au service')).toBe(202);
    await waitUntil(() => everything.heard.length === 1, 'the service role to hear');
  });
});
