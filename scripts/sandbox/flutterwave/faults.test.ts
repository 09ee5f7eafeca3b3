import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFlutterwaveSandbox, type FlutterwaveSandbox } from './sandbox';
import {
  control,
  getApi,
  initiate,
  startReceiver,
  waitUntil,
  type Receiver,
} from './test-receiver';

// What WCAP's handler must survive (issue 18): webhooks late, duplicated, forged, out of order
// or never sent, a verification that disagrees with the payment, and the resend that repairs a
// lost webhook — all set through the control endpoints, as the stack's tests will.

let sandbox: FlutterwaveSandbox;
let receiver: Receiver;

beforeAll(async () => {
  receiver = await startReceiver(() => sandbox.secretHash);
  sandbox = await startFlutterwaveSandbox({ webhookUrl: receiver.url });
});
afterAll(async () => {
  await sandbox.stop();
  await receiver.stop();
});

async function completeOver(txRef: string, status: 'successful' | 'failed' | 'pending') {
  const reply = await control(sandbox, 'POST', `payments/${encodeURIComponent(txRef)}/complete`, {
    status,
  });
  expect(reply.status).toBe(200);
  return reply.json as {
    transaction: { id: number; webhook: string | null };
    redirectUrl: string | null;
    webhooks: { httpStatus: number | null; copy: number; verifHash: string; signature: string }[];
  };
}

async function webhookFault(fault: Record<string, unknown>) {
  const reply = await control(sandbox, 'POST', 'faults/webhooks', fault);
  expect(reply.status).toBe(200);
}

async function verifyFault(fault: Record<string, unknown>) {
  const reply = await control(sandbox, 'POST', 'faults/verify', fault);
  expect(reply.status).toBe(200);
}

function fateOf(txRef: string, index = 0) {
  return sandbox.payments().find((payment) => payment.txRef === txRef)?.transactions[index]
    ?.webhook;
}

describe('control endpoints', () => {
  it('want the sandbox token, except health', async () => {
    const health = await fetch(`${sandbox.url}/_sandbox/health`);
    expect(await health.json()).toEqual({ ok: true });
    const refused = await fetch(`${sandbox.url}/_sandbox/payments`, {
      headers: { Authorization: `Bearer ${sandbox.secretKey}` },
    });
    expect(refused.status).toBe(401);
  });

  it('complete a payment without a browser and list it', async () => {
    const { txRef } = await initiate(sandbox);
    const completed = await completeOver(txRef, 'successful');
    expect(completed.redirectUrl).toContain(`status=successful&tx_ref=${txRef}`);
    expect(completed.webhooks).toMatchObject([{ httpStatus: 200, copy: 1 }]);
    const listed = await control(sandbox, 'GET', `payments?tx_ref=${txRef}`);
    expect(listed.json).toMatchObject({
      payments: [{ txRef, state: 'successful', transactions: [{ webhook: 'sent' }] }],
    });
    expect(
      (await control(sandbox, 'POST', `payments/${txRef}/complete`, { status: 'failed' })).status,
    ).toBe(409);
    expect(
      (await control(sandbox, 'POST', 'payments/nope/complete', { status: 'successful' })).status,
    ).toBe(404);
    const { txRef: other } = await initiate(sandbox);
    const wrong = await control(sandbox, 'POST', `payments/${other}/complete`, { status: 'paid' });
    expect(wrong).toEqual({
      status: 400,
      json: { error: 'status must be "successful", "failed" or "pending"' },
    });
  });

  it('refuse faults that are not faults (400)', async () => {
    for (const [route, body] of [
      ['faults/webhooks', { copies: 0 }],
      ['faults/webhooks', { verifHash: 'forged' }],
      ['faults/webhooks', { outOfOrder: 1 }],
      ['faults/webhooks', { delay: 100 }],
      ['faults/verify', { txRef: 'x' }],
      ['faults/verify', { currency: 'xaf' }],
      ['faults/verify', { httpStatus: 404 }],
    ] as const) {
      expect((await control(sandbox, 'POST', route, body)).status).toBe(400);
    }
    expect((await control(sandbox, 'GET', 'faults')).json).toEqual({ webhooks: [], verify: [] });
  });
});

