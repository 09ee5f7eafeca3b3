import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../../test-support/database';
import { createTeam, type Team } from '../../../test-support/personas';
import {
  accessToken,
  backdate,
  balanceOf,
  checkOf,
  checkPayment,
  completePayment,
  type Delivery,
  checkoutWithoutWebhooks,
  openCheckout,
  PACK_50,
  paymentOf,
  reconcile,
  sandbox,
  topUpsOf,
  waitUntil,
} from '../flutterwave-webhook/top-up-fixtures';

// The job that settles payments whose webhook never came (every minute on the stack too, so
// each test waits for the outcome, whichever run of the job gets there first): paid or refused
// ones as Flutterwave's verification says, once; abandoned ones cancelled once their checkout
// has closed. Each test buys on its own payment and scopes the sandbox's faults to it.

let team: Team;

beforeAll(async () => {
  team = await createTeam('rapprochement');
});

/** Runs the job until `settled` holds: other payments due before this one go first. */
async function reconciledUntil(settled: () => Promise<boolean>, what: string): Promise<void> {
  await waitUntil(async () => {
    const run = await reconcile();
    expect(run.status).toBe(200);
    return settled();
  }, what);
}

const toppedUpBy = async (txRef: string) => {
  const { id } = await paymentOf(txRef);
  return (await topUpsOf(team.organizationId)).filter((line) => line.subject.id === id);
};

