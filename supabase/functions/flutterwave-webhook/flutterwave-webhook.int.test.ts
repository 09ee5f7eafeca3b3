import { beforeAll, describe, expect, it } from 'vitest';
import { withClient } from '../../../scripts/stack/sql';
import { stackInfo } from '../../../test-support/clients';
import { createTeam, type Team } from '../../../test-support/personas';
import {
  balanceOf,
  completePayment,
  type Delivery,
  openCheckout,
  PACK_50,
  paymentOf,
  postWebhook,
  sandbox,
  topUpsOf,
  waitUntil,
} from './top-up-fixtures';

// Top-ups end to end through the Flutterwave sandbox: an admin's checkout paid on the sandbox's
// page credits the wallet with the pack's credits, once, whatever the webhooks do (duplicated,
// replayed, forged, or contradicted by Flutterwave's own record of the transaction). Each test
// buys on its own payment, and scopes the sandbox's faults to it.

let team: Team;

beforeAll(async () => {
  team = await createTeam('recharge');
});

/** Waits until the payment of `txRef` is credited, and answers the wallet's balance then. */
async function creditedBalance(txRef: string): Promise<number> {
  await waitUntil(async () => (await paymentOf(txRef)).status === 'successful', 'the credit');
  return balanceOf(team.organizationId);
}

/** Waits until the sandbox recorded `count` answers from WCAP to the webhooks of `txRef`. */
async function answeredDeliveries(txRef: string, count: number): Promise<Delivery[]> {
  let answered: Delivery[] = [];
  await waitUntil(async () => {
    const { webhooks } = await sandbox<{ webhooks: Delivery[] }>('GET', 'webhooks');
    answered = webhooks.filter((webhook) => webhook.txRef === txRef && webhook.httpStatus);
    return answered.length >= count;
  }, `${count} answered webhooks for ${txRef}`);
  return answered;
}

const toppedUpBy = async (txRef: string) => {
  const { id } = await paymentOf(txRef);
  return (await topUpsOf(team.organizationId)).filter((line) => line.subject.id === id);
};

describe('a successful payment', () => {
  it('credits the pack once, even when Flutterwave posts it five times at once', async () => {
    const before = await balanceOf(team.organizationId);
    const txRef = await openCheckout(team.clients.admin, team.organizationId);
    await sandbox('POST', 'faults/webhooks', { txRef, copies: 5 });
    const { transaction } = await completePayment(txRef, 'successful');

    expect(await creditedBalance(txRef)).toBe(before + PACK_50.credits);
    const deliveries = await answeredDeliveries(txRef, 5);
    expect(deliveries.map((delivery) => delivery.httpStatus)).toEqual([200, 200, 200, 200, 200]);
    const payment = await paymentOf(txRef);
    expect(payment).toMatchObject({
      status: 'successful',
      flutterwave_transaction_id: String(transaction.id),
      created_by: team.userIds.admin,
    });
    expect(payment.receipt_number).toMatch(/^WCAP-\d{4}-\d{6}$/);
    const lines = await toppedUpBy(txRef);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      delta: String(PACK_50.credits),
      idempotency_key: `flw:${transaction.id}`,
      subject: { kind: 'payment', id: payment.id },
    });
  });

  it('changes nothing when the same webhook is delivered again', async () => {
    const txRef = await openCheckout(team.clients.owner, team.organizationId);
    const { transaction } = await completePayment(txRef, 'successful');
    const credited = await creditedBalance(txRef);
    const receipt = (await paymentOf(txRef)).receipt_number;

    const { webhook } = await sandbox<{ webhook: Delivery }>('POST', 'webhooks/redeliver', {
      transaction_id: transaction.id,
    });
    expect(webhook.httpStatus).toBe(200);
    expect(await balanceOf(team.organizationId)).toBe(credited);
    expect((await paymentOf(txRef)).receipt_number).toBe(receipt);
    expect(await toppedUpBy(txRef)).toHaveLength(1);
  });

  it('refused first, then paid on another try of the same checkout: failed, then credited once', async () => {
    const before = await balanceOf(team.organizationId);
    const txRef = await openCheckout(team.clients.admin, team.organizationId);
    const refused = await completePayment(txRef, 'failed');
    expect(refused.webhooks.map((webhook) => webhook.httpStatus)).toEqual([200]);
    expect((await paymentOf(txRef)).status).toBe('failed');

    const { transaction } = await completePayment(txRef, 'successful');
    expect(await creditedBalance(txRef)).toBe(before + PACK_50.credits);
    expect((await paymentOf(txRef)).flutterwave_transaction_id).toBe(String(transaction.id));
    // The refusal delivered again, late, changes nothing.
    await sandbox('POST', 'webhooks/redeliver', { transaction_id: refused.transaction.id });
    expect((await paymentOf(txRef)).status).toBe('successful');
    expect(await toppedUpBy(txRef)).toHaveLength(1);
  });

  it('is accepted on the flutterwave-signature alone, or on verif-hash alone', async () => {
    for (const headers of [
      { verifHash: 'missing', signature: 'valid' },
      { verifHash: 'valid', signature: 'missing' },
    ]) {
      const before = await balanceOf(team.organizationId);
      const txRef = await openCheckout(team.clients.admin, team.organizationId);
      await sandbox('POST', 'faults/webhooks', { txRef, ...headers });
      await completePayment(txRef, 'successful');
      expect(await creditedBalance(txRef)).toBe(before + PACK_50.credits);
    }
  });
});

