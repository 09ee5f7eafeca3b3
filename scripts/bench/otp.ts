import { createNodeClient } from '../node-supabase-client';
import { withClient } from '../stack/sql';
import { startStack } from '../stack/stack';
import { localLoadRateLimits } from '../../test-support/rate-limits';

/**
 * `npm run bench:otp`: the WhatsApp login on an ephemeral stack with the platform WhatsApp
 * sandbox, as `npm start` runs it (supabase-js → Auth → the send-sms-hook function → the platform
 * provider; then verify-otp → Auth's /verify).
 * - login: 100 people ask for a code, 10 at a time; from `signInWithOtp` to the code being in the
 *   sandbox (the message WhatsApp would deliver): p50 and p95;
 * - verify: 200 other people ask for a code, then all their codes are checked, 20 at a time, each
 *   answered by a session: verifications served per second. These are first logins: each also
 *   makes the person's personal organisation (its wallet, welcome credits, settings, synonyms).
 * - returning: the same for 200 people who already have an organisation (a later login):
 *   `returningVerifyPerSecond`.
 * A first login, not measured, warms the functions up. Every client is this machine, so the
 * per-address limits are raised as for the tests.
 * Prints BENCH_RESULT {json}; progress goes to stderr.
 */
const LOGINS = 100;
const LOGIN_CONCURRENCY = 10;
const VERIFICATIONS = 200;
const VERIFY_CONCURRENCY = 20;

const log = (line: string) => process.stderr.write(`${line}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Runs `work` on each item, `concurrency` at a time. */
async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

const stack = await startStack({ ephemeral: true, env: localLoadRateLimits });
const { info } = stack;
const whatsapp = info.sandboxes.whatsapp as { url: string; token: string };
const client = () => createNodeClient(info.apiUrl, info.anonKey);
const phoneOf = (n: number) => `+2376${String(90_000_000 + n).padStart(8, '0')}`;

/** The code the sandbox delivered to `phone`, waited for. */
async function codeSentTo(phone: string): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const response = await fetch(
      `${whatsapp.url}/_sandbox/messages?to=${encodeURIComponent(phone)}`,
      { headers: { authorization: `Bearer ${whatsapp.token}` } },
    );
    const { messages } = (await response.json()) as { messages: { code?: string }[] };
    const code = messages.at(-1)?.code;
    if (code) return code;
    if (Date.now() > deadline) throw new Error(`no code reached ${phone}`);
    await sleep(10);
  }
}

async function askCode(phone: string): Promise<void> {
  const { error } = await client().auth.signInWithOtp({ phone });
  if (error) throw new Error(`signInWithOtp ${phone}: ${error.code ?? ''} ${error.message}`);
}

try {
  // A first login warms the functions up (their module graphs, their connections), as the other
  // benches do; its number is not among the measured ones.
  const warmUp = phoneOf(LOGINS + VERIFICATIONS);
  await askCode(warmUp);
  await codeSentTo(warmUp);

  log(`login: ${LOGINS} people, ${LOGIN_CONCURRENCY} at a time`);
  const loginMs: number[] = [];
  await pool(
    Array.from({ length: LOGINS }, (_, i) => phoneOf(i)),
    LOGIN_CONCURRENCY,
    async (phone) => {
      const started = performance.now();
      await askCode(phone);
      await codeSentTo(phone);
      loginMs.push(performance.now() - started);
    },
  );

  /** Asks codes for `phones`, then checks them all: verifications served per second. */
  async function verifyAll(phones: string[], beforeChecking?: () => Promise<void>) {
    const codes = new Map<string, string>();
    await pool(phones, LOGIN_CONCURRENCY, async (phone) => {
      await askCode(phone);
      codes.set(phone, await codeSentTo(phone));
    });
    await beforeChecking?.();
    const started = performance.now();
    await pool(phones, VERIFY_CONCURRENCY, async (phone) => {
      const { data, error } = await client().functions.invoke<{ access_token?: string }>(
        'verify-otp',
        { body: { phone, code: codes.get(phone) } },
      );
      if (error || !data?.access_token) throw new Error(`verify-otp ${phone}: no session`);
    });
    return Math.round(phones.length / ((performance.now() - started) / 1000));
  }

  log(`verify: ${VERIFICATIONS} codes (first logins)`);
  const verifyPerSecond = await verifyAll(
    Array.from({ length: VERIFICATIONS }, (_, i) => phoneOf(LOGINS + i)),
  );

  log(`verify: ${VERIFICATIONS} codes (people who have their organisation)`);
  const returning = Array.from({ length: VERIFICATIONS }, (_, i) =>
    phoneOf(LOGINS + VERIFICATIONS + 1 + i),
  );
  // Their accounts exist once they asked for a code: their organisation is made beforehand, as a
  // first login did (a new code for the same numbers would wait for the 60 s between two sends).
  const returningVerifyPerSecond = await verifyAll(returning, () =>
    withClient(info.dbUrl, async (db) => {
      await db.query(
        `select private.ensure_personal_organization(u.id, '+' || u.phone, 'CM')
         from auth.users u where u.phone = any($1::text[])`,
        [returning.map((phone) => phone.slice(1))],
      );
    }),
  );

  const result = {
    logins: LOGINS,
    loginP50Ms: Math.round(percentile(loginMs, 50)),
    loginP95Ms: Math.round(percentile(loginMs, 95)),
    verifications: VERIFICATIONS,
    verifyPerSecond,
    returningVerifyPerSecond,
  };
  console.log(`BENCH_RESULT ${JSON.stringify(result)}`);
} finally {
  await stack.stop();
}
