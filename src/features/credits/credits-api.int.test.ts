import { i18n } from '@lingui/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../../test-support/database';
import { createTeam, type Persona, type Team } from '../../../test-support/personas';
import {
  completePayment,
  paymentOf,
  waitUntil,
  type PaymentRow,
} from '../../../supabase/functions/flutterwave-webhook/top-up-fixtures';
import { FunctionCallError } from '../../lib/functions';
import {
  countLedger,
  fetchBalanceHistoryRows,
  fetchCreditBalance,
  fetchCreditPacks,
  fetchCreditPayments,
  fetchCreditReceipt,
  fetchLedgerPage,
  startCreditCheckout,
  type CreditsClient,
  type LedgerEntry,
} from './api';
import { exportLedgerCsv } from './ledger-export';
import { ledgerQuery, nextCalendarDay, type LedgerFilters } from './ledger-filters';
import type { LedgerCursor } from './ledger-pages';

// What Paramètres › Crédits reads and asks, through supabase-js → PostgREST and the Edge
// Functions, as each persona does in the browser: members read their organisation's wallet,
// ledger and payments under row-level security, a member of another organisation reads none of
// them, and only owners and admins start a checkout.

// The file's words (CSV headers, labels) are read in French, the source language.
i18n.loadAndActivate({ locale: 'fr', messages: {} });

const zone = 'Africa/Douala';
const members = ['owner', 'admin', 'agent', 'viewer'] as const;
const noFilters: LedgerFilters = { reason: '', channel: '', from: '', to: '' };
const everything = ledgerQuery(noFilters, zone);

let team: Team;
let paid: PaymentRow;
let refused: PaymentRow;

function client(persona: Persona): CreditsClient {
  return team.clients[persona] as unknown as CreditsClient;
}

/** Every line the query selects, walked page by page as « Voir plus » does. */
async function walkLedger(
  persona: Persona,
  pageSize: number,
  organizationId = team.organizationId,
) {
  const pages: LedgerEntry[][] = [];
  let cursor: LedgerCursor | null = null;
  do {
    const page = await fetchLedgerPage(client(persona), organizationId, everything, cursor, {
      pageSize,
    });
    pages.push(page.entries);
    cursor = page.next;
  } while (cursor);
  return pages;
}

