import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startFlutterwaveSandbox, type FlutterwaveSandbox } from './sandbox';
import {
  getApi,
  initiate,
  startReceiver,
  submitCheckout,
  waitUntil,
  type Receiver,
} from './test-receiver';

// The hosted checkout a person reaches from `data.link`: what it shows, and what approving,
// refusing or leaving does — a signed `charge.completed` to WCAP's webhook, then the browser sent
// back to `redirect_url` as Flutterwave does (reference §C1, §C3; credits-billing §2.2).

const NNBSP = '\u202f';
const NBSP = '\u00a0';

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

async function pageOf(link: string) {
  const response = await fetch(link);
  return { status: response.status, headers: response.headers, html: await response.text() };
}

describe('the checkout page', () => {
  it('shows the merchant, the amount in FCFA without decimals, both methods and the three answers', async () => {
    const { link, txRef } = await initiate(sandbox, {
      amount: 25_000,
      customizations: { title: 'WCAP <crédits>', description: '250 crédits' },
    });
    const { status, headers, html } = await pageOf(link);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain(`<p class="amount">25${NNBSP}000${NBSP}FCFA</p>`);
    expect(html).not.toMatch(/25[\s\u202f]000,00/);
    expect(html).toContain('<h1>Payer WCAP</h1>');
    expect(html).toContain('WCAP &lt;crédits&gt; — 250 crédits');
    expect(html).toContain(txRef);
    expect(html).toMatch(
      /<input type="radio" name="method" value="mobilemoney" checked> Mobile Money<\/label>/,
    );
    expect(html).toMatch(/<input type="radio" name="method" value="card"> Carte<\/label>/);
    expect(html).toMatch(/value="MTN" checked> MTN</);
    expect(html).toMatch(/value="ORANGE"> Orange</);
    expect(html).toContain('<label for="phone">Numéro de téléphone</label>');
    expect(html).toMatch(/<input id="phone" name="phone" type="tel"[^>]* value="237671234567"/);
    for (const [value, name] of [
      ['approve', 'Approuver le paiement'],
      ['refuse', 'Refuser'],
      ['cancel', 'Annuler et revenir au marchand'],
    ]) {
      expect(html).toMatch(
        new RegExp(`<button type="submit" name="decision" value="${value}"[^>]*>${name}</button>`),
      );
    }
    expect(html).not.toContain('<script');
  });

  it('preselects Orange for an Orange number and offers only the methods asked for', async () => {
    const orange = await initiate(sandbox, {
      customer: { email: 'b@example.cm', phonenumber: '237691234567' },
    });
    expect((await pageOf(orange.link)).html).toMatch(/value="ORANGE" checked> Orange</);
    const cardOnly = await initiate(sandbox, { payment_options: 'card' });
    const { html } = await pageOf(cardOnly.link);
    expect(html).toMatch(/value="card" checked> Carte/);
    expect(html).not.toContain('Mobile Money</label>');
    expect(html).not.toContain('id="phone"');
  });

  it('answers an unknown link with a French page (404)', async () => {
    const { status, html } = await pageOf(`${sandbox.url}/v3/hosted/pay/0123456789abcdef01234567`);
    expect(status).toBe(404);
    expect(html).toContain('Lien de paiement introuvable');
  });

  it('says when the session has expired (410), and takes no payment then', async () => {
    const { link, txRef } = await initiate(sandbox, { session_duration: 1 });
    const payment = sandbox.payments().find((candidate) => candidate.txRef === txRef)!;
    expect(Date.parse(payment.expiresAt!) - Date.parse(payment.createdAt)).toBe(60_000);
    // The sandbox runs in this process: moving its clock past the session beats waiting for it.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.parse(payment.expiresAt!) + 1_000);
      const { status, html } = await pageOf(link);
      expect(status).toBe(410);
      expect(html).toContain('Cette session de paiement a expiré');
      expect(html).toContain('status=cancelled');
      const submitted = await submitCheckout(link, { method: 'card', decision: 'approve' });
      expect(submitted.status).toBe(410);
      await expect(sandbox.complete(txRef, { status: 'successful' })).rejects.toThrow(/expired/);
    } finally {
      vi.useRealTimers();
    }
    expect(sandbox.payments().find((candidate) => candidate.txRef === txRef)?.transactions).toEqual(
      [],
    );
  });
});

