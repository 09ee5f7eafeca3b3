// What the WhatsApp assistant's tests share (assistant.int.test.ts, scripts/credits/
// real-paths.int.test.ts): a person writing to the platform number through the stack's sandbox,
// logging in by WhatsApp, the LLM sandbox's record, and the wallets. Node only (vitest).
import { randomUUID } from 'node:crypto';
import type { SupabaseClient } from '@supabase/supabase-js';
import { expect } from 'vitest';
import { anonClient, stackInfo } from '../../../test-support/clients';
import { sql } from '../../../test-support/database';
import { poller } from '../../../test-support/wait';
import {
  messagesTo,
  nextMessageTo,
  platformSandbox,
} from '../../../test-support/whatsapp/platform';
import { creditsLabel } from './answers.ts';
import { llmSandbox } from '../../../test-support/llm-sandbox';

export const waitUntil = poller({ timeoutMs: 30_000, intervalMs: 100 });

export async function outcomeOf(messageId: string): Promise<string | null | undefined> {
  const [row] = await sql<{ outcome: string | null }>(
    `select outcome from private.platform_inbound_messages where message_id = $1`,
    [messageId],
  );
  return row === undefined ? undefined : row.outcome;
}

export async function contactText(key: string, language: 'fr' | 'en' = 'fr'): Promise<string> {
  const [row] = await sql<{ body: string }>(`select private.contact_text($1, $2) as body`, [
    key,
    language,
  ]);
  return row!.body;
}

export const credits = async (count: number) =>
  creditsLabel(count, 'fr', {
    one: await contactText('platform_credits_one'),
    other: await contactText('platform_credits_other'),
  });

export interface Asked {
  outcome: string;
  /** The texts the number answered, oldest first. */
  replies: string[];
}

/** A person writes `text` to the platform number; once it is handled, what the number answered. */
export async function ask(
  phone: string,
  text: string,
  options: { provider?: 'meta' | 'twilio'; profileName?: string } = {},
): Promise<Asked> {
  const before = (await messagesTo(phone)).length;
  const sandbox = platformSandbox();
  const response = await fetch(`${sandbox.url}/_sandbox/inbound`, {
    method: 'POST',
    headers: { authorization: `Bearer ${sandbox.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ from: phone, text, provider: options.provider ?? 'meta', ...options }),
  });
  const { status, messageId } = (await response.json()) as { status: number; messageId: string };
  expect(status).toBe(200);
  await waitUntil(async () => Boolean(await outcomeOf(messageId)), `message ${messageId} handled`);
  const sent = (await messagesTo(phone)).slice(before);
  return {
    outcome: (await outcomeOf(messageId))!,
    replies: sent.filter((message) => message.kind === 'text').map((message) => message.text),
  };
}

/**
 * The platform sandbox refuses the next `times` sends to `phone` as the provider does when it
 * fails (scripts/sandbox/whatsapp/README.md, « Send faults »); other numbers' sends go.
 */
export async function failSendsTo(
  phone: string,
  times: number,
  failure: 'server_error' | 'rate_limit' = 'server_error',
): Promise<void> {
  await platformFaults('POST', { to: phone, times, failure });
}

/** The sends to `phone` the sandbox will still refuse (0 once its faults are used up). */
export async function sendsLeftToFail(phone: string): Promise<number> {
  const { faults } = await platformFaults('GET');
  return faults
    .filter((fault) => fault.to === phone)
    .reduce((sum, fault) => sum + (fault.left ?? Infinity), 0);
}

async function platformFaults(method: 'GET' | 'POST', body?: unknown) {
  const sandbox = platformSandbox();
  const response = await fetch(`${sandbox.url}/_sandbox/faults`, {
    method,
    headers: { authorization: `Bearer ${sandbox.token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`whatsapp sandbox ${method} faults: ${response.status}`);
  return (await response.json()) as { faults: { to?: string; left: number | null }[] };
}

/**
 * The chat completions the LLM sandbox received about `marker` (a word of a brief), with the
 * language it wrote them in. Counted by marker, not in total: other tests may ask the model too.
 */
export async function modelRequestsAbout(marker: string): Promise<{ language: string | null }[]> {
  const { requests } = await llmSandbox<{
    requests: { messages: unknown; language: string | null }[];
  }>('GET', 'requests');
  return requests
    .filter((request) => JSON.stringify(request.messages).includes(marker))
    .map(({ language }) => ({ language }));
}

export type Session = { access_token: string; refresh_token: string; user: { id: string } };

/** verify-otp, as the login page calls it (or the profile, signed in, to link a number). */
export async function verify(body: Record<string, unknown>, accessToken?: string) {
  const info = stackInfo();
  const response = await fetch(`${info.functionsUrl}/verify-otp`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      apikey: info.anonKey,
      authorization: `Bearer ${accessToken ?? info.anonKey}`,
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Session };
}

/** The code the platform number sent `phone` after its `already` messages. */
export async function codeSent(phone: string, already: number): Promise<string> {
  await nextMessageTo(phone, already);
  let code: string | undefined;
  await waitUntil(async () => {
    code = (await messagesTo(phone)).slice(already).find((m) => m.kind === 'template')?.code;
    return code !== undefined;
  }, `a login code to ${phone}`);
  return code!;
}

/** A person logs in as they do from WhatsApp: CONNEXION, then the code typed on the login page. */
export async function logInFromWhatsApp(phone: string, profileName?: string) {
  const before = (await messagesTo(phone)).length;
  expect((await ask(phone, 'CONNEXION', { profileName })).outcome).toBe('login');
  const answer = await verify({ phone, code: await codeSent(phone, before) });
  expect(answer.status).toBe(200);
  const client = anonClient();
  await client.auth.setSession(answer.body);
  return { userId: answer.body.user.id, client };
}

/** A person logs in on the web with their number, without ever writing to the platform number. */
export async function codeFromTheWeb(phone: string): Promise<string> {
  const before = (await messagesTo(phone)).length;
  const { error } = await anonClient().auth.signInWithOtp({ phone });
  expect(error).toBeNull();
  return await codeSent(phone, before);
}

export async function balanceOf(organizationId: string): Promise<number> {
  const [row] = await sql<{ balance: string }>(
    `select balance from public.credit_wallets where organization_id = $1`,
    [organizationId],
  );
  return Number(row!.balance);
}

export async function setBalance(organizationId: string, target: number) {
  const delta = target - (await balanceOf(organizationId));
  if (delta === 0) return;
  await sql(`select * from private.move_credits($1, $2, 'adjustment', $3)`, [
    organizationId,
    delta,
    `test:${randomUUID()}`,
  ]);
}

export const ledgerOf = (organizationId: string) =>
  sql<{
    delta: string;
    reason: string;
    channel: string;
    actor_id: string | null;
    subject: unknown;
  }>(
    `select delta, reason, channel, actor_id, subject from public.credit_ledger
     where organization_id = $1 order by id`,
    [organizationId],
  );

/**
 * A member links a fresh number to their account from their profile (the code sent to it, typed
 * back): from then on the number is them on WhatsApp. Returns the number.
 */
export async function linkWhatsApp(client: SupabaseClient, phone: string): Promise<string> {
  expect((await client.auth.updateUser({ phone })).error).toBeNull();
  const { code } = await nextMessageTo(phone);
  const {
    data: { session },
  } = await client.auth.getSession();
  const linked = await verify({ phone, code, type: 'phone_change' }, session!.access_token);
  expect(linked.status).toBe(200);
  return phone;
}
