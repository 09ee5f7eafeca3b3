/**
 * What WCAP reads of a Flutterwave v3 transaction, in a `charge.completed` webhook's `data` and in
 * a verification's (whatsapp-providers.md §C3–C4); Flutterwave sends many more fields.
 */
export interface FlutterwaveTransaction {
  id: number;
  txRef: string;
  status: string;
  amount: number;
  currency: string;
  paymentType: string | null;
}

/** The transaction in `data`, or undefined when `data` is not one. */
export function transactionOf(data: unknown): FlutterwaveTransaction | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const fields = data as Record<string, unknown>;
  const { id, tx_ref: txRef, status, amount, currency, payment_type: paymentType } = fields;
  if (!Number.isSafeInteger(id) || (id as number) <= 0) return undefined;
  if (typeof txRef !== 'string' || typeof status !== 'string') return undefined;
  if (typeof amount !== 'number' || typeof currency !== 'string') return undefined;
  return {
    id: id as number,
    txRef,
    status,
    amount,
    currency,
    paymentType: typeof paymentType === 'string' ? paymentType : null,
  };
}