describe('webhook faults', () => {
  it('late: posted after the delay, not at completion', async () => {
    const { txRef } = await initiate(sandbox);
    await webhookFault({ txRef, delayMs: 300 });
    const completedAt = Date.now();
    const completed = await completeOver(txRef, 'successful');
    expect(completed.webhooks).toEqual([]);
    expect(completed.transaction.webhook).toBe('late');
    expect(receiver.forRef(txRef)).toEqual([]);
    await waitUntil(() => receiver.forRef(txRef).length === 1, 'the late webhook');
    expect(receiver.forRef(txRef)[0]!.receivedAt - completedAt).toBeGreaterThanOrEqual(300);
    expect(fateOf(txRef)).toBe('sent');
  });

  it('duplicated: the same bytes and headers, N times', async () => {
    const { txRef } = await initiate(sandbox);
    await webhookFault({ txRef, copies: 3 });
    const completed = await completeOver(txRef, 'successful');
    expect(completed.webhooks.map((webhook) => webhook.copy).sort()).toEqual([1, 2, 3]);
    const copies = receiver.forRef(txRef);
    expect(copies).toHaveLength(3);
    for (const copy of copies) {
      expect(copy.raw.equals(copies[0]!.raw)).toBe(true);
      expect(copy.headers['flutterwave-signature']).toBe(
        copies[0]!.headers['flutterwave-signature'],
      );
      expect(copy.hashValid && copy.signatureValid).toBe(true);
    }
  });

  it('a rule with times applies to that many webhooks only', async () => {
    await webhookFault({ copies: 2, times: 1 });
    const first = await initiate(sandbox);
    const second = await initiate(sandbox);
    await completeOver(first.txRef, 'successful');
    await completeOver(second.txRef, 'successful');
    expect(receiver.forRef(first.txRef)).toHaveLength(2);
    expect(receiver.forRef(second.txRef)).toHaveLength(1);
  });

  it('forged: wrong verif-hash and wrong signature are refused by a correct handler', async () => {
    const { txRef } = await initiate(sandbox);
    await webhookFault({ txRef, verifHash: 'wrong', signature: 'wrong' });
    const completed = await completeOver(txRef, 'successful');
    expect(completed.webhooks).toMatchObject([
      { httpStatus: 401, verifHash: 'wrong', signature: 'wrong' },
    ]);
    const [forged] = receiver.forRef(txRef);
    expect(forged!.headers['verif-hash']).toEqual(expect.any(String));
    expect(forged!.headers['flutterwave-signature']).toEqual(expect.any(String));
    expect(forged!.hashValid || forged!.signatureValid).toBe(false);
  });

  it('forged: no headers at all', async () => {
    const { txRef } = await initiate(sandbox);
    await webhookFault({ txRef, verifHash: 'missing', signature: 'missing' });
    const completed = await completeOver(txRef, 'failed');
    expect(completed.webhooks).toMatchObject([{ httpStatus: 401 }]);
    const [bare] = receiver.forRef(txRef);
    expect(bare!.headers['verif-hash']).toBeUndefined();
    expect(bare!.headers['flutterwave-signature']).toBeUndefined();
  });

  it('one header wrong, the other right: accepted by a handler that takes either', async () => {
    const { txRef } = await initiate(sandbox);
    await webhookFault({ txRef, verifHash: 'wrong' });
    const onlySignature = await completeOver(txRef, 'failed');
    expect(onlySignature.webhooks).toMatchObject([{ httpStatus: 200, signature: 'valid' }]);
    await webhookFault({ txRef, signature: 'missing' });
    await completeOver(txRef, 'successful');
    const [first, second] = receiver.forRef(txRef);
    expect([first!.hashValid, first!.signatureValid]).toEqual([false, true]);
    expect([second!.hashValid, second!.headers['flutterwave-signature']]).toEqual([
      true,
      undefined,
    ]);
  });

  it('out of order: the successful attempt’s webhook arrives before the refused one', async () => {
    const { txRef } = await initiate(sandbox);
    await webhookFault({ txRef, outOfOrder: 2 });
    const refused = await completeOver(txRef, 'failed');
    expect(refused.webhooks).toEqual([]);
    expect(refused.transaction.webhook).toBe('held');
    const approved = await completeOver(txRef, 'successful');
    expect(approved.webhooks).toHaveLength(2);
    expect(receiver.forRef(txRef).map((webhook) => webhook.body.data.status)).toEqual([
      'successful',
      'failed',
    ]);
    expect(receiver.forRef(txRef).map((webhook) => webhook.body.data.id)).toEqual([
      approved.transaction.id,
      refused.transaction.id,
    ]);
  });

  it('out of order: what is still held goes on release', async () => {
    const { txRef } = await initiate(sandbox);
    await webhookFault({ txRef, outOfOrder: 3 });
    await completeOver(txRef, 'successful');
    expect(fateOf(txRef)).toBe('held');
    const released = await control(sandbox, 'POST', 'webhooks/release');
    expect(released.json).toMatchObject({ webhooks: [{ txRef, httpStatus: 200 }] });
    expect(receiver.forRef(txRef)).toHaveLength(1);
  });

  it('not sent: nothing is posted, and redelivery posts it correctly signed', async () => {
    const { txRef } = await initiate(sandbox);
    await webhookFault({ txRef, drop: true });
    const completed = await completeOver(txRef, 'successful');
    expect(completed.webhooks).toEqual([]);
    expect(completed.transaction.webhook).toBe('dropped');
    expect(sandbox.webhooks().filter((webhook) => webhook.txRef === txRef)).toEqual([]);
    expect(receiver.forRef(txRef)).toEqual([]);

    const redelivered = await control(sandbox, 'POST', 'webhooks/redeliver', {
      transaction_id: completed.transaction.id,
    });
    expect(redelivered).toMatchObject({
      status: 200,
      json: {
        webhook: { httpStatus: 200, redelivery: true, transactionId: completed.transaction.id },
      },
    });
    const [webhook] = receiver.forRef(txRef);
    expect(webhook!.hashValid && webhook!.signatureValid).toBe(true);
    expect(fateOf(txRef)).toBe('sent');
  });

  it('redelivery posts the very same bytes again', async () => {
    const { txRef } = await initiate(sandbox);
    const completed = await completeOver(txRef, 'successful');
    const again = sandbox.redeliver(completed.transaction.id);
    expect((await again)?.httpStatus).toBe(200);
    const [first, second] = receiver.forRef(txRef);
    expect(second!.raw.equals(first!.raw)).toBe(true);
    const unknown = await control(sandbox, 'POST', 'webhooks/redeliver', { transaction_id: 1 });
    expect(unknown.status).toBe(404);
  });

  it('posts nothing for a pending transaction, until it is settled', async () => {
    const { txRef } = await initiate(sandbox);
    const pending = await completeOver(txRef, 'pending');
    expect(pending.transaction.webhook).toBeNull();
    expect(
      (
        await control(sandbox, 'POST', 'webhooks/redeliver', {
          transaction_id: pending.transaction.id,
        })
      ).status,
    ).toBe(404);
    await completeOver(txRef, 'successful');
    expect(receiver.forRef(txRef).map((webhook) => webhook.body.data.status)).toEqual([
      'successful',
    ]);
  });

  it('records a webhook that could not be posted when no URL is set', async () => {
    const unset = await control(sandbox, 'PUT', 'webhook-url', { url: null });
    expect(unset.json).toEqual({ webhookUrl: null });
    try {
      const { txRef } = await initiate(sandbox);
      const completed = await completeOver(txRef, 'successful');
      expect(completed.webhooks).toMatchObject([
        { httpStatus: null, error: 'no webhook URL is set' },
      ]);
    } finally {
      await control(sandbox, 'PUT', 'webhook-url', { url: receiver.url });
    }
    expect(sandbox.webhookUrl).toBe(receiver.url);
    expect((await control(sandbox, 'PUT', 'webhook-url', { url: 'ftp://x' })).status).toBe(400);
  });
});

