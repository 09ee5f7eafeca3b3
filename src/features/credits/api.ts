import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '../../lib/database.types';
import { UserFacingError, genericErrorMessage } from '../../lib/errors';
import { callFunction, type FunctionsInvoker } from '../../lib/functions';
import type { LedgerQuery } from './ledger-filters';
import {
  afterCursorFilter,
  ledgerPageSize,
  toLedgerPage,
  type LedgerCursor,
  type LedgerPage,
} from './ledger-pages';
import { readPaymentCheck, type PaymentCheck, type PaymentStatus } from './payment-return';

// What Paramètres › Crédits reads and asks, as the member who is signed in: row-level security
// shows each member their organisation's wallet, ledger and payments, and the platform's packs.
// Given the client, so that integration tests run them against the real stack as the page does.

export type CreditsClient = SupabaseClient<Database>;

/** The organisation's balance; null when the wallet is not readable (not a member). */
export async function fetchCreditBalance(
  client: CreditsClient,
  organizationId: string,
): Promise<number | null> {
  const { data, error } = await client
    .from('credit_wallets')
    .select('balance')
    .eq('organization_id', organizationId)
    .maybeSingle();
  if (error) throw error;
  return data ? Number(data.balance) : null;
}

export type CreditPack = { id: string; credits: number; price_xaf: number };

/** The packs on sale, in the catalogue's order. */
export async function fetchCreditPacks(client: CreditsClient): Promise<CreditPack[]> {
  const { data, error } = await client
    .from('credit_packs')
    .select('id, credits, price_xaf')
    .eq('active', true)
    .order('sort_order', { ascending: true })
    .order('credits', { ascending: true });
  if (error) throw error;
  return data;
}

export type CreditPayment = {
  id: string;
  credits: number;
  amountXaf: number;
  status: PaymentStatus;
  receiptNumber: string | null;
  createdAt: string;
};

/** The most recent payments the page lists. */
export const paymentsShown = 100;

export async function fetchCreditPayments(
  client: CreditsClient,
  organizationId: string,
): Promise<CreditPayment[]> {
  const { data, error } = await client
    .from('credit_payments')
    .select('id, credits, amount_xaf, status, receipt_number, created_at')
    .eq('organization_id', organizationId)
    .order('created_at', { ascending: false })
    .order('id', { ascending: false })
    .limit(paymentsShown);
  if (error) throw error;
  return data.map((row) => ({
    id: row.id,
    credits: row.credits,
    amountXaf: row.amount_xaf,
    status: row.status as PaymentStatus,
    receiptNumber: row.receipt_number,
    createdAt: row.created_at,
  }));
}

// Ledger -----------------------------------------------------------------------------------------

export type LedgerEntry = {
  id: number;
  createdAt: string;
  delta: number;
  reason: string;
  channel: string;
  actorId: string | null;
  /** The actor's name or e-mail, when their profile is readable (a current member). */
  actorName: string | null;
  balanceAfter: number;
};

/** The ledger's lines the query selects, newest first (the index's order). */
export function ledgerRequest(
  client: CreditsClient,
  organizationId: string,
  query: LedgerQuery,
  options: { count?: 'exact'; head?: boolean } = {},
) {
  let request = client
    .from('credit_ledger')
    .select(
      'id, created_at, delta, reason, channel, actor_id, balance_after, actor:profiles!credit_ledger_actor_id_fkey(full_name, email)',
      options,
    )
    .eq('organization_id', organizationId);
  if (query.reason) request = request.eq('reason', query.reason);
  if (query.channel) request = request.eq('channel', query.channel);
  if (query.since) request = request.gte('created_at', query.since);
  if (query.until) request = request.lt('created_at', query.until);
  return request.order('created_at', { ascending: false }).order('id', { ascending: false });
}

type LedgerRow = {
  id: number;
  created_at: string;
  delta: number;
  reason: string;
  channel: string;
  actor_id: string | null;
  balance_after: number;
  actor: { full_name: string | null; email: string | null } | null;
};

function toLedgerEntry(row: LedgerRow): LedgerEntry {
  return {
    id: Number(row.id),
    createdAt: row.created_at,
    delta: Number(row.delta),
    reason: row.reason,
    channel: row.channel,
    actorId: row.actor_id,
    actorName: row.actor?.full_name?.trim() || row.actor?.email || null,
    balanceAfter: Number(row.balance_after),
  };
}

