import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_FLUTTERWAVE_SANDBOX_TOKEN,
  flutterwaveSandboxEnv,
  startFlutterwaveSandbox,
  type FlutterwaveSandbox,
} from './sandbox';
import { getApi, initiate, paymentRequest, postPayment } from './test-receiver';

// Flutterwave v3 as reference §C1/§C4 describe it: the hosted-link answer, the error body
// `{status:'error', message, data:null}` for every refusal, and the verification endpoints.

let sandbox: FlutterwaveSandbox;

beforeAll(async () => {
  sandbox = await startFlutterwaveSandbox();
});
afterAll(() => sandbox.stop());

function expectError(reply: { status: number; json: Record<string, unknown> }, status: number) {
  expect(reply.status).toBe(status);
  expect(reply.json).toEqual({
    status: 'error',
    message: expect.any(String) as unknown,
    data: null,
  });
  return reply.json.message as string;
}

describe('POST /v3/payments', () => {
  it('answers the hosted link, a page of the sandbox for that payment', async () => {
    const request = paymentRequest();
    const reply = await postPayment(sandbox, request);
    expect(reply).toEqual({
      status: 200,
      json: {
        status: 'success',
        message: 'Hosted Link',
        data: { link: expect.stringMatching(/\/v3\/hosted\/pay\/[0-9a-f]{24}$/) as unknown },
      },
    });
    const link = (reply.json.data as { link: string }).link;
    expect(link.startsWith(`${sandbox.url}/`)).toBe(true);
    expect(sandbox.payments().find((payment) => payment.txRef === request.tx_ref)).toMatchObject({
      link,
      amount: 5000,
      currency: 'XAF',
      state: 'initiated',
      methods: ['mobilemoneyfranco', 'card'],
      customer: { email: 'awa@example.cm', phonenumber: '237671234567', name: 'Awa N.' },
      meta: { org_id: 'org-1', credit_pack: '50' },
      transactions: [],
    });
  });

  it('takes the amount as a numeric string, as Flutterwave does', async () => {
    const reply = await postPayment(sandbox, paymentRequest({ amount: '2500' }));
    expect(reply.status).toBe(200);
  });

  it('refuses without the secret key, with a wrong one and with the public key (401)', async () => {
    expect(expectError(await postPayment(sandbox, paymentRequest(), null), 401)).toBe(
      'Authorization required',
    );
    expect(
      expectError(await postPayment(sandbox, paymentRequest(), 'Bearer FLWSECK_TEST-x-X'), 401),
    ).toBe('Invalid authorization key');
    expectError(await postPayment(sandbox, paymentRequest(), `Bearer ${sandbox.publicKey}`), 401);
  });

  it.each([
    ['no tx_ref', { tx_ref: undefined }, /tx_ref is required/],
    ['no amount', { amount: undefined }, /amount is required/],
    ['a zero amount', { amount: 0 }, /greater than 0/],
    ['decimals in XAF', { amount: 5000.5 }, /whole number of francs/],
    ['decimals in a string', { amount: '5000.50' }, /whole number of francs/],
    ['no currency (Flutterwave takes NGN)', { currency: undefined }, /XAF.*NGN/],
    ['another currency', { currency: 'XOF' }, /must be XAF/],
    ['no redirect_url', { redirect_url: undefined }, /redirect_url is required/],
    ['a redirect_url that is not http(s)', { redirect_url: 'javascript:alert(1)' }, /http/],
    ['no customer', { customer: undefined }, /customer\.email is required/],
    ['no customer.email', { customer: { name: 'Awa' } }, /customer\.email is required/],
    ['a wrong customer.email', { customer: { email: 'awa' } }, /valid email/],
    ['an unknown payment option', { payment_options: 'mobilemoney, card' }, /unknown options/],
    ['no option payable in XAF', { payment_options: 'mpesa' }, /nothing payable in XAF/],
    ['a session over 1440 minutes', { session_duration: 1441 }, /session_duration/],
  ])('refuses %s (400)', async (_, overrides, message) => {
    const request: Record<string, unknown> = paymentRequest(overrides);
    for (const key of Object.keys(request)) if (request[key] === undefined) delete request[key];
    expect(expectError(await postPayment(sandbox, request), 400)).toMatch(message);
  });

  it('refuses a body that is not JSON', async () => {
    expectError(await postPayment(sandbox, '{"tx_ref":'), 400);
  });

  it('offers only what payment_options names', async () => {
    await initiate(sandbox, { payment_options: 'card' });
    expect(sandbox.payments().at(-1)?.methods).toEqual(['card']);
  });

  it('gives the same link for the same request again, and refuses a reused tx_ref otherwise', async () => {
    const request = paymentRequest();
    const first = await postPayment(sandbox, request);
    const again = await postPayment(sandbox, request);
    expect(again).toEqual(first);
    expect(expectError(await postPayment(sandbox, { ...request, amount: 10_000 }), 400)).toMatch(
      /already exists/,
    );
  });
});

