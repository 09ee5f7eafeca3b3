// The way back from Flutterwave's checkout: /parametres/credits?paiement=<tx_ref>. Flutterwave adds
// its own `status`, `tx_ref` and `transaction_id`, which anyone can type into an address: what the
// payment became comes from credit-payment-check, which asks Flutterwave's API itself and credits
// the payment when the webhook is late or lost. One case only the redirect tells: a person who
// leaves the checkout without paying makes no transaction, so Flutterwave's API has nothing to say
// and the payment stays pending; `status=cancelled` then changes the wording of that pending
// payment, never what the server says it is.

export const paymentParam = 'paiement';
const flutterwaveParams = ['status', 'tx_ref', 'transaction_id'];

// Our references are `wcap-<uuid>` (credit_payments.tx_ref): anything else is not worth a call.
const txRefPattern = /^wcap-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/;

export type PaymentReference = {
  txRef: string;
  valid: boolean;
  /** Flutterwave's redirect says the person left the checkout (a hint, see above). */
  left: boolean;
};

/** The reference the address carries, if any. */
export function readPaymentReference(params: URLSearchParams): PaymentReference | null {
  const txRef = params.get(paymentParam)?.trim();
  if (!txRef) return null;
  return {
    txRef,
    valid: txRefPattern.test(txRef),
    left: params.get('status') === 'cancelled',
  };
}

/** The address's parameters without the return from the checkout (ours and Flutterwave's). */
export function withoutPaymentReturn(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of [paymentParam, ...flutterwaveParams]) next.delete(name);
  return next;
}

export const paymentStatuses = ['pending', 'successful', 'failed', 'cancelled'] as const;
export type PaymentStatus = (typeof paymentStatuses)[number];

/** credit-payment-check's answer. */
export type PaymentCheck = {
  status: PaymentStatus;
  credits: number;
  amountXaf: number;
  receiptNumber: string | null;
  paymentId: string;
};

export function isPaymentStatus(value: unknown): value is PaymentStatus {
  return (paymentStatuses as readonly unknown[]).includes(value);
}

/** The answer read field by field: anything else is an error, never a payment shown as paid. */
export function readPaymentCheck(value: unknown): PaymentCheck | null {
  if (typeof value !== 'object' || value === null) return null;
  const { status, credits, amountXaf, receiptNumber, paymentId } = value as Record<string, unknown>;
  if (
    !isPaymentStatus(status) ||
    typeof credits !== 'number' ||
    typeof amountXaf !== 'number' ||
    typeof paymentId !== 'string' ||
    !(receiptNumber === null || receiptNumber === undefined || typeof receiptNumber === 'string')
  )
    return null;
  return { status, credits, amountXaf, receiptNumber: receiptNumber ?? null, paymentId };
}

/**
 * The waits between checks of a pending payment, growing: a mobile-money payment is usually
 * approved on the phone within seconds, sometimes within a minute or two. About two minutes in
 * all (123 s); after that the page stops asking and says the balance will update by itself.
 */
export const recheckDelaysMs: readonly number[] = [
  2_000, 3_000, 4_000, 6_000, 8_000, 10_000, 15_000, 15_000, 15_000, 15_000, 15_000, 15_000,
];

/**
 * When to check again after `checksDone` answers (successful or not) since checking started:
 * never once the payment is settled, nor once the delays are used up.
 */
export function nextRecheckMs(
  status: PaymentStatus | undefined,
  checksDone: number,
): number | false {
  if (status !== 'pending') return false;
  return recheckDelaysMs[Math.max(0, checksDone - 1)] ?? false;
}

export type PaymentReturnView =
  'invalid' | 'checking' | 'slow' | 'abandoned' | 'successful' | 'failed' | 'cancelled' | 'error';

/**
 * What the panel shows. The last answer wins over a later failed check: a payment seen pending
 * stays « en cours » while checks go on, and one seen paid stays paid. A pending payment the
 * person left is « non terminé » (the server may still find it paid: its answer then wins).
 */
export function paymentReturnView({
  valid,
  left,
  check,
  failed,
  checksDone,
}: {
  valid: boolean;
  left: boolean;
  check: PaymentCheck | undefined;
  /** The last check failed (the function refused, or could not be reached). */
  failed: boolean;
  checksDone: number;
}): PaymentReturnView {
  if (!valid) return 'invalid';
  if (!check) return failed ? 'error' : 'checking';
  if (check.status !== 'pending') return check.status;
  if (left) return 'abandoned';
  return nextRecheckMs('pending', checksDone) === false ? 'slow' : 'checking';
}
