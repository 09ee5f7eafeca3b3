import type { SupabaseClient } from '@supabase/supabase-js';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withClient } from '../stack/sql';
import { signedInUser, stackInfo } from '../../test-support/clients';
import { sql } from '../../test-support/database';
import { createTeam, type Team } from '../../test-support/personas';
import { poller } from '../../test-support/wait';

// The credit wallet and its ledger (20261216000100_credits.sql): credits move only through
// private.move_credits, called as the Edge Functions will (the service role's grant), never
// overdraw under concurrency, move once per idempotency key, and leave a ledger that nobody
// changes and whose sum is the balance.

interface Moved {
  applied: boolean;
  balance: number;
  ledgerId: number | null;
}

interface Movement {
  delta: number;
  reason: string;
  key: string;
  actor?: string | null;
  channel?: string;
  subject?: Record<string, unknown> | null;
}

/** One call on a connection, as the service role, in its own transaction. */
async function moveOn(client: pg.Client, org: string, movement: Movement): Promise<Moved> {
  await client.query('begin');
  try {
    await client.query('set local role service_role');
    const { rows } = await client.query<{
      applied: boolean;
      balance: string;
      ledger_id: string | null;
    }>(`select * from private.move_credits($1, $2, $3, $4, $5, $6, $7)`, [
      org,
      movement.delta,
      movement.reason,
      movement.key,
      movement.actor ?? null,
      movement.channel ?? 'system',
      movement.subject ?? null,
    ]);
    await client.query('commit');
    const [row] = rows;
    return {
      applied: row!.applied,
      balance: Number(row!.balance),
      ledgerId: row!.ledger_id === null ? null : Number(row!.ledger_id),
    };
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}

const move = (org: string, movement: Movement) =>
  withClient(stackInfo().dbUrl, (client) => moveOn(client, org, movement));

async function refund(org: string, debitKey: string): Promise<Moved> {
  return withClient(stackInfo().dbUrl, async (client) => {
    await client.query('begin');
    await client.query('set local role service_role');
    const { rows } = await client.query<{ applied: boolean; balance: string; ledger_id: string }>(
      `select * from private.refund_credits($1, $2)`,
      [org, debitKey],
    );
    await client.query('commit');
    return {
      applied: rows[0]!.applied,
      balance: Number(rows[0]!.balance),
      ledgerId: rows[0]!.ledger_id === null ? null : Number(rows[0]!.ledger_id),
    };
  });
}

/** The error a call raised, with the fields a client reads. */
async function refusalOf(work: Promise<unknown>): Promise<pg.DatabaseError> {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(pg.DatabaseError);
  return error as pg.DatabaseError;
}

/** An organisation made by ops (no creator): its wallet starts empty. */
async function organisation(): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `insert into public.organizations (name, slug, country_code, default_phone_country)
     values ('Crédits', 'credits-' || substr(md5(random()::text), 1, 10), 'CM', 'CM') returning id`,
  );
  return row!.id;
}

async function balanceOf(org: string): Promise<number> {
  const [row] = await sql<{ balance: string }>(
    `select balance from public.credit_wallets where organization_id = $1`,
    [org],
  );
  return Number(row!.balance);
}

async function ledgerOf(org: string) {
  const rows = await sql<{
    id: string;
    delta: string;
    reason: string;
    actor_id: string | null;
    channel: string;
    subject: Record<string, unknown> | null;
    balance_after: string;
    idempotency_key: string;
  }>(
    `select id, delta, reason, actor_id, channel, subject, balance_after, idempotency_key
     from public.credit_ledger where organization_id = $1 order by id`,
    [org],
  );
  return rows.map((row) => ({
    ...row,
    id: Number(row.id),
    delta: Number(row.delta),
    balance_after: Number(row.balance_after),
  }));
}

/** Whether the ledger's lines add up to the balance, each line's balance_after in sequence. */
async function ledgerMatchesBalance(org: string): Promise<boolean> {
  const lines = await ledgerOf(org);
  let running = 0;
  for (const line of lines) {
    running += line.delta;
    if (line.balance_after !== running) return false;
  }
  return running === (await balanceOf(org));
}