describe('verification', () => {
  it('answers a settled transaction by id and by reference, in Flutterwave’s shape', async () => {
    const { txRef } = await initiate(sandbox);
    const { transaction } = await sandbox.complete(txRef, { status: 'successful' });
    const byId = await getApi(sandbox, `transactions/${transaction.id}/verify`);
    expect(byId).toEqual({
      status: 200,
      json: {
        status: 'success',
        message: 'Transaction fetched successfully',
        data: {
          id: transaction.id,
          tx_ref: txRef,
          flw_ref: transaction.flwRef,
          device_fingerprint: 'N/A',
          amount: 5000,
          currency: 'XAF',
          charged_amount: 5000,
          app_fee: 175,
          merchant_fee: 0,
          processor_response: 'Transaction Successful',
          ip: '127.0.0.1',
          narration: 'WCAP',
          status: 'successful',
          payment_type: 'mobilemoneyfranco',
          created_at: transaction.createdAt,
          account_id: expect.any(Number) as unknown,
          customer: {
            id: expect.any(Number) as unknown,
            name: 'Awa N.',
            phone_number: '237671234567',
            email: 'awa@example.cm',
            created_at: expect.any(String) as unknown,
          },
          amount_settled: 4825,
          meta: { org_id: 'org-1', credit_pack: '50' },
        },
      },
    });
    const byReference = await getApi(
      sandbox,
      `transactions/verify_by_reference?tx_ref=${encodeURIComponent(txRef)}`,
    );
    expect(byReference).toEqual(byId);
  });

  it('shows a card payment with its card', async () => {
    const { txRef } = await initiate(sandbox);
    const { transaction } = await sandbox.complete(txRef, {
      status: 'successful',
      paymentType: 'card',
    });
    const { json } = await getApi(sandbox, `transactions/${transaction.id}/verify`);
    expect(json.data).toMatchObject({
      payment_type: 'card',
      card: { last_4digits: '2950', type: 'MASTERCARD' },
    });
  });

  it('finds no transaction before anyone tried to pay, nor for an unknown id (400)', async () => {
    const { txRef } = await initiate(sandbox);
    expect(
      expectError(await getApi(sandbox, `transactions/verify_by_reference?tx_ref=${txRef}`), 400),
    ).toBe('No transaction was found for this id');
    expect(expectError(await getApi(sandbox, 'transactions/1/verify'), 400)).toBe(
      'No transaction was found for this id',
    );
    expectError(await getApi(sandbox, 'transactions/abc/verify'), 400);
    expect(expectError(await getApi(sandbox, 'transactions/verify_by_reference'), 400)).toBe(
      'tx_ref is required',
    );
  });

  it('answers pending until the person approves, on the same transaction', async () => {
    const { txRef } = await initiate(sandbox);
    const pending = await sandbox.complete(txRef, { status: 'pending' });
    expect(pending.webhooks).toEqual([]);
    expect(pending.redirectUrl).toBeNull();
    const first = await getApi(sandbox, `transactions/${pending.transaction.id}/verify`);
    expect(first.json.data).toMatchObject({ status: 'pending', app_fee: 0 });
    const settled = await sandbox.complete(txRef, { status: 'successful' });
    expect(settled.transaction.id).toBe(pending.transaction.id);
    const second = await getApi(sandbox, `transactions/${pending.transaction.id}/verify`);
    expect(second.json.data).toMatchObject({ status: 'successful' });
  });

  it('answers by reference the successful attempt after a refused one', async () => {
    const { txRef } = await initiate(sandbox);
    const refused = await sandbox.complete(txRef, { status: 'failed' });
    const approved = await sandbox.complete(txRef, { status: 'successful' });
    expect(approved.transaction.id).not.toBe(refused.transaction.id);
    const { json } = await getApi(sandbox, `transactions/verify_by_reference?tx_ref=${txRef}`);
    expect(json.data).toMatchObject({ id: approved.transaction.id, status: 'successful' });
    await expect(sandbox.complete(txRef, { status: 'successful' })).rejects.toThrow(/already paid/);
  });

  it('refuses verification without the secret key (401)', async () => {
    expectError(await getApi(sandbox, 'transactions/1/verify', 'wrong'), 401);
  });

  it('answers unknown routes in the error shape (404)', async () => {
    expectError(await getApi(sandbox, 'transfers'), 404);
  });
});

describe('secrets and variables', () => {
  it('derives the same secrets from the same token, and random ones without', async () => {
    const first = await startFlutterwaveSandbox({ token: DEFAULT_FLUTTERWAVE_SANDBOX_TOKEN });
    const second = await startFlutterwaveSandbox({ token: DEFAULT_FLUTTERWAVE_SANDBOX_TOKEN });
    try {
      expect(second.secretKey).toBe(first.secretKey);
      expect(second.secretHash).toBe(first.secretHash);
      expect(first.secretKey).toMatch(/^FLWSECK_TEST-[0-9a-f]{32}-X$/);
      expect(first.publicKey).toMatch(/^FLWPUBK_TEST-[0-9a-f]{32}-X$/);
      expect(sandbox.secretKey).not.toBe(first.secretKey);
      expect(sandbox.secretHash).not.toBe(first.secretHash);
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
  });

  it('gives the functions the v3 base URL, the secret key and the secret hash', () => {
    expect(flutterwaveSandboxEnv(sandbox)).toEqual({
      FLUTTERWAVE_API_URL: `${sandbox.url}/v3`,
      FLUTTERWAVE_SECRET_KEY: sandbox.secretKey,
      FLUTTERWAVE_SECRET_HASH: sandbox.secretHash,
    });
  });
});
