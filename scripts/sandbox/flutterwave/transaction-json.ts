import type { Payment, Transaction } from './payments';

// A transaction as Flutterwave v3 writes it in `charge.completed` webhooks and in verification
// answers (reference §C3, §C4): the fields the reference lists, and the other ones v3 sends
// around them (fees, narration, account) so that a reader that chokes on extra fields fails here.

export interface TransactionContext {
  accountId: number;
  merchantName: string;
  customer: { id: number; createdAt: string };
}

/** The sandbox's own fee: 3.5 % on a successful collection, whole francs. */
function appFee(payment: Payment, transaction: Transaction): number {
  return transaction.status === 'successful' ? Math.round(payment.amount * 0.035) : 0;
}

function processorResponse(transaction: Transaction): string {
  if (transaction.status === 'pending') return 'Transaction in progress';
  if (transaction.paymentType === 'card') {
    return transaction.status === 'successful'
      ? 'Approved by Financial Institution'
      : 'Declined by Financial Institution';
  }
  return transaction.status === 'successful' ? 'Transaction Successful' : 'Declined by customer';
}

export function transactionData(
  payment: Payment,
  transaction: Transaction,
  context: TransactionContext,
): Record<string, unknown> {
  return {
    id: transaction.id,
    tx_ref: transaction.txRef,
    flw_ref: transaction.flwRef,
    device_fingerprint: 'N/A',
    amount: payment.amount,
    currency: payment.currency,
    charged_amount: payment.amount,
    app_fee: appFee(payment, transaction),
    merchant_fee: 0,
    processor_response: processorResponse(transaction),
    ip: '127.0.0.1',
    narration: context.merchantName,
    status: transaction.status,
    payment_type: transaction.paymentType,
    created_at: transaction.createdAt,
    account_id: context.accountId,
    customer: {
      id: context.customer.id,
      name: payment.customer.name ?? 'Anonymous customer',
      phone_number: transaction.phone ?? payment.customer.phonenumber ?? 'N/A',
      email: payment.customer.email,
      created_at: context.customer.createdAt,
    },
    ...(transaction.paymentType === 'card'
      ? {
          card: {
            first_6digits: '553188',
            last_4digits: '2950',
            issuer: 'MASTERCARD CREDIT',
            country: 'CM',
            type: 'MASTERCARD',
            expiry: '09/32',
          },
        }
      : {}),
  };
}

/** `GET /v3/transactions/{id}/verify`'s `data`: the webhook's fields, the settlement and `meta`. */
export function verifiedData(
  payment: Payment,
  transaction: Transaction,
  context: TransactionContext,
): Record<string, unknown> {
  const data = transactionData(payment, transaction, context);
  return {
    ...data,
    amount_settled: payment.amount - appFee(payment, transaction),
    meta: payment.meta,
  };
}

/**
 * The raw body of the `charge.completed` webhook. `event.type` is what v3 payloads carry next to
 * `event` (reference: unverified for francophone mobile money).
 */
export function chargeCompletedBody(
  payment: Payment,
  transaction: Transaction,
  context: TransactionContext,
): string {
  return JSON.stringify({
    event: 'charge.completed',
    data: transactionData(payment, transaction, context),
    'event.type':
      transaction.paymentType === 'card' ? 'CARD_TRANSACTION' : 'MOBILEMONEYFRANCO_TRANSACTION',
  });
}