/** `count` connections, all open before any work starts, always closed. */
async function withConnections<T>(
  count: number,
  work: (clients: pg.Client[]) => Promise<T>,
): Promise<T> {
  const clients = Array.from(
    { length: count },
    () => new pg.Client({ connectionString: stackInfo().dbUrl }),
  );
  try {
    await Promise.all(clients.map((client) => client.connect()));
    return await work(clients);
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
}

const waitUntil = poller({ timeoutMs: 10_000, intervalMs: 20 });

describe('moving credits', () => {
  it('credits a top-up once per key, whatever the number of calls', async () => {
    const org = await organisation();
    const topUp = {
      delta: 50,
      reason: 'topup',
      key: 'flw:4815162342',
      subject: { kind: 'payment', id: '4815162342' },
    };
    const first = await move(org, topUp);
    expect(first).toMatchObject({ applied: true, balance: 50 });
    const again = await move(org, topUp);
    expect(again).toEqual({ applied: false, balance: 50, ledgerId: first.ledgerId });

    expect(await ledgerOf(org)).toMatchObject([
      {
        id: first.ledgerId,
        delta: 50,
        reason: 'topup',
        channel: 'system',
        actor_id: null,
        subject: { kind: 'payment', id: '4815162342' },
        balance_after: 50,
        idempotency_key: 'flw:4815162342',
      },
    ]);
    expect(await balanceOf(org)).toBe(50);
  });

  it('refuses a debit the balance does not cover, with its code, and writes nothing', async () => {
    const org = await organisation();
    await move(org, { delta: 3, reason: 'adjustment', key: 'adj:start' });
    const before = await ledgerOf(org);

    const refused = await refusalOf(move(org, { delta: -5, reason: 'generation', key: 'ai:big' }));
    expect(refused).toMatchObject({
      code: 'P0001',
      hint: 'insufficient_credits',
      message: 'Crédits insuffisants : il vous reste 3 crédits.',
      detail: '{"balance": 3}',
    });
    expect(await balanceOf(org)).toBe(3);
    expect(await ledgerOf(org)).toEqual(before);

    // The refused key holds nothing back: once the balance covers it, the same debit goes through.
    await move(org, { delta: 2, reason: 'topup', key: 'flw:2' });
    expect(await move(org, { delta: -5, reason: 'generation', key: 'ai:big' })).toMatchObject({
      applied: true,
      balance: 0,
    });
    const empty = await refusalOf(move(org, { delta: -1, reason: 'generation', key: 'ai:more' }));
    expect(empty).toMatchObject({
      hint: 'insufficient_credits',
      message: 'Crédits insuffisants : il vous reste 0 crédit.',
      detail: '{"balance": 0}',
    });
  });

  it('lets exactly 10 of 100 parallel debits of 1 through on a balance of 10', async () => {
    const org = await organisation();
    await move(org, { delta: 10, reason: 'topup', key: 'flw:ten' });

    const outcomes = await withConnections(100, (clients) =>
      Promise.allSettled(
        clients.map((client, i) =>
          moveOn(client, org, {
            delta: -1,
            reason: 'generation',
            key: `ai:${i}`,
            channel: i % 2 === 0 ? 'web' : 'whatsapp',
            subject: { kind: 'generation', id: `g${i}` },
          }),
        ),
      ),
    );

    const succeeded = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(succeeded).toHaveLength(10);
    expect(refused).toHaveLength(90);
    for (const outcome of refused) {
      expect(outcome.reason).toMatchObject({ code: 'P0001', hint: 'insufficient_credits' });
    }
    expect(await balanceOf(org)).toBe(0);
    const lines = await ledgerOf(org);
    expect(lines.filter((line) => line.reason === 'generation')).toHaveLength(10);
    expect(await ledgerMatchesBalance(org)).toBe(true);
  });

  it('applies a key once when the same call arrives on 20 connections at once', async () => {
    const org = await organisation();
    await move(org, { delta: 10, reason: 'topup', key: 'flw:ten' });

    const results = await withConnections(20, (clients) =>
      Promise.all(
        clients.map((client) =>
          moveOn(client, org, { delta: -1, reason: 'generation', key: 'ai:double-click' }),
        ),
      ),
    );

    expect(results.filter((result) => result.applied)).toHaveLength(1);
    expect(new Set(results.map((result) => result.ledgerId)).size).toBe(1);
    expect(await balanceOf(org)).toBe(9);
    expect(
      (await ledgerOf(org)).filter((line) => line.idempotency_key === 'ai:double-click'),
    ).toHaveLength(1);
  });

  it('refuses a delta whose sign does not fit its reason', async () => {
    const org = await organisation();
    await move(org, { delta: 10, reason: 'topup', key: 'flw:ten' });
    for (const wrong of [
      { delta: 5, reason: 'generation', key: 'ai:minted' },
      { delta: -5, reason: 'topup', key: 'flw:negative' },
      { delta: -5, reason: 'refund', key: 'refund:negative' },
      { delta: 0, reason: 'adjustment', key: 'adj:zero' },
    ]) {
      expect(await refusalOf(move(org, wrong))).toMatchObject({ code: '23514' });
    }
    expect(await balanceOf(org)).toBe(10);
    expect(await ledgerOf(org)).toHaveLength(1);
  });

  it('is executable by the service role only', async () => {
    const org = await organisation();
    for (const role of ['authenticated', 'anon']) {
      const refused = await refusalOf(
        withClient(stackInfo().dbUrl, async (client) => {
          await client.query('begin');
          try {
            await client.query(`set local role ${role}`);
            await client.query(
              `select * from private.move_credits($1, 1000, 'topup', 'flw:forged')`,
              [org],
            );
          } finally {
            await client.query('rollback');
          }
        }),
      );
      expect(refused.code).toBe('42501');
    }
    expect(await balanceOf(org)).toBe(0);
  });
});

describe('refunds', () => {
  it('give back exactly what a debit took, once, with its channel and subject', async () => {
    const org = await organisation();
    await move(org, { delta: 5, reason: 'topup', key: 'flw:five' });
    const debit = await move(org, {
      delta: -2,
      reason: 'generation',
      key: 'ai:failed',
      channel: 'whatsapp',
      subject: { kind: 'generation', id: 'gen-1' },
    });
    expect(debit).toMatchObject({ applied: true, balance: 3 });

    const refunded = await refund(org, 'ai:failed');
    expect(refunded).toMatchObject({ applied: true, balance: 5 });
    expect(await refund(org, 'ai:failed')).toEqual({
      applied: false,
      balance: 5,
      ledgerId: refunded.ledgerId,
    });
    expect((await ledgerOf(org)).at(-1)).toMatchObject({
      delta: 2,
      reason: 'refund',
      channel: 'whatsapp',
      subject: { kind: 'generation', id: 'gen-1', refundOf: debit.ledgerId },
      idempotency_key: 'refund:ai:failed',
    });
    expect(await ledgerMatchesBalance(org)).toBe(true);
  });

  it('give back nothing for a debit that was refused or never made', async () => {
    const org = await organisation();
    await refusalOf(move(org, { delta: -1, reason: 'generation', key: 'ai:refused' }));
    expect(await refund(org, 'ai:refused')).toEqual({ applied: false, balance: 0, ledgerId: null });
    expect(await refund(org, 'ai:unknown')).toEqual({ applied: false, balance: 0, ledgerId: null });
    // Nor for a top-up: only debits are given back.
    await move(org, { delta: 3, reason: 'topup', key: 'flw:three' });
    expect(await refund(org, 'flw:three')).toMatchObject({ applied: false, balance: 3 });
    expect(await ledgerOf(org)).toHaveLength(1);
  });

  it('give back every failed generation of a run where the model fails half the time', async () => {
    const org = await organisation();
    await move(org, { delta: 10, reason: 'topup', key: 'flw:ten' });
    // Every other generation fails after its debit (the model timed out) and is refunded at once.
    const fails = (i: number) => i % 2 === 1;
    const outcomes = await withConnections(40, (clients) =>
      Promise.allSettled(
        clients.map(async (client, i) => {
          const key = `ai:run-${i}`;
          await moveOn(client, org, { delta: -1, reason: 'generation', key });
          if (!fails(i)) return;
          await client.query('begin');
          await client.query('set local role service_role');
          await client.query(`select * from private.refund_credits($1, $2)`, [org, key]);
          await client.query('commit');
        }),
      ),
    );
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') {
        expect(outcome.reason).toMatchObject({ hint: 'insufficient_credits' });
      }
    }

    const lines = await ledgerOf(org);
    const debited = lines
      .filter((line) => line.reason === 'generation')
      .map((line) => Number(line.idempotency_key.slice('ai:run-'.length)));
    const refunded = lines
      .filter((line) => line.reason === 'refund')
      .map((line) => line.idempotency_key);
    expect(refunded.sort()).toEqual(
      debited
        .filter(fails)
        .map((i) => `refund:ai:run-${i}`)
        .sort(),
    );
    expect(await balanceOf(org)).toBe(10 - debited.filter((i) => !fails(i)).length);
    expect(await ledgerMatchesBalance(org)).toBe(true);
  });
});