describe('verification faults', () => {
  it('disagrees on the amount for one payment, every time, and not for others', async () => {
    const { txRef } = await initiate(sandbox);
    const other = await initiate(sandbox);
    await verifyFault({ txRef, amount: 500 });
    const { transaction } = await completeOver(txRef, 'successful');
    const { transaction: otherTransaction } = await completeOver(other.txRef, 'successful');
    for (const path of [
      `transactions/${transaction.id}/verify`,
      `transactions/verify_by_reference?tx_ref=${txRef}`,
    ]) {
      const { json } = await getApi(sandbox, path);
      expect(json.data).toMatchObject({ amount: 500, charged_amount: 500, currency: 'XAF' });
    }
    const { json } = await getApi(sandbox, `transactions/${otherTransaction.id}/verify`);
    expect(json.data).toMatchObject({ amount: 5000 });
    // The webhook told the truth: only the verification disagrees.
    expect(receiver.forRef(txRef)[0]!.body.data.amount).toBe(5000);
  });

  it('disagrees on the currency for the next verification only', async () => {
    const { txRef } = await initiate(sandbox);
    const { transaction } = await completeOver(txRef, 'successful');
    await verifyFault({ currency: 'XOF', times: 1 });
    const faults = await control(sandbox, 'GET', 'faults');
    expect(faults.json.verify).toContainEqual({ currency: 'XOF', times: 1, left: 1 });
    const first = await getApi(sandbox, `transactions/${transaction.id}/verify`);
    const second = await getApi(sandbox, `transactions/${transaction.id}/verify`);
    expect([
      (first.json.data as { currency: string }).currency,
      (second.json.data as { currency: string }).currency,
    ]).toEqual(['XOF', 'XAF']);
  });

  it('answers another status for one transaction until the faults are cleared', async () => {
    const { txRef } = await initiate(sandbox);
    const { transaction } = await completeOver(txRef, 'successful');
    await verifyFault({ transactionId: transaction.id, status: 'pending' });
    const path = `transactions/${transaction.id}/verify`;
    expect((await getApi(sandbox, path)).json.data).toMatchObject({ status: 'pending' });
    expect((await control(sandbox, 'DELETE', 'faults')).status).toBe(200);
    expect((await getApi(sandbox, path)).json.data).toMatchObject({ status: 'successful' });
  });
});

