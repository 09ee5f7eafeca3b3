import { randomUUID } from 'node:crypto';
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stackInfo } from '../../test-support/clients';
import { sql } from '../../test-support/database';
import { createTeam, type Team } from '../../test-support/personas';
import { messagesTo, randomPhone, writeToPlatform } from '../../test-support/whatsapp/platform';
import {
  balanceOf,
  contactText,
  linkWhatsApp,
  setBalance,
  waitUntil,
} from '../../supabase/functions/whatsapp-webhook/assistant-fixtures.ts';
import { llmSandbox } from '../../test-support/llm-sandbox';

// The measure, through the real paths: one wallet of 10 credits, 50 « Rédiger avec l'IA »
// on the web (ai-generate, as its agent, admin and owner) and 50 GEN on WhatsApp (the platform
// sandbox's signed webhooks, from two members who linked their number) all at once. The wallet
// never overdraws, exactly the credits there were pay, everyone else is told the balance is
// insufficient, and the ledger adds up to the balance. Then the same with the model failing half
// the time: a failure costs nothing — the design debits only once three valid variants came
// back, so there is never anything to refund.

const PER_CHANNEL = 50;
const CREDITS = 10;
/** gpt-4o-mini's answers take a second or so; the sandbox answers at once unless told. */
const MODEL_LATENCY_MS = 800;
/** 100 generations at once, each asking the model twice, on a 2-core machine. */
const RUN_DEADLINE_MS = 150_000;

/** What a person was told: a generation, the balance too low, the model failing or refusing. */
type Told = 'generated' | 'insufficient_credits' | 'generation_failed' | 'generation_refused';

interface WebAnswer {
  status: number;
  body: { variants?: string[]; error?: { code: string; message: string } };
}

interface Run {
  web: WebAnswer[];
  /** The outcomes recorded for the GEN messages, and what the number answered, counted. */
  whatsapp: { outcomes: Record<string, number>; replies: Record<string, number> };
  /** The ledger's generation lines written during the run, by channel. */
  debits: { web: number; whatsapp: number };
}

let team: Team;
/** Two members' numbers: half the GEN come from each, one by Meta, the other by Twilio. */
let senders: { phone: string; provider: 'meta' | 'twilio' }[];
let tokens: string[];

async function accessToken(client: SupabaseClient): Promise<string> {
  const { data } = await client.auth.getSession();
  return data.session!.access_token;
}

async function generateOnTheWeb(token: string, brief: string): Promise<WebAnswer> {
  const info = stackInfo();
  const response = await fetch(`${info.functionsUrl}/ai-generate`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      apikey: info.anonKey,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ organizationId: team.organizationId, purpose: 'campaign', brief }),
  });
  return { status: response.status, body: (await response.json()) as WebAnswer['body'] };
}

