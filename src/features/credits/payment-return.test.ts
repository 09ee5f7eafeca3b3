import { describe, expect, it } from 'vitest';
import {
  nextRecheckMs,
  paymentReturnView,
  readPaymentCheck,
  readPaymentReference,
  recheckDelaysMs,
  withoutPaymentReturn,
  type PaymentCheck,
} from './payment-return';

const txRef = 'wcap-0b7e4c1a-5d2f-4e8a-9c3b-1f2e3d4c5b6a';
const check = (status: PaymentCheck['status']): PaymentCheck => ({
  status,
  credits: 50,
  amountXaf: 5000,
  receiptNumber: status === 'successful' ? 'WCAP-2026-000001' : null,
  paymentId: '3f1c2b4a-0000-4000-8000-000000000001',
});

describe('the return from the checkout', () => {
  it('reads our reference and nothing of Flutterwave’s parameters', () => {
    const params = new URLSearchParams(
      `paiement=${txRef}&status=successful&tx_ref=${txRef}&transaction_id=99`,
    );
    expect(readPaymentReference(params)).toEqual({ txRef, valid: true, left: false });
    expect(readPaymentReference(new URLSearchParams('status=successful'))).toBeNull();
    expect(readPaymentReference(new URLSearchParams('paiement=1234'))).toEqual({
      txRef: '1234',
      valid: false,
      left: false,
    });
  });

  it('notices that the person left the checkout, which no transaction records', () => {
    const params = new URLSearchParams(`paiement=${txRef}&status=cancelled&tx_ref=${txRef}`);
    expect(readPaymentReference(params)).toEqual({ txRef, valid: true, left: true });
  });

  it('« Fermer » removes the return, ours and Flutterwave’s, and keeps the filters', () => {
    const params = new URLSearchParams(
      `motif=topup&paiement=${txRef}&status=cancelled&tx_ref=${txRef}&transaction_id=99`,
    );
    expect(withoutPaymentReturn(params).toString()).toBe('motif=topup');
  });
});

describe('readPaymentCheck', () => {
  it('accepts credit-payment-check’s answer', () => {
    expect(readPaymentCheck(check('successful'))).toEqual(check('successful'));
    expect(readPaymentCheck({ ...check('pending'), receiptNumber: undefined })).toEqual(
      check('pending'),
    );
  });

  it('refuses anything else, so nothing unknown is shown as paid', () => {
    expect(readPaymentCheck({ ...check('successful'), status: 'paid' })).toBeNull();
    expect(readPaymentCheck({ ...check('successful'), credits: '50' })).toBeNull();
    expect(readPaymentCheck({ status: 'successful' })).toBeNull();
    expect(readPaymentCheck('<html>')).toBeNull();
    expect(readPaymentCheck(null)).toBeNull();
  });
});

describe('checking a pending payment again', () => {
  it('waits longer and longer, for about two minutes in all', () => {
    const total = recheckDelaysMs.reduce((sum, delay) => sum + delay, 0);
    expect(total).toBeGreaterThanOrEqual(110_000);
    expect(total).toBeLessThanOrEqual(130_000);
    for (let index = 1; index < recheckDelaysMs.length; index += 1)
      expect(recheckDelaysMs[index]).toBeGreaterThanOrEqual(recheckDelaysMs[index - 1]!);
    expect(nextRecheckMs('pending', 1)).toBe(recheckDelaysMs[0]);
    expect(nextRecheckMs('pending', recheckDelaysMs.length)).toBe(recheckDelaysMs.at(-1));
    expect(nextRecheckMs('pending', recheckDelaysMs.length + 1)).toBe(false);
  });

  it('stops as soon as the payment is settled', () => {
    for (const status of ['successful', 'failed', 'cancelled'] as const)
      expect(nextRecheckMs(status, 1)).toBe(false);
    expect(nextRecheckMs(undefined, 0)).toBe(false);
  });
});

describe('paymentReturnView', () => {
  const base = { valid: true, left: false, failed: false, checksDone: 1 };

  it('maps each answer to what the panel says', () => {
    expect(paymentReturnView({ ...base, check: undefined, checksDone: 0 })).toBe('checking');
    expect(paymentReturnView({ ...base, check: check('pending') })).toBe('checking');
    expect(paymentReturnView({ ...base, check: check('successful') })).toBe('successful');
    expect(paymentReturnView({ ...base, check: check('failed') })).toBe('failed');
    expect(paymentReturnView({ ...base, check: check('cancelled') })).toBe('cancelled');
  });

  it('words a pending payment the person left, and lets the server’s answer win', () => {
    const left = { ...base, left: true };
    expect(paymentReturnView({ ...left, check: check('pending') })).toBe('abandoned');
    expect(paymentReturnView({ ...left, check: check('successful') })).toBe('successful');
    expect(paymentReturnView({ ...left, check: undefined, checksDone: 0 })).toBe('checking');
  });

  it('says when confirmation takes longer than the checks last', () => {
    const checksDone = recheckDelaysMs.length + 1;
    expect(paymentReturnView({ ...base, check: check('pending'), checksDone })).toBe('slow');
  });

  it('shows an error only when no answer came, and refuses a malformed reference', () => {
    expect(paymentReturnView({ ...base, check: undefined, failed: true })).toBe('error');
    expect(paymentReturnView({ ...base, check: check('pending'), failed: true })).toBe('checking');
    expect(paymentReturnView({ ...base, check: check('successful'), failed: true })).toBe(
      'successful',
    );
    expect(paymentReturnView({ ...base, valid: false, check: undefined })).toBe('invalid');
  });
});