describe('what changes nothing', () => {
  it('a forged webhook is refused with 401 before anything is read', async () => {
    const before = await balanceOf(team.organizationId);
    const txRef = await openCheckout(team.clients.admin, team.organizationId);
    await sandbox('POST', 'faults/webhooks', {
      txRef,
      times: 1,
      verifHash: 'wrong',
      signature: 'wrong',
    });
    const { transaction } = await completePayment(txRef, 'successful');
    const [forged] = await answeredDeliveries(txRef, 1);
    expect(forged).toMatchObject({ httpStatus: 401 });
    expect((await paymentOf(txRef)).status).toBe('pending');
    expect(await balanceOf(team.organizationId)).toBe(before);

    // A hand-made event without any signature, for a payment that is still open.
    const unsigned = await postWebhook(
      {
        event: 'charge.completed',
        data: { id: 1, tx_ref: txRef, status: 'successful', amount: 5000, currency: 'XAF' },
      },
      'none',
    );
    expect(unsigned).toMatchObject({ status: 401, body: { error: { code: 'invalid_signature' } } });
    expect((await paymentOf(txRef)).status).toBe('pending');

    // Flutterwave's own delivery, correctly signed, still credits it.
    await sandbox('POST', 'webhooks/redeliver', { transaction_id: transaction.id });
    expect(await creditedBalance(txRef)).toBe(before + PACK_50.credits);
  });

  for (const [field, fault] of [
    ['amount', { amount: 500 }],
    ['currency', { currency: 'XOF' }],
  ] as const) {
    it(`a webhook whose verification disagrees on the ${field}; the true one then credits`, async () => {
      const before = await balanceOf(team.organizationId);
      const txRef = await openCheckout(team.clients.admin, team.organizationId);
      await sandbox('POST', 'faults/verify', { txRef, times: 1, ...fault });
      const { transaction, webhooks } = await completePayment(txRef, 'successful');
      expect(webhooks.map((webhook) => webhook.httpStatus)).toEqual([200]);
      expect((await paymentOf(txRef)).status).toBe('pending');
      expect(await balanceOf(team.organizationId)).toBe(before);

      // Flutterwave's next delivery meets its true record.
      await sandbox('POST', 'webhooks/redeliver', { transaction_id: transaction.id });
      expect(await creditedBalance(txRef)).toBe(before + PACK_50.credits);
    });
  }

  it('a webhook naming a transaction already credited for another payment', async () => {
    const paid = await openCheckout(team.clients.admin, team.organizationId);
    const { transaction } = await completePayment(paid, 'successful');
    const credited = await creditedBalance(paid);
    const open = await openCheckout(team.clients.admin, team.organizationId);

    const replayed = await postWebhook({
      event: 'charge.completed',
      data: {
        id: transaction.id,
        tx_ref: open,
        status: 'successful',
        amount: PACK_50.amount,
        currency: 'XAF',
      },
    });
    expect(replayed).toMatchObject({
      status: 200,
      body: { outcome: 'verification_mismatch', field: 'tx_ref' },
    });
    expect((await paymentOf(open)).status).toBe('pending');
    expect(await balanceOf(team.organizationId)).toBe(credited);

    // Had Flutterwave itself vouched for it, SQL would still refuse to pay twice with it.
    const settled = await withClient(stackInfo().dbUrl, async (client) => {
      await client.query('begin');
      await client.query('set local role service_role');
      const { rows } = await client.query<{ outcome: string }>(
        `select outcome from private.settle_credit_payment($1, $2, 'successful', $3, 'XAF', 'card')`,
        [open, transaction.id, PACK_50.amount],
      );
      await client.query('commit');
      return rows[0]!.outcome;
    });
    expect(settled).toBe('transaction_used');
    expect((await paymentOf(open)).status).toBe('pending');
    expect(await balanceOf(team.organizationId)).toBe(credited);
  });

  it('a failed payment credits nothing and is recorded as failed', async () => {
    const before = await balanceOf(team.organizationId);
    const txRef = await openCheckout(team.clients.admin, team.organizationId);
    const { webhooks } = await completePayment(txRef, 'failed');
    expect(webhooks.map((webhook) => webhook.httpStatus)).toEqual([200]);
    await waitUntil(async () => (await paymentOf(txRef)).status === 'failed', 'the failure');
    expect(await paymentOf(txRef)).toMatchObject({
      flutterwave_transaction_id: null,
      receipt_number: null,
    });
    expect(await balanceOf(team.organizationId)).toBe(before);
    expect(await toppedUpBy(txRef)).toEqual([]);
  });

  it('events other than charge.completed are acknowledged and ignored', async () => {
    const answer = await postWebhook({ event: 'transfer.completed', data: { id: 1 } }, 'signature');
    expect(answer).toMatchObject({ status: 200, body: { outcome: 'ignored_event' } });
  });
});