describe('approving', () => {
  it('posts charge.completed with both headers right, then sends the browser back successful', async () => {
    const { link, txRef } = await initiate(sandbox);
    const { status, location } = await submitCheckout(link, {
      method: 'mobilemoney',
      network: 'MTN',
      phone: '6 71 23 45 67',
      decision: 'approve',
    });
    expect(status).toBe(303);
    const back = new URL(location!);
    expect(`${back.origin}${back.pathname}`).toBe('http://127.0.0.1:5173/parametres/credits');
    expect(back.searchParams.get('retour')).toBe('flutterwave');
    expect(back.searchParams.get('status')).toBe('successful');
    expect(back.searchParams.get('tx_ref')).toBe(txRef);
    const transactionId = Number(back.searchParams.get('transaction_id'));
    expect(Number.isInteger(transactionId)).toBe(true);

    await waitUntil(() => receiver.forRef(txRef).length === 1, 'the webhook');
    const [webhook] = receiver.forRef(txRef);
    expect(webhook!.hashValid).toBe(true);
    expect(webhook!.signatureValid).toBe(true);
    expect(webhook!.headers['content-type']).toBe('application/json');
    expect(webhook!.body).toEqual({
      event: 'charge.completed',
      data: expect.objectContaining({
        id: transactionId,
        tx_ref: txRef,
        flw_ref: expect.stringMatching(/^FLW-MOCK-/) as unknown,
        amount: 5000,
        currency: 'XAF',
        charged_amount: 5000,
        status: 'successful',
        payment_type: 'mobilemoneyfranco',
        customer: expect.objectContaining({
          email: 'awa@example.cm',
          phone_number: '237671234567',
        }) as unknown,
        created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as unknown,
      }) as unknown,
      'event.type': 'MOBILEMONEYFRANCO_TRANSACTION',
    });

    await waitUntil(
      () =>
        sandbox.payments().find((payment) => payment.txRef === txRef)?.transactions[0]
          ?.deliveries[0]?.httpStatus === 200,
      'the delivery to be recorded',
    );
    expect(sandbox.payments().find((payment) => payment.txRef === txRef)).toMatchObject({
      state: 'successful',
      transactions: [{ id: transactionId, status: 'successful', network: 'MTN', webhook: 'sent' }],
    });
    const verified = await getApi(sandbox, `transactions/${transactionId}/verify`);
    expect(verified.json.data).toMatchObject({ status: 'successful', amount: 5000 });
  });

  it('shows a paid link as paid, and refuses to take the money twice', async () => {
    const { link, txRef } = await initiate(sandbox);
    await submitCheckout(link, { method: 'card', decision: 'approve' });
    const { status, html } = await pageOf(link);
    expect(status).toBe(200);
    expect(html).toContain('Ce paiement a déjà été effectué.');
    expect(html).toContain('status=successful');
    const again = await submitCheckout(link, { method: 'card', decision: 'approve' });
    expect(again.status).toBe(200);
    expect(
      sandbox.payments().find((payment) => payment.txRef === txRef)?.transactions,
    ).toHaveLength(1);
    await waitUntil(() => receiver.forRef(txRef).length === 1, 'the card webhook');
    expect(receiver.forRef(txRef)[0]!.body).toMatchObject({
      data: { payment_type: 'card' },
      'event.type': 'CARD_TRANSACTION',
    });
  });
});

describe('refusing and leaving', () => {
  it('refusing makes a failed transaction, posts it, and sends the browser back failed', async () => {
    const { link, txRef } = await initiate(sandbox);
    const { status, location } = await submitCheckout(link, {
      method: 'mobilemoney',
      network: 'ORANGE',
      phone: '+237 691 23 45 67',
      decision: 'refuse',
    });
    expect(status).toBe(303);
    const back = new URL(location!);
    expect(back.searchParams.get('status')).toBe('failed');
    expect(back.searchParams.get('tx_ref')).toBe(txRef);
    const transactionId = Number(back.searchParams.get('transaction_id'));

    await waitUntil(() => receiver.forRef(txRef).length === 1, 'the failed webhook');
    const [webhook] = receiver.forRef(txRef);
    expect(webhook!.hashValid && webhook!.signatureValid).toBe(true);
    expect(webhook!.body.data).toMatchObject({ id: transactionId, status: 'failed' });
    const verified = await getApi(sandbox, `transactions/verify_by_reference?tx_ref=${txRef}`);
    expect(verified.json.data).toMatchObject({
      id: transactionId,
      status: 'failed',
      customer: { phone_number: '237691234567' },
    });

    // The link stays open for another try, which says the last one failed.
    const { html } = await pageOf(link);
    expect(html).toContain('La tentative précédente a échoué');
  });

  it('leaving sends the browser back cancelled, with no transaction and no webhook', async () => {
    const { link, txRef } = await initiate(sandbox);
    const { status, location } = await submitCheckout(link, { decision: 'cancel' });
    expect(status).toBe(303);
    const back = new URL(location!);
    expect(back.searchParams.get('status')).toBe('cancelled');
    expect(back.searchParams.get('tx_ref')).toBe(txRef);
    expect(back.searchParams.has('transaction_id')).toBe(false);
    expect(sandbox.payments().find((payment) => payment.txRef === txRef)).toMatchObject({
      state: 'cancelled',
      transactions: [],
    });
    expect(receiver.forRef(txRef)).toEqual([]);
    // Nothing to verify either: the merchant cannot tell a closed page from one still open.
    const verified = await getApi(sandbox, `transactions/verify_by_reference?tx_ref=${txRef}`);
    expect(verified).toEqual({
      status: 400,
      json: { status: 'error', message: 'No transaction was found for this id', data: null },
    });
  });

  it('asks again for a number that is not a Cameroonian mobile (400)', async () => {
    const { link, txRef } = await initiate(sandbox);
    const response = await fetch(link, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'method=mobilemoney&network=MTN&phone=12345&decision=approve',
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toMatch(/<p class="error" role="alert" id="phone-error">Saisissez un numéro/);
    expect(html).toMatch(/value="12345" aria-invalid="true" aria-describedby="phone-error"/);
    expect(sandbox.payments().find((payment) => payment.txRef === txRef)?.transactions).toEqual([]);
  });
});