describe('the ledger', () => {
  it('refuses every change and removal, even by the tables’ owner', async () => {
    const org = await organisation();
    const { ledgerId } = await move(org, { delta: 7, reason: 'topup', key: 'flw:seven' });
    for (const statement of [
      `update public.credit_ledger set delta = 700 where id = ${ledgerId}`,
      `update public.credit_ledger set balance_after = 0 where id = ${ledgerId}`,
      `delete from public.credit_ledger where id = ${ledgerId}`,
      `truncate public.credit_ledger`,
    ]) {
      expect(await refusalOf(sql(statement)), statement).toMatchObject({
        code: '42501',
        hint: 'credit_ledger_append_only',
        message:
          "Le journal des crédits ne se modifie pas : une correction s'y ajoute comme une nouvelle ligne.",
      });
    }
    expect(await ledgerOf(org)).toMatchObject([{ id: ledgerId, delta: 7, balance_after: 7 }]);
  });

  it('keeps a departed account’s lines without its name, and goes with its organisation', async () => {
    const person = await signedInUser('credits-departed');
    const org = await organisation();
    await move(org, { delta: 4, reason: 'topup', key: 'flw:four', actor: person.userId });
    await sql(`delete from auth.users where id = $1`, [person.userId]);
    expect(await ledgerOf(org)).toMatchObject([{ delta: 4, actor_id: null, balance_after: 4 }]);

    await sql(`delete from public.organizations where id = $1`, [org]);
    expect(await ledgerOf(org)).toEqual([]);
    expect(
      await sql(`select 1 from public.credit_wallets where organization_id = $1`, [org]),
    ).toEqual([]);
  });
});