describe('outages', () => {
  it('answer the verification of one payment with the status, transaction or not', async () => {
    const { txRef } = await initiate(sandbox);
    const byReference = `transactions/verify_by_reference?tx_ref=${txRef}`;
    await verifyFault({ txRef, httpStatus: 503, times: 2 });
    expect(await getApi(sandbox, byReference)).toEqual({
      status: 503,
      json: { status: 'error', message: 'Service temporarily unavailable', data: null },
    });
    const { transaction } = await completeOver(txRef, 'successful');
    expect((await getApi(sandbox, `transactions/${transaction.id}/verify`)).status).toBe(503);
    expect((await getApi(sandbox, byReference)).json.data).toMatchObject({
      id: transaction.id,
      status: 'successful',
    });
    const other = await initiate(sandbox);
    await verifyFault({ txRef: other.txRef, httpStatus: 429, times: 1 });
    expect(
      await getApi(sandbox, `transactions/verify_by_reference?tx_ref=${other.txRef}`),
    ).toMatchObject({ status: 429, json: { message: 'Too many requests' } });
  });

  it('come before a disagreement queued for the same payment', async () => {
    const { txRef } = await initiate(sandbox);
    const { transaction } = await completeOver(txRef, 'successful');
    await verifyFault({ txRef, amount: 500, times: 1 });
    await verifyFault({ txRef, httpStatus: 502, times: 1 });
    const path = `transactions/${transaction.id}/verify`;
    expect((await getApi(sandbox, path)).status).toBe(502);
    expect((await getApi(sandbox, path)).json.data).toMatchObject({ amount: 500 });
    expect((await getApi(sandbox, path)).json.data).toMatchObject({ amount: 5000 });
  });
});

describe('retries and reset', () => {
  it('retries a webhook WCAP did not answer 200, when retries are on', async () => {
    const retrying = await startFlutterwaveSandbox({
      webhookUrl: receiver.url,
      webhookRetries: { attempts: 3, intervalMs: 50 },
    });
    try {
      const { txRef } = await initiate(retrying);
      receiver.answerWith((request) =>
        request.body.data.tx_ref === txRef && receiver.forRef(txRef).length < 3 ? 500 : 200,
      );
      await retrying.complete(txRef, { status: 'successful' });
      await waitUntil(() => receiver.forRef(txRef).length === 3, 'three attempts');
      await waitUntil(() => retrying.webhooks().length === 3, 'the third attempt recorded');
      expect(retrying.webhooks().map(({ attempt, httpStatus }) => [attempt, httpStatus])).toEqual([
        [1, 500],
        [2, 500],
        [3, 200],
      ]);
    } finally {
      receiver.answerWith(null);
      await retrying.stop();
    }
  });

  it('reset forgets payments and faults', async () => {
    await webhookFault({ drop: true });
    expect((await control(sandbox, 'POST', 'reset')).json).toEqual({ ok: true });
    expect(sandbox.payments()).toEqual([]);
    expect((await control(sandbox, 'GET', 'faults')).json).toEqual({ webhooks: [], verify: [] });
    expect(sandbox.webhooks()).toEqual([]);
  });
});