const countBy = <T>(items: readonly T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((counts, item) => {
    counts[key(item)] = (counts[key(item)] ?? 0) + 1;
    return counts;
  }, {});

/** What a reply of the number says, by its text. */
async function replyKinds(): Promise<(text: string) => Told | 'other'> {
  const [intro, insufficient, failed, refused] = await Promise.all(
    [
      'platform_gen_intro',
      'platform_insufficient_credits',
      'platform_gen_failed',
      'platform_gen_refused',
    ].map((key) => contactText(key)),
  );
  const insufficientStart = insufficient!.slice(0, insufficient!.indexOf('{'));
  return (text) => {
    if (text.startsWith(`${intro}\n\n*1.* `)) return 'generated';
    if (text.startsWith(insufficientStart)) return 'insufficient_credits';
    if (text === failed) return 'generation_failed';
    if (text === refused) return 'generation_refused';
    return 'other';
  };
}

async function ledgerEnd(): Promise<number> {
  const [row] = await sql<{ id: string | null }>(
    `select max(id) as id from public.credit_ledger where organization_id = $1`,
    [team.organizationId],
  );
  return Number(row!.id ?? 0);
}

/** 50 web generations and 50 GEN messages at once, and what each was answered. */
async function spendAllAtOnce(): Promise<Run> {
  const since = await ledgerEnd();
  const marker = randomUUID().slice(0, 8);
  const already = await Promise.all(
    senders.map(async ({ phone }) => (await messagesTo(phone)).length),
  );
  const [web, written] = await Promise.all([
    Promise.all(
      Array.from({ length: PER_CHANNEL }, (_, i) =>
        generateOnTheWeb(
          tokens[i % tokens.length]!,
          `Annoncez nos soldes ${marker}-${i} à Douala.`,
        ),
      ),
    ),
    Promise.all(
      Array.from({ length: PER_CHANNEL }, (_, i) => {
        const { phone, provider } = senders[i % senders.length]!;
        return writeToPlatform(
          phone,
          `GEN Relance ${marker}-${i} des clientes du marché`,
          provider,
        );
      }),
    ),
  ]);
  for (const { status } of written) expect(status).toBe(200);
  const ids = written.map(({ messageId }) => messageId);
  let outcomes: string[] = [];
  await waitUntil(
    async () => {
      outcomes = (
        await sql<{ outcome: string }>(
          `select outcome from private.platform_inbound_messages
           where message_id = any ($1) and outcome is not null`,
          [ids],
        )
      ).map((row) => row.outcome);
      return outcomes.length === ids.length;
    },
    `${ids.length} GEN messages handled`,
    RUN_DEADLINE_MS,
  );
  const kindOf = await replyKinds();
  const replies = (
    await Promise.all(
      senders.map(async ({ phone }, index) => (await messagesTo(phone)).slice(already[index])),
    )
  ).flat();
  const debits = await sql<{ channel: string; count: string }>(
    `select channel, count(*) from public.credit_ledger
     where organization_id = $1 and id > $2 and reason = 'generation' group by channel`,
    [team.organizationId, since],
  );
  const debited = (channel: string) =>
    Number(debits.find((row) => row.channel === channel)?.count ?? 0);
  return {
    web,
    whatsapp: {
      outcomes: countBy(outcomes, (outcome) => outcome),
      replies: countBy(replies, (reply) => kindOf(reply.text)),
    },
    debits: { web: debited('web'), whatsapp: debited('whatsapp') },
  };
}

/** The wallet's ledger adds up to its balance. */
async function ledgerSum(): Promise<number> {
  const [row] = await sql<{ sum: string }>(
    `select coalesce(sum(delta), 0) as sum from public.credit_ledger where organization_id = $1`,
    [team.organizationId],
  );
  return Number(row!.sum);
}

const refunds = async () =>
  (
    await sql(
      `select 1 from public.credit_ledger where organization_id = $1 and reason = 'refund'`,
      [team.organizationId],
    )
  ).length;

beforeAll(async () => {
  team = await createTeam('chemins-reels');
  senders = [
    { phone: await linkWhatsApp(team.clients.agent, randomPhone()), provider: 'meta' },
    { phone: await linkWhatsApp(team.clients.admin, randomPhone()), provider: 'twilio' },
  ];
  tokens = await Promise.all(
    (['agent', 'admin', 'owner'] as const).map((role) => accessToken(team.clients[role])),
  );
});

afterAll(async () => {
  await llmSandbox('POST', 'reset');
});

describe('100 generations at once on 10 credits, web and WhatsApp', () => {
  it('pays exactly 10; the 90 others are told the balance is insufficient', async () => {
    await setBalance(team.organizationId, CREDITS);
    // The model takes its time, as it does: all 100 are in flight together, and the last
    // credits are fought over by both channels' debits rather than by whichever arrives first.
    await llmSandbox('POST', 'behaviour', { latencyMs: MODEL_LATENCY_MS });
    let run: Run;
    try {
      run = await spendAllAtOnce();
    } finally {
      await llmSandbox('POST', 'reset');
    }

    const paidOnTheWeb = run.web.filter((answer) => answer.status === 200);
    for (const answer of paidOnTheWeb) expect(answer.body.variants).toHaveLength(3);
    for (const answer of run.web.filter((answer) => answer.status !== 200)) {
      expect(answer).toMatchObject({
        status: 402,
        body: { error: { code: 'insufficient_credits' } },
      });
      expect(answer.body).not.toHaveProperty('variants');
    }
    const paidOnWhatsApp = run.whatsapp.outcomes.generated ?? 0;
    expect(run.whatsapp.outcomes).toEqual({
      ...(paidOnWhatsApp > 0 ? { generated: paidOnWhatsApp } : {}),
      insufficient_credits: PER_CHANNEL - paidOnWhatsApp,
    });
    // Each GEN got the answer its outcome says: the variants, or « Crédits insuffisants ».
    expect(run.whatsapp.replies).toEqual(run.whatsapp.outcomes);

    expect(paidOnTheWeb.length + paidOnWhatsApp).toBe(CREDITS);
    expect(run.debits).toEqual({ web: paidOnTheWeb.length, whatsapp: paidOnWhatsApp });
    expect(await balanceOf(team.organizationId)).toBe(0);
    expect(await ledgerSum()).toBe(0);
  }, 240_000);

  it('with the model failing half the time, charges only what it wrote', async () => {
    await setBalance(team.organizationId, CREDITS);
    const refundsBefore = await refunds();
    await llmSandbox('POST', 'behaviour', {
      latencyMs: MODEL_LATENCY_MS,
      failureRate: 0.5,
      failureKinds: ['500', 'refusal', 'invalid_json', 'truncated'],
    });
    let run: Run;
    try {
      run = await spendAllAtOnce();
    } finally {
      await llmSandbox('POST', 'reset');
    }

    const failedOnTheWeb = run.web.filter((answer) => ![200, 402].includes(answer.status));
    for (const answer of failedOnTheWeb) {
      expect(answer.body.error?.code).toMatch(/^ai_(unavailable|refused|invalid_output)$/);
      expect(answer.body.error?.message).toContain('Aucun crédit n’a été débité');
    }
    for (const answer of run.web.filter((answer) => answer.status === 402)) {
      expect(answer.body.error?.code).toBe('insufficient_credits');
    }
    const paidOnTheWeb = run.web.filter((answer) => answer.status === 200).length;
    const { generated: paidOnWhatsApp = 0, ...unpaid } = run.whatsapp.outcomes;
    for (const outcome of Object.keys(unpaid)) {
      expect(['insufficient_credits', 'generation_failed', 'generation_refused']).toContain(
        outcome,
      );
    }
    expect(run.whatsapp.replies).toEqual(run.whatsapp.outcomes);
    const failedOnWhatsApp =
      (run.whatsapp.outcomes.generation_failed ?? 0) +
      (run.whatsapp.outcomes.generation_refused ?? 0);
    // With two model calls per generation, half of them failing, failures happened on both paths.
    expect(failedOnTheWeb.length).toBeGreaterThan(0);
    expect(failedOnWhatsApp).toBeGreaterThan(0);

    // Every debit is a generation that was given; every failure cost nothing.
    const paid = paidOnTheWeb + paidOnWhatsApp;
    expect(paid).toBeLessThanOrEqual(CREDITS);
    expect(run.debits).toEqual({ web: paidOnTheWeb, whatsapp: paidOnWhatsApp });
    expect(await balanceOf(team.organizationId)).toBe(CREDITS - paid);
    expect(await ledgerSum()).toBe(CREDITS - paid);
    expect(await refunds()).toBe(refundsBefore);
  }, 240_000);
});
