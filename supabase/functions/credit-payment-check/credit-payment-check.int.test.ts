import { beforeAll, describe, expect, it } from 'vitest';
import { stackInfo } from '../../../test-support/clients';
import { createTeam, type Team } from '../../../test-support/personas';
import {
  backdate,
  balanceOf,
  checkOf,
  checkout,
  checkPayment,
  completePayment,
  checkoutWithoutWebhooks,
  openCheckout,
  PACK_50,
  paymentOf,
  sandbox,
  topUpsOf,
  waitUntil,
} from '../flutterwave-webhook/top-up-fixtures';

// The page Flutterwave sends the buyer back to asks where the payment stands: while Flutterwave
// may still settle it, the function asks Flutterwave by reference and settles it as the webhook
// would have — so a lost webhook still credits, once — and a refused payment shows as failed.
// Each test buys on its own payment and scopes the sandbox's faults to it.

let team: Team;

beforeAll(async () => {
  team = await createTeam('retour-paiement');
});

const toppedUpBy = async (txRef: string) => {
  const { id } = await paymentOf(txRef);
  return (await topUpsOf(team.organizationId)).filter((line) => line.subject.id === id);
};

describe('a payment whose webhook was lost', () => {
  it('is credited once by the return page, for any member', async () => {
    const before = await balanceOf(team.organizationId);
    const txRef = await checkoutWithoutWebhooks(team.clients.admin, team.organizationId);
    const { transaction, webhooks } = await completePayment(txRef, 'successful');
    expect(webhooks).toEqual([]);
    expect((await paymentOf(txRef)).status).toBe('pending');

    const answer = await checkPayment(team.clients.viewer, txRef);
    const payment = await paymentOf(txRef);
    expect(answer).toEqual({
      status: 200,
      body: {
        status: 'successful',
        credits: PACK_50.credits,
        amountXaf: PACK_50.amount,
        receiptNumber: payment.receipt_number,
        paymentId: payment.id,
      },
    });
    expect(payment).toMatchObject({
      status: 'successful',
      flutterwave_transaction_id: String(transaction.id),
    });
    expect(payment.receipt_number).toMatch(/^WCAP-\d{4}-\d{6}$/);
    expect(await balanceOf(team.organizationId)).toBe(before + PACK_50.credits);
    const lines = await toppedUpBy(txRef);
    expect(lines).toMatchObject([{ idempotency_key: `flw:${transaction.id}` }]);

    // Asked again, by everyone at once: the same answer, nothing more credited.
    const again = await Promise.all(
      (['owner', 'admin', 'agent', 'viewer'] as const).map((role) =>
        checkPayment(team.clients[role], txRef),
      ),
    );
    expect(again.map(({ body }) => body)).toEqual(Array(4).fill(answer.body));
    expect(await balanceOf(team.organizationId)).toBe(before + PACK_50.credits);
    expect(await toppedUpBy(txRef)).toHaveLength(1);
  });

  it('credits nothing when the verification disagrees on the amount', async () => {
    const before = await balanceOf(team.organizationId);
    const txRef = await checkoutWithoutWebhooks(team.clients.admin, team.organizationId);
    await sandbox('POST', 'faults/verify', { txRef, amount: 500 });
    await completePayment(txRef, 'successful');

    const answer = await checkPayment(team.clients.admin, txRef);
    expect(answer).toMatchObject({ status: 200, body: { status: 'pending', receiptNumber: null } });
    expect(await checkOf(txRef)).toMatchObject({ outcome: 'amount_mismatch' });
    expect(await balanceOf(team.organizationId)).toBe(before);
    expect(await toppedUpBy(txRef)).toEqual([]);
  });

  it('stays pending while Flutterwave is unreachable, and is credited by its webhook later', async () => {
    const before = await balanceOf(team.organizationId);
    const txRef = await openCheckout(team.clients.admin, team.organizationId);
    await sandbox('POST', 'faults/webhooks', { txRef, drop: true, times: 1 });
    const { transaction } = await completePayment(txRef, 'successful');
    await sandbox('POST', 'faults/verify', { txRef, httpStatus: 503, times: 1 });

    const answer = await checkPayment(team.clients.admin, txRef);
    expect(answer).toMatchObject({ status: 200, body: { status: 'pending' } });
    expect(await checkOf(txRef)).toMatchObject({ checked_at: null, outcome: null });
    expect(await balanceOf(team.organizationId)).toBe(before);

    await sandbox('POST', 'webhooks/redeliver', { transaction_id: transaction.id });
    expect((await paymentOf(txRef)).status).toBe('successful');
    expect(await balanceOf(team.organizationId)).toBe(before + PACK_50.credits);
  });
});

describe('a refused payment', () => {
  it('shows as failed; paid on another try of the same checkout, it is credited once', async () => {
    const before = await balanceOf(team.organizationId);
    const txRef = await checkoutWithoutWebhooks(team.clients.admin, team.organizationId);
    await completePayment(txRef, 'failed');
    expect(await checkPayment(team.clients.admin, txRef)).toMatchObject({
      status: 200,
      body: { status: 'failed', receiptNumber: null },
    });
    expect(await paymentOf(txRef)).toMatchObject({
      status: 'failed',
      flutterwave_transaction_id: null,
    });

    const { transaction } = await completePayment(txRef, 'successful');
    // The page asks Flutterwave once in five seconds at most: it polls, as the SPA does.
    await waitUntil(
      async () => (await checkPayment(team.clients.admin, txRef)).body.status === 'successful',
      'the paid retry',
    );
    expect(await paymentOf(txRef)).toMatchObject({
      flutterwave_transaction_id: String(transaction.id),
    });
    expect(await balanceOf(team.organizationId)).toBe(before + PACK_50.credits);
    expect(await toppedUpBy(txRef)).toHaveLength(1);
  });
});

describe('a checkout closed without paying', () => {
  it('stays pending whatever the redirect says, until its checkout has closed for good', async () => {
    const opened = await checkout(team.clients.admin, team.organizationId, 'pack_50');
    const { link, txRef } = opened.body as { link: string; txRef: string };
    const left = await fetch(link, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'decision=cancel',
    });
    expect(new URL(left.headers.get('location')!).searchParams.get('status')).toBe('cancelled');

    expect(await checkPayment(team.clients.admin, txRef)).toMatchObject({
      status: 200,
      body: { status: 'pending' },
    });
    expect(await checkOf(txRef)).toMatchObject({ outcome: 'not_found' });

    await backdate(txRef, '25 hours');
    await waitUntil(
      async () => (await checkPayment(team.clients.admin, txRef)).body.status === 'cancelled',
      'the cancellation',
    );
    expect(await checkOf(txRef)).toMatchObject({ outcome: 'cancelled', due_at: null });
  });
});

describe('who may ask', () => {
  it('anyone outside the organisation is told the payment does not exist', async () => {
    const txRef = await openCheckout(team.clients.admin, team.organizationId);
    for (const answer of [
      await checkPayment(team.clients.stranger, txRef),
      await checkPayment(team.clients.admin, 'wcap-00000000-0000-4000-8000-000000000000'),
    ]) {
      expect(answer).toMatchObject({ status: 404, body: { error: { code: 'payment_not_found' } } });
    }
    expect(await checkOf(txRef)).toMatchObject({ checked_at: null });

    expect(await checkPayment(team.clients.admin, 'FLW-123')).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid_input' } },
    });
    const anonymous = await fetch(`${stackInfo().functionsUrl}/credit-payment-check`, {
      method: 'POST',
      body: JSON.stringify({ txRef }),
    });
    expect(anonymous.status).toBe(401);
  });
});