/** One page of the ledger after `cursor` (the first page without one). */
export async function fetchLedgerPage(
  client: CreditsClient,
  organizationId: string,
  query: LedgerQuery,
  cursor: LedgerCursor | null,
  { pageSize = ledgerPageSize, signal }: { pageSize?: number; signal?: AbortSignal } = {},
): Promise<LedgerPage<LedgerEntry>> {
  let request = ledgerRequest(client, organizationId, query);
  if (cursor) request = request.or(afterCursorFilter(cursor));
  request = request.limit(pageSize + 1);
  const { data, error } = await (signal ? request.abortSignal(signal) : request);
  if (error) throw error;
  return toLedgerPage(data.map(toLedgerEntry), pageSize);
}

/** How many lines the query selects. */
export async function countLedger(
  client: CreditsClient,
  organizationId: string,
  query: LedgerQuery,
  signal?: AbortSignal,
): Promise<number> {
  const request = ledgerRequest(client, organizationId, query, { count: 'exact', head: true });
  const { count, error } = await (signal ? request.abortSignal(signal) : request);
  if (error) throw error;
  return count ?? 0;
}

/** The ledger's lines for the chart: no more than this many are read (20 requests). */
export const balanceHistoryMaxRows = 20_000;
const balanceHistoryPageSize = 1_000;

export type BalanceHistoryRows = {
  /** The window's lines, newest first. */
  movements: { createdAt: string; balanceAfter: number }[];
  /** The balance before the window: the last line before it, 0 without one. */
  opening: number;
  /** Whether every line of the window was read. */
  complete: boolean;
};

/** The lines since `since` (for the chart of the balance), and the balance before them. */
export async function fetchBalanceHistoryRows(
  client: CreditsClient,
  organizationId: string,
  since: string,
  maxRows: number = balanceHistoryMaxRows,
): Promise<BalanceHistoryRows> {
  const before = client
    .from('credit_ledger')
    .select('balance_after')
    .eq('organization_id', organizationId)
    .lt('created_at', since)
    .order('created_at', { ascending: false })
    .order('id', { ascending: false })
    .limit(1)
    .maybeSingle();
  const readWindow = async () => {
    const movements: BalanceHistoryRows['movements'] = [];
    let cursor: LedgerCursor | null = null;
    for (;;) {
      let request = client
        .from('credit_ledger')
        .select('id, created_at, balance_after')
        .eq('organization_id', organizationId)
        .gte('created_at', since)
        .order('created_at', { ascending: false })
        .order('id', { ascending: false });
      if (cursor) request = request.or(afterCursorFilter(cursor));
      const { data, error } = await request.limit(balanceHistoryPageSize);
      if (error) throw error;
      for (const row of data)
        movements.push({ createdAt: row.created_at, balanceAfter: Number(row.balance_after) });
      const last = data.at(-1);
      if (data.length < balanceHistoryPageSize || !last) return { movements, complete: true };
      if (movements.length >= maxRows) return { movements, complete: false };
      cursor = { createdAt: last.created_at, id: Number(last.id) };
    }
  };
  const [opening, window] = await Promise.all([before, readWindow()]);
  if (opening.error) throw opening.error;
  return { ...window, opening: opening.data ? Number(opening.data.balance_after) : 0 };
}

// Edge Functions ---------------------------------------------------------------------------------

/** « Acheter »: opens the payment and Flutterwave's hosted checkout (owners and admins only). */
export function startCreditCheckout(
  functions: FunctionsInvoker,
  organizationId: string,
  packId: string,
): Promise<{ link: string; txRef: string }> {
  return callFunction(functions, 'credits-checkout', { body: { organizationId, packId } });
}

/** What became of the payment of `txRef`, asked of Flutterwave when it is still pending. */
export async function checkCreditPayment(
  functions: FunctionsInvoker,
  txRef: string,
): Promise<PaymentCheck> {
  const answer = await callFunction<unknown>(functions, 'credit-payment-check', {
    body: { txRef },
  });
  const check = readPaymentCheck(answer);
  if (!check) throw new UserFacingError(genericErrorMessage());
  return check;
}

/** The PDF receipt of a paid payment, with the member's own session. */
export async function fetchCreditReceipt(
  functions: FunctionsInvoker,
  paymentId: string,
): Promise<Blob> {
  const receipt = await callFunction<unknown>(functions, 'credit-receipt', {
    method: 'GET',
    query: { payment: paymentId },
  });
  // functions-js reads application/pdf as a Blob; anything else is not the receipt.
  if (!(receipt instanceof Blob)) throw new UserFacingError(genericErrorMessage());
  return receipt;
}