beforeAll(async () => {
  team = await createTeam('credits-page');
  // The owner buys 50 credits and pays; the admin starts 120 and the payment is refused.
  const bought = await startCreditCheckout(
    client('owner').functions,
    team.organizationId,
    'pack_50',
  );
  expect(bought.link).toMatch(/^https?:\/\//);
  await completePayment(bought.txRef, 'successful');
  await waitUntil(
    async () => (await paymentOf(bought.txRef)).status === 'successful',
    'the credit',
  );
  paid = await paymentOf(bought.txRef);

  const abandoned = await startCreditCheckout(
    client('admin').functions,
    team.organizationId,
    'pack_120',
  );
  await completePayment(abandoned.txRef, 'failed');
  await waitUntil(
    async () => (await paymentOf(abandoned.txRef)).status === 'failed',
    'the refusal',
  );
  refused = await paymentOf(abandoned.txRef);
});

describe('Paramètres › Crédits under row-level security', () => {
  it('shows every member the balance, the packs, the payments and the ledger', async () => {
    const [owner] = await sql<{ name: string }>(
      `select coalesce(nullif(trim(full_name), ''), email) as name from public.profiles where id = $1`,
      [team.userIds.owner],
    );
    for (const persona of members) {
      expect(await fetchCreditBalance(client(persona), team.organizationId)).toBe(55);

      const packs = await fetchCreditPacks(client(persona));
      expect(packs.filter((pack) => pack.id.match(/^pack_(50|120|300)$/))).toEqual([
        { id: 'pack_50', credits: 50, price_xaf: 5000 },
        { id: 'pack_120', credits: 120, price_xaf: 10000 },
        { id: 'pack_300', credits: 300, price_xaf: 22500 },
      ]);

      const payments = await fetchCreditPayments(client(persona), team.organizationId);
      expect(payments).toEqual([
        {
          id: refused.id,
          credits: 120,
          amountXaf: 10000,
          status: 'failed',
          receiptNumber: null,
          createdAt: expect.any(String),
        },
        {
          id: paid.id,
          credits: 50,
          amountXaf: 5000,
          status: 'successful',
          receiptNumber: paid.receipt_number,
          createdAt: expect.any(String),
        },
      ]);

      const page = await fetchLedgerPage(client(persona), team.organizationId, everything, null);
      expect(page.next).toBeNull();
      expect(
        page.entries.map(({ delta, reason, channel, actorName, balanceAfter }) => ({
          delta,
          reason,
          channel,
          actorName,
          balanceAfter,
        })),
      ).toEqual([
        { delta: 50, reason: 'topup', channel: 'system', actorName: owner!.name, balanceAfter: 55 },
        { delta: 5, reason: 'welcome', channel: 'system', actorName: null, balanceAfter: 5 },
      ]);
    }
  });

  it('shows a member of another organisation none of it', async () => {
    const stranger = client('stranger');
    expect(await fetchCreditBalance(stranger, team.organizationId)).toBeNull();
    expect(await fetchCreditPayments(stranger, team.organizationId)).toEqual([]);
    expect(await fetchLedgerPage(stranger, team.organizationId, everything, null)).toEqual({
      entries: [],
      next: null,
    });
    expect(await countLedger(stranger, team.organizationId, everything)).toBe(0);
    // Their own organisation's wallet, with its welcome credits, is theirs to read.
    expect(await fetchCreditBalance(stranger, team.otherOrganizationId)).toBe(5);
  });

  it('filters by reason, channel and days on the organisation’s clocks', async () => {
    const [row] = await sql<{ today: string }>(
      `select to_char(now() at time zone $1, 'YYYY-MM-DD') as today`,
      [zone],
    );
    const today = row!.today;
    const count = (filters: Partial<LedgerFilters>) =>
      countLedger(
        client('viewer'),
        team.organizationId,
        ledgerQuery({ ...noFilters, ...filters }, zone),
      );
    expect(await count({ reason: 'topup' })).toBe(1);
    expect(await count({ reason: 'generation' })).toBe(0);
    expect(await count({ channel: 'system' })).toBe(2);
    expect(await count({ channel: 'web' })).toBe(0);
    expect(await count({ from: today, to: today })).toBe(2);
    expect(await count({ from: nextCalendarDay(today) })).toBe(0);
    expect(await count({ to: '2000-01-01' })).toBe(0);
  });

  it('pages by keyset, through lines written at the same instant', async () => {
    // 120 lines in one statement share their created_at to the microsecond: only the id orders them.
    await sql(
      `select private.move_credits($1, 1, 'adjustment', 'adjustment-' || n, null, 'system', null)
       from generate_series(1, 120) n`,
      [team.organizationId],
    );
    const pages = await walkLedger('agent', 50);
    expect(pages.map((page) => page.length)).toEqual([50, 50, 22]);
    const ids = pages.flat().map((entry) => entry.id);
    expect(new Set(ids).size).toBe(122);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(pages[0]![0]!.balanceAfter).toBe(175);
    expect(await countLedger(client('agent'), team.organizationId, everything)).toBe(122);
  });

  it('exports the filtered ledger as CSV, up to its cap', async () => {
    const progress: (number | null)[] = [];
    const adjustments = ledgerQuery({ ...noFilters, reason: 'adjustment' }, zone);
    const file = await exportLedgerCsv({
      client: client('viewer'),
      organizationId: team.organizationId,
      query: adjustments,
      timeZone: zone,
      fileName: 'credits.csv',
      onProgress: ({ total }) => progress.push(total),
    });
    // Decoded with its byte-order mark, which Blob.text() would drop.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await file.arrayBuffer());
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('\uFEFFDate;Mouvement;Motif;Canal;Par;Solde après');
    expect(lines).toHaveLength(121);
    expect(lines[1]).toMatch(
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2};1;Ajustement;Automatique;Plateforme WCAP;175$/,
    );
    expect(progress.at(-1)).toBe(120);

    const capped = await exportLedgerCsv({
      client: client('viewer'),
      organizationId: team.organizationId,
      query: everything,
      timeZone: zone,
      fileName: 'credits.csv',
      cap: 30,
    });
    expect((await capped.text()).split('\r\n').filter(Boolean)).toHaveLength(31);
  });

  it('reads the last 30 days for the chart, and the balance before them', async () => {
    const since = new Date(Date.now() - 30 * 86_400_000).toISOString();
    const history = await fetchBalanceHistoryRows(client('viewer'), team.organizationId, since);
    expect(history).toMatchObject({ complete: true, opening: 0 });
    expect(history.movements).toHaveLength(122);
    expect(history.movements[0]!.balanceAfter).toBe(175);

    // From now on, every line is before the window: the opening balance is the current one.
    const later = await fetchBalanceHistoryRows(
      client('viewer'),
      team.organizationId,
      new Date(Date.now() + 60_000).toISOString(),
    );
    expect(later).toEqual({ movements: [], complete: true, opening: 175 });
  });

  it('gives members the receipt of a paid payment, and strangers nothing', async () => {
    const receipt = await fetchCreditReceipt(client('viewer').functions, paid.id);
    expect(receipt.type).toBe('application/pdf');
    expect(new TextDecoder().decode((await receipt.arrayBuffer()).slice(0, 5))).toBe('%PDF-');

    for (const [persona, paymentId] of [
      ['stranger', paid.id],
      ['owner', refused.id],
    ] as const) {
      const refusal = await fetchCreditReceipt(client(persona).functions, paymentId).catch(
        (error: unknown) => error,
      );
      expect(refusal).toBeInstanceOf(FunctionCallError);
      expect(refusal).toMatchObject({ status: 404, code: 'credit_receipt_not_found' });
    }
  });

  it('lets only owners and admins start a checkout', async () => {
    for (const persona of ['agent', 'viewer'] as const) {
      const refusal = await startCreditCheckout(
        client(persona).functions,
        team.organizationId,
        'pack_50',
      ).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(FunctionCallError);
      expect(refusal).toMatchObject({ code: 'credit_purchase_requires_admin' });
    }
    const refusal = await startCreditCheckout(
      client('stranger').functions,
      team.organizationId,
      'pack_50',
    ).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: 'credit_purchase_requires_admin' });
  });
});