describe('credits-reconcile', () => {
  it('is the service’s only', async () => {
    expect(await reconcile('')).toMatchObject({ status: 401 });
    expect(await reconcile(`Bearer ${await accessToken(team.clients.owner)}`)).toMatchObject({
      status: 403,
      body: { error: { code: 'forbidden' } },
    });
  });

  it('credits a payment whose webhook was lost, once', async () => {
    const before = await balanceOf(team.organizationId);
    const txRef = await checkoutWithoutWebhooks(team.clients.admin, team.organizationId);
    const { transaction } = await completePayment(txRef, 'successful');
    await backdate(txRef, '1 hour');

    await reconciledUntil(
      async () => (await paymentOf(txRef)).status === 'successful',
      'the credit',
    );
    expect(await paymentOf(txRef)).toMatchObject({
      flutterwave_transaction_id: String(transaction.id),
      receipt_number: expect.stringMatching(/^WCAP-\d{4}-\d{6}$/) as unknown,
    });
    expect(await balanceOf(team.organizationId)).toBe(before + PACK_50.credits);
    expect(await toppedUpBy(txRef)).toMatchObject([{ idempotency_key: `flw:${transaction.id}` }]);
    expect(await checkOf(txRef)).toMatchObject({ outcome: 'credited' });
  });

  it('credits once when the return page, the job and a late webhook race', async () => {
    const before = await balanceOf(team.organizationId);
    const payments = await Promise.all(
      [1, 2, 3].map(() => checkoutWithoutWebhooks(team.clients.admin, team.organizationId)),
    );
    const transactions = await Promise.all(
      payments.map(async (txRef) => (await completePayment(txRef, 'successful')).transaction),
    );
    await Promise.all(payments.map((txRef) => backdate(txRef, '1 hour')));

    const [runs, checks, webhooks] = await Promise.all([
      Promise.all([reconcile(), reconcile()]),
      Promise.all(payments.map((txRef) => checkPayment(team.clients.admin, txRef))),
      Promise.all(
        transactions.map(({ id }) =>
          sandbox<{ webhook: Delivery }>('POST', 'webhooks/redeliver', { transaction_id: id }),
        ),
      ),
    ]);
    expect([...runs, ...checks].map((answer) => answer.status)).toEqual(Array(5).fill(200));
    expect(webhooks.map(({ webhook }) => webhook.httpStatus)).toEqual([200, 200, 200]);
    await reconciledUntil(async () => {
      const rows = await Promise.all(payments.map(paymentOf));
      return rows.every((row) => row.status === 'successful');
    }, 'the three credits');
    expect(await balanceOf(team.organizationId)).toBe(before + 3 * PACK_50.credits);
    for (const [index, txRef] of payments.entries()) {
      expect(await toppedUpBy(txRef)).toMatchObject([
        { idempotency_key: `flw:${transactions[index]!.id}` },
      ]);
    }
  });

  it('records a refused payment as failed', async () => {
    const before = await balanceOf(team.organizationId);
    const txRef = await checkoutWithoutWebhooks(team.clients.admin, team.organizationId);
    await completePayment(txRef, 'failed');
    await backdate(txRef, '1 hour');

    await reconciledUntil(async () => (await paymentOf(txRef)).status === 'failed', 'the failure');
    expect(await paymentOf(txRef)).toMatchObject({
      flutterwave_transaction_id: null,
      receipt_number: null,
    });
    // The checkout takes another try for a day: the job keeps asking until then.
    expect(await checkOf(txRef)).toMatchObject({ outcome: 'recorded', due_at: expect.any(Date) });
    expect(await balanceOf(team.organizationId)).toBe(before);
  });

  it('credits nothing when the verification disagrees on the amount', async () => {
    const before = await balanceOf(team.organizationId);
    const txRef = await checkoutWithoutWebhooks(team.clients.admin, team.organizationId);
    await sandbox('POST', 'faults/verify', { txRef, amount: 500 });
    await completePayment(txRef, 'successful');
    await backdate(txRef, '1 hour');

    await reconciledUntil(
      async () => (await checkOf(txRef)).outcome === 'amount_mismatch',
      'the verification',
    );
    expect((await paymentOf(txRef)).status).toBe('pending');
    expect(await balanceOf(team.organizationId)).toBe(before);
    expect(await toppedUpBy(txRef)).toEqual([]);
  });

  it('cancels a payment nobody paid once its checkout has closed, and only then', async () => {
    const abandoned = await openCheckout(team.clients.admin, team.organizationId);
    const open = await openCheckout(team.clients.admin, team.organizationId);
    await backdate(abandoned, '25 hours');
    await backdate(open, '23 hours');

    await reconciledUntil(async () => {
      const [first, second] = await Promise.all([checkOf(abandoned), checkOf(open)]);
      return first.outcome === 'cancelled' && second.outcome === 'not_found';
    }, 'both checks');
    expect((await paymentOf(abandoned)).status).toBe('cancelled');
    expect(await checkOf(abandoned)).toMatchObject({ due_at: null });
    expect((await paymentOf(open)).status).toBe('pending');
    expect(await checkOf(open)).toMatchObject({ due_at: expect.any(Date) });

    // Paid after all (the link was still open): its webhook still credits it.
    const before = await balanceOf(team.organizationId);
    await completePayment(abandoned, 'successful');
    await waitUntil(async () => (await paymentOf(abandoned)).status === 'successful', 'the credit');
    expect(await balanceOf(team.organizationId)).toBe(before + PACK_50.credits);
  });
});

describe('private.claim_credit_payment_checks', () => {
  it('never gives the same payment to two runs at once', async () => {
    const payments = await Promise.all(
      [1, 2, 3, 4, 5, 6].map(() => openCheckout(team.clients.admin, team.organizationId)),
    );
    await Promise.all(payments.map((txRef) => backdate(txRef, '2 hours')));
    const claim = () =>
      sql<{ payment_id: string }>(
        `select payment_id from private.claim_credit_payment_checks(4, interval '5 minutes')`,
      );
    const runs = await Promise.all([claim(), claim(), claim()]);
    const claimed = runs.flat().map((row) => row.payment_id);
    expect(new Set(claimed).size).toBe(claimed.length);
    // Taken, they are not due again before the lease ends.
    const ids = await Promise.all(payments.map(async (txRef) => (await paymentOf(txRef)).id));
    const again = await claim();
    expect(again.filter((row) => claimed.includes(row.payment_id))).toEqual([]);
    expect(claimed.filter((id) => ids.includes(id)).length).toBeGreaterThan(0);
  });
});
