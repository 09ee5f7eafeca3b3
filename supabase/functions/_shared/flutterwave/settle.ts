import { serviceDatabase } from '../database.ts';
import type { FlutterwaveClient } from './client.ts';
import type { FlutterwaveTransaction } from './transaction.ts';

export interface Settled {
  /** private.settle_credit_payment's outcome: credited, already_credited, recorded, pending… */
  outcome: string;
  payment_id: string | null;
  receipt_number: string | null;
}

/**
 * Applies what Flutterwave's API said of a transaction to the payment of its reference, through
 * private.settle_credit_payment: SQL checks the amount and the currency against the payment and
 * credits it once, keyed by the transaction's id, whoever asked (the webhook, the return page,
 * the job) and in whatever order they arrive.
 */
export async function settleTransaction(verified: FlutterwaveTransaction): Promise<Settled> {
  // The amount goes to a bigint: one with decimals is no amount in whole francs at all.
  if (!Number.isSafeInteger(verified.amount)) {
    return { outcome: 'amount_mismatch', payment_id: null, receipt_number: null };
  }
  const [row] = await serviceDatabase()<Settled[]>`
    select outcome, payment_id, receipt_number
    from private.settle_credit_payment(${verified.txRef}, ${verified.id}, ${verified.status},
                                       ${verified.amount}, ${verified.currency},
                                       ${verified.paymentType})`;
  return row!;
}

/** Outcomes of a check that need nobody's attention. */
const ROUTINE = new Set([
  'credited',
  'already_credited',
  'recorded',
  'pending',
  'not_found',
  'cancelled',
]);

/**
 * Asks Flutterwave about a payment by its reference (GET /v3/transactions/verify_by_reference)
 * and settles it with the answer as the webhook would have, then records the check
 * (private.finish_credit_payment_check, which also cancels a payment nobody paid once its
 * checkout closed). Answers the outcome recorded; throws FlutterwaveUnreachable, recording
 * nothing, when Flutterwave could not say.
 */
export async function checkPayment(
  payment: { id: string; txRef: string },
  flutterwave: FlutterwaveClient,
): Promise<string> {
  const transaction = await flutterwave.verifyReference(payment.txRef);
  const result = !transaction
    ? 'not_found'
    : transaction.txRef !== payment.txRef
      ? 'reference_mismatch'
      : (await settleTransaction(transaction)).outcome;
  const [row] = await serviceDatabase()<{ outcome: string }[]>`
    select private.finish_credit_payment_check(${payment.id}, ${result}) as outcome`;
  if (!ROUTINE.has(row!.outcome)) {
    console.warn(
      `flutterwave: payment ${payment.txRef}, transaction ${transaction?.id}: ${row!.outcome}`,
    );
  }
  return row!.outcome;
}
