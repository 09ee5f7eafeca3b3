import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startFlutterwaveSandbox,
  type FlutterwaveSandbox,
} from '../../../../scripts/sandbox/flutterwave/sandbox.ts';
import { initiate } from '../../../../scripts/sandbox/flutterwave/test-receiver.ts';
import { createFlutterwaveClient, FlutterwaveUnreachable } from './client.ts';

// The verification client against the sandbox, in process: Flutterwave's record when it has one,
// null only when Flutterwave says it has none, and FlutterwaveUnreachable for everything that
// says nothing about the transaction — so that no caller ever cancels a payment on an outage.

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
