import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startFlutterwaveSandbox,
  type FlutterwaveSandbox,
} from '../../../../scripts/sandbox/flutterwave/sandbox.ts';
import { initiate } from '../../../../scripts/sandbox/flutterwave/test-receiver.ts';
import {
  createFlutterwaveClient,
  FlutterwaveUnreachable,
  type HostedPaymentRequest,
} from './client.ts';

// The client against the sandbox, in process. Verification: Flutterwave's record when it has one,
// null only when Flutterwave says it has none, and FlutterwaveUnreachable for everything that
// says nothing about the transaction — so that no caller ever cancels a payment on an outage.
// Checkout: the link, Flutterwave's refusal of the checkout itself, and FlutterwaveUnreachable
// for the rest.

let sandbox: FlutterwaveSandbox;

beforeAll(async () => {
  sandbox = await startFlutterwaveSandbox();
});
afterAll(() => sandbox.stop());

const client = (overrides: { apiUrl?: string; secretKey?: string } = {}) =>
  createFlutterwaveClient({
    apiUrl: `${sandbox.url}/v3`,
    secretKey: sandbox.secretKey,
    ...overrides,
  });

describe('a transaction Flutterwave knows', () => {
  it('is answered by id and by reference', async () => {
    const { txRef } = await initiate(sandbox);
    const { transaction } = await sandbox.complete(txRef, { status: 'successful' });
    const expected = {
      id: transaction.id,
      txRef,
      status: 'successful',
      amount: 5000,
      currency: 'XAF',
      paymentType: 'mobilemoneyfranco',
    };
    expect(await client().verifyTransaction(transaction.id)).toEqual(expected);
    expect(await client().verifyReference(txRef)).toEqual(expected);
  });

  it('refused is failed; paid on another try, the reference answers the paid one', async () => {
    const { txRef } = await initiate(sandbox);
    const refused = await sandbox.complete(txRef, { status: 'failed' });
    expect(await client().verifyReference(txRef)).toMatchObject({
      id: refused.transaction.id,
      status: 'failed',
    });
    const paid = await sandbox.complete(txRef, { status: 'successful', paymentType: 'card' });
    expect(await client().verifyReference(txRef)).toMatchObject({
      id: paid.transaction.id,
      status: 'successful',
      paymentType: 'card',
    });
  });
});

describe('no transaction', () => {
  it('is null for a reference nobody tried to pay, and for an unknown id', async () => {
    const { txRef } = await initiate(sandbox);
    expect(await client().verifyReference(txRef)).toBeNull();
    expect(await client().verifyReference('wcap-inconnue')).toBeNull();
    expect(await client().verifyTransaction(1)).toBeNull();
  });
});

describe('what says nothing about the transaction', () => {
  it('Flutterwave down or busy', async () => {
    const { txRef } = await initiate(sandbox);
    for (const httpStatus of [503, 429]) {
      sandbox.addVerifyFault({ txRef, httpStatus, times: 1 });
      await expect(client().verifyReference(txRef)).rejects.toThrow(FlutterwaveUnreachable);
    }
    expect(await client().verifyReference(txRef)).toBeNull();
  });

  it('a wrong key, a wrong API URL, a closed port', async () => {
    const { txRef } = await initiate(sandbox);
    for (const wrong of [
      client({ secretKey: 'FLWSECK_TEST-wrong-X' }),
      client({ apiUrl: `${sandbox.url}/v2` }),
      client({ apiUrl: 'http://127.0.0.1:9/v3' }),
    ]) {
      await expect(wrong.verifyReference(txRef)).rejects.toThrow(FlutterwaveUnreachable);
    }
  });
});

describe('a hosted checkout', () => {
  const request = (overrides: Partial<HostedPaymentRequest> = {}): HostedPaymentRequest => ({
    txRef: `wcap-${randomUUID()}`,
    amountXaf: 5000,
    redirectUrl: 'http://127.0.0.1:5173/parametres/credits',
    paymentOptions: ['mobilemoneyfranco', 'card'],
    sessionMinutes: 1440,
    customer: { email: 'awa@example.cm', name: 'Awa N.', phone: '+237671234567' },
    title: 'WCAP — crédits',
    description: 'Pack de 50 crédits',
    meta: { pack_id: 'pack_50' },
    ...overrides,
  });

  it('answers the link Flutterwave created, for the payment as asked', async () => {
    const asked = request();
    const answer = await client().createHostedPayment(asked);
    const [payment] = sandbox.payments().filter((each) => each.txRef === asked.txRef);
    expect(payment).toMatchObject({
      amount: 5000,
      currency: 'XAF',
      redirectUrl: asked.redirectUrl,
      methods: ['mobilemoneyfranco', 'card'],
      customer: { email: 'awa@example.cm', name: 'Awa N.', phonenumber: '237671234567' },
      customizations: { title: 'WCAP — crédits', description: 'Pack de 50 crédits' },
      meta: { pack_id: 'pack_50' },
    });
    expect(answer).toEqual({ ok: true, link: payment!.link });
  });

  it('answers Flutterwave’s refusal of the checkout with its message', async () => {
    const asked = request({ customer: { email: 'sans-arobase' } });
    expect(await client().createHostedPayment(asked)).toEqual({
      ok: false,
      refusal: 'customer.email must be a valid email address',
    });
    expect(sandbox.payments().filter((each) => each.txRef === asked.txRef)).toEqual([]);
  });

  it('a wrong key, a wrong API URL, a closed port', async () => {
    for (const wrong of [
      client({ secretKey: 'FLWSECK_TEST-wrong-X' }),
      client({ apiUrl: `${sandbox.url}/v2` }),
      client({ apiUrl: 'http://127.0.0.1:9/v3' }),
    ]) {
      await expect(wrong.createHostedPayment(request())).rejects.toThrow(FlutterwaveUnreachable);
    }
  });
});
