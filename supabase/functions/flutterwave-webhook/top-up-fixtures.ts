// What the top-up tests share (credits-checkout, flutterwave-webhook, credit-receipt,
// credit-payment-check, credits-reconcile): the stack's Flutterwave sandbox and the function calls
// as a signed-in member. Node only (vitest).
import { createHmac } from 'node:crypto';
import type { SupabaseClient } from '@supabase/supabase-js';
import { stackInfo } from '../../../test-support/clients';
import { adminSql, sql } from '../../../test-support/database';
import { poller } from '../../../test-support/wait';

export const waitUntil = poller({ timeoutMs: 15_000, intervalMs: 100 });

interface FlutterwaveSandboxInfo {
  url: string;
  token: string;
  secretHash: string;
  secretKey: string;
}

export const flutterwave = (): FlutterwaveSandboxInfo =>
  stackInfo().sandboxes.flutterwave as FlutterwaveSandboxInfo;

/** A call on the sandbox's control API (`/_sandbox/…`). */
export async function sandbox<T>(method: string, path: string, body?: unknown): Promise<T> {
  const { url, token } = flutterwave();
  const response = await fetch(`${url}/_sandbox/${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`sandbox ${method} ${path}: ${response.status}`);
  return (await response.json()) as T;
}

export interface Delivery {
  transactionId: number;
  txRef: string;
  status: string;
  httpStatus: number | null;
  verifHash: string;
  signature: string;
}

export interface Completion {
  transaction: { id: number; status: string };
  webhooks: Delivery[];
}

/** The person on the checkout page approves (`successful`) or refuses (`failed`) the payment. */
export const completePayment = (txRef: string, status: 'successful' | 'failed') =>
  sandbox<Completion>('POST', `payments/${encodeURIComponent(txRef)}/complete`, { status });

export async function accessToken(client: SupabaseClient): Promise<string> {
  const { data } = await client.auth.getSession();
  if (!data.session) throw new Error('not signed in');
  return data.session.access_token;
}

export interface Answer<T = Record<string, unknown>> {
  status: number;
  body: T & { error?: { code: string; message: string } };
}

/** « Acheter » as `client`: POST credits-checkout. */
export async function checkout(
  client: SupabaseClient,
  organizationId: string,
  packId: string,
): Promise<Answer<{ link?: string; txRef?: string }>> {
  const response = await fetch(`${stackInfo().functionsUrl}/credits-checkout`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${await accessToken(client)}`,
      apikey: stackInfo().anonKey,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ organizationId, packId }),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

/** A checkout that must open: its reference. */
export async function openCheckout(
  client: SupabaseClient,
  organizationId: string,
  packId = 'pack_50',
): Promise<string> {
  const answer = await checkout(client, organizationId, packId);
  if (answer.status !== 200 || !answer.body.txRef) {
    throw new Error(`checkout refused: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return answer.body.txRef;
}

/** The pack the tests buy: pack_50 of the migrations. */
export const PACK_50 = { credits: 50, amount: 5000 };

/** A checkout whose webhooks Flutterwave never sends. */
export async function checkoutWithoutWebhooks(
  client: SupabaseClient,
  organizationId: string,
): Promise<string> {
  const txRef = await openCheckout(client, organizationId);
  await sandbox('POST', 'faults/webhooks', { txRef, drop: true });
  return txRef;
}

/** A webhook posted by hand, signed with the sandbox's secret hash as Flutterwave signs it. */
export async function postWebhook(
  body: unknown,
  headers: 'verif-hash' | 'signature' | 'none' = 'verif-hash',
): Promise<Answer> {
  const raw = JSON.stringify(body);
  const { secretHash } = flutterwave();
  const signed: Record<string, string> =
    headers === 'verif-hash'
      ? { 'verif-hash': secretHash }
      : headers === 'signature'
        ? {
            'flutterwave-signature': createHmac('sha256', secretHash)
              .update(raw, 'utf8')
              .digest('base64'),
          }
        : {};
  const response = await fetch(`${stackInfo().functionsUrl}/flutterwave-webhook`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...signed },
    body: raw,
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

export async function balanceOf(organizationId: string): Promise<number> {
  const [row] = await sql<{ balance: string }>(
    `select balance from public.credit_wallets where organization_id = $1`,
    [organizationId],
  );
  return Number(row!.balance);
}

/** The top-up lines of the organisation's ledger. */
export function topUpsOf(organizationId: string) {
  return sql<{ delta: string; idempotency_key: string; subject: { kind: string; id: string } }>(
    `select delta, idempotency_key, subject from public.credit_ledger
     where organization_id = $1 and reason = 'topup' order by id`,
    [organizationId],
  );
}

export interface PaymentRow extends Record<string, unknown> {
  id: string;
  status: string;
  credits: number;
  amount_xaf: number;
  flutterwave_transaction_id: string | null;
  receipt_number: string | null;
  created_by: string | null;
}

export async function paymentOf(txRef: string): Promise<PaymentRow> {
  const [row] = await sql<PaymentRow>(`select * from public.credit_payments where tx_ref = $1`, [
    txRef,
  ]);
  if (!row) throw new Error(`no payment ${txRef}`);
  return row;
}

export interface PaymentCheck {
  status: 'pending' | 'successful' | 'failed' | 'cancelled';
  credits: number;
  amountXaf: number;
  receiptNumber: string | null;
  paymentId: string;
}

/** The return page's question as `client`: POST credit-payment-check. */
export async function checkPayment(
  client: SupabaseClient,
  txRef: unknown,
): Promise<Answer<Partial<PaymentCheck>>> {
  const response = await fetch(`${stackInfo().functionsUrl}/credit-payment-check`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${await accessToken(client)}`,
      apikey: stackInfo().anonKey,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ txRef }),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

/** One run of the reconciliation job, as the scheduler makes it (the service role key). */
export async function reconcile(
  authorization = `Bearer ${stackInfo().serviceRoleKey}`,
): Promise<Answer<{ claimed?: number; outcomes?: Record<string, number> }>> {
  const response = await fetch(`${stackInfo().functionsUrl}/credits-reconcile`, {
    method: 'POST',
    headers: { Authorization: authorization, 'Content-Type': 'application/json' },
    body: '{}',
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

/**
 * Makes the payment `age` old (a Postgres interval) as the superuser, and due for a check as it
 * would have been two minutes after it opened (private.schedule_credit_payment_check).
 */
export async function backdate(txRef: string, age: string): Promise<void> {
  await adminSql(
    `with moved as (
       update public.credit_payments set created_at = now() - $2::interval
       where tx_ref = $1 returning id, created_at)
     update private.credit_payment_checks c set due_at = moved.created_at + interval '2 minutes'
     from moved where c.payment_id = moved.id`,
    [txRef, age],
  );
}

export interface CheckRow extends Record<string, unknown> {
  due_at: Date | null;
  checked_at: Date | null;
  outcome: string | null;
}

/** What the reconciliation knows of the payment (private.credit_payment_checks). */
export async function checkOf(txRef: string): Promise<CheckRow> {
  const [row] = await adminSql<CheckRow>(
    `select c.due_at, c.checked_at, c.outcome from private.credit_payment_checks c
     join public.credit_payments p on p.id = c.payment_id where p.tx_ref = $1`,
    [txRef],
  );
  if (!row) throw new Error(`no check for ${txRef}`);
  return row;
}