describe('what members see', () => {
  let team: Team;
  beforeAll(async () => {
    team = await createTeam('credits');
    await move(team.organizationId, {
      delta: 20,
      reason: 'topup',
      key: 'flw:team',
      actor: team.userIds.admin,
      channel: 'web',
    });
  });
  afterAll(async () => {
    await Promise.all(Object.values(team.clients).map((client) => client.removeAllChannels()));
  });

  it('their own organisation’s balance and ledger, and nothing of another’s', async () => {
    for (const persona of ['owner', 'admin', 'agent', 'viewer'] as const) {
      const client = team.clients[persona];
      const wallet = await client.from('credit_wallets').select('organization_id, balance');
      expect(wallet.data, persona).toEqual([{ organization_id: team.organizationId, balance: 25 }]);
      const ledger = await client
        .from('credit_ledger')
        .select('reason, delta, balance_after, actor:profiles(id)')
        .order('id');
      expect(ledger.data, persona).toEqual([
        { reason: 'welcome', delta: 5, balance_after: 5, actor: null },
        { reason: 'topup', delta: 20, balance_after: 25, actor: { id: team.userIds.admin } },
      ]);
    }

    const stranger = team.clients.stranger;
    const theirs = await stranger
      .from('credit_ledger')
      .select('organization_id')
      .eq('organization_id', team.organizationId);
    expect(theirs).toMatchObject({ error: null, data: [] });
    const wallets = await stranger.from('credit_wallets').select('organization_id, balance');
    expect(wallets.data).toEqual([{ organization_id: team.otherOrganizationId, balance: 5 }]);
    const anonymous = await team.clients.anonymous.from('credit_wallets').select('balance');
    expect(anonymous.data ?? []).toEqual([]);
  });

  it('the packs on sale, priced in whole francs', async () => {
    const { data } = await team.clients.viewer
      .from('credit_packs')
      .select('id, credits, price_xaf')
      .eq('active', true)
      .in('id', ['pack_50', 'pack_120', 'pack_300'])
      .order('sort_order');
    expect(data).toEqual([
      { id: 'pack_50', credits: 50, price_xaf: 5000 },
      { id: 'pack_120', credits: 120, price_xaf: 10000 },
      { id: 'pack_300', credits: 300, price_xaf: 22500 },
    ]);
  });

  it('the balance change live, through Realtime', async () => {
    const client: SupabaseClient = team.clients.agent;
    const balances: number[] = [];
    const channel = client.channel('credits-balance').on(
      'postgres_changes' as never,
      {
        event: 'UPDATE',
        schema: 'public',
        table: 'credit_wallets',
        filter: `organization_id=eq.${team.organizationId}`,
      } as never,
      (payload: { new: { balance: number | string } }) =>
        balances.push(Number(payload.new.balance)),
    );
    await new Promise<void>((resolve, reject) =>
      channel.subscribe((status, error) => {
        if (status === 'SUBSCRIBED') resolve();
        else if (status === 'CHANNEL_ERROR' || status === 'TIMED_OUT')
          reject(error ?? new Error(status));
      }),
    );
    const { balance } = await move(team.organizationId, {
      delta: 50,
      reason: 'topup',
      key: 'flw:live',
    });
    await waitUntil(() => balances.includes(balance), 'the new balance to reach the agent');
  });
});

describe('welcome credits', () => {
  const createOrganization = async (client: SupabaseClient, name: string) => {
    const { data, error } = await client.rpc('create_organization', {
      name,
      country_code: 'CM',
    });
    if (error) throw error;
    return (data as { id: string }).id;
  };

  it('go to the first organisation a person creates, and never again', async () => {
    const person = await signedInUser('credits-welcome');
    const first = await createOrganization(person.client, 'Première');
    expect(await balanceOf(first)).toBe(5);
    expect(await ledgerOf(first)).toMatchObject([
      {
        delta: 5,
        reason: 'welcome',
        channel: 'system',
        actor_id: null,
        subject: { kind: 'welcome' },
        idempotency_key: 'welcome',
        balance_after: 5,
      },
    ]);

    const second = await createOrganization(person.client, 'Deuxième');
    expect(await balanceOf(second)).toBe(0);
    expect(await ledgerOf(second)).toEqual([]);

    // Deleting the first and starting over does not welcome them again.
    const deleted = await person.client.from('organizations').delete().eq('id', first);
    expect(deleted.error).toBeNull();
    const third = await createOrganization(person.client, 'Troisième');
    expect(await balanceOf(third)).toBe(0);
  });

  it('go to a member of another organisation who creates their own', async () => {
    const owner = await signedInUser('credits-host');
    const host = await createOrganization(owner.client, 'Hôte');
    const member = await signedInUser('credits-member');
    await sql(
      `insert into public.memberships (organization_id, user_id, role) values ($1, $2, 'viewer')`,
      [host, member.userId],
    );
    expect(await balanceOf(await createOrganization(member.client, 'La mienne'))).toBe(5);
    expect(await balanceOf(host)).toBe(5);
  });

  it('go to nobody for an organisation without a creator', async () => {
    const org = await organisation();
    expect(await balanceOf(org)).toBe(0);
    expect(await ledgerOf(org)).toEqual([]);
  });
});
