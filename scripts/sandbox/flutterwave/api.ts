import type { Answer } from '../wati/http-answers';
import type { FaultRules, VerifyFault } from './faults';
import {
  PaymentRequestError,
  readPaymentRequest,
  type Payment,
  type PaymentBook,
  type Transaction,
} from './payments';
import { verifiedData, type TransactionContext } from './transaction-json';

// Flutterwave v3's API as WCAP uses it (reference §C1, §C4): hosted checkout initiation and the
// two verification endpoints, behind the secret key, refused in Flutterwave's error body
// `{status: 'error', message, data: null}`.

export interface ApiRequest {
  method: string;
  /** Path segments after `v3`. */
  segments: string[];
  query: URLSearchParams;
  authorization: string | undefined;
  body: string;
}

export interface ApiContext {
  secretKey: string;
  book: PaymentBook;
  verifyFaults: FaultRules<VerifyFault>;
  checkoutLink: (payment: Payment) => string;
  transactionContext: (payment: Payment) => TransactionContext;
}

export function flutterwaveError(status: number, message: string): Answer {
  return { status, json: { status: 'error', message, data: null } };
}

const NOT_FOUND = 'No transaction was found for this id';

export function answerApi(request: ApiRequest, context: ApiContext): Answer {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.authorization ?? '')?.[1];
  if (!bearer) return flutterwaveError(401, 'Authorization required');
  if (bearer !== context.secretKey) return flutterwaveError(401, 'Invalid authorization key');

  const [resource, second, third, ...rest] = request.segments;
  if (request.method === 'POST' && resource === 'payments' && second === undefined) {
    return initiate(request.body, context);
  }
  if (request.method === 'GET' && resource === 'transactions' && rest.length === 0) {
    if (second === 'verify_by_reference' && third === undefined) {
      const txRef = request.query.get('tx_ref');
      if (!txRef) return flutterwaveError(400, 'tx_ref is required');
      const transaction = context.book.transactionForReference(txRef);
      const payment = context.book.byReference(txRef);
      return (
        outage(context, txRef, transaction?.id) ??
        (transaction && payment
          ? verified(payment, transaction, context)
          : flutterwaveError(400, NOT_FOUND))
      );
    }
    if (second !== undefined && third === 'verify') {
      const id = /^\d{1,15}$/.test(second) ? Number(second) : null;
      const found = id === null ? null : context.book.transaction(id);
      return (
        outage(context, found?.transaction.txRef, id ?? undefined) ??
        (found
          ? verified(found.payment, found.transaction, context)
          : flutterwaveError(400, NOT_FOUND))
      );
    }
  }
  return flutterwaveError(404, `Cannot ${request.method} /v3/${request.segments.join('/')}`);
}

function initiate(rawBody: string, context: ApiContext): Answer {
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    return flutterwaveError(400, 'the request body must be JSON');
  }
  try {
    const payment = context.book.initiate(readPaymentRequest(body));
    return {
      status: 200,
      json: {
        status: 'success',
        message: 'Hosted Link',
        data: { link: context.checkoutLink(payment) },
      },
    };
  } catch (error) {
    if (error instanceof PaymentRequestError) return flutterwaveError(400, error.message);
    throw error;
  }
}

/** Whether a verify fault is scoped to this payment and transaction (or to every one). */
function concerns(rule: VerifyFault, txRef?: string, transactionId?: number): boolean {
  return (
    (rule.txRef === undefined || rule.txRef === txRef) &&
    (rule.transactionId === undefined || rule.transactionId === transactionId)
  );
}

/** Flutterwave down or busy for this verification (an `httpStatus` fault), else null. */
function outage(context: ApiContext, txRef?: string, transactionId?: number): Answer | null {
  const fault = context.verifyFaults.take(
    (rule) => rule.httpStatus !== undefined && concerns(rule, txRef, transactionId),
  );
  if (!fault?.httpStatus) return null;
  return flutterwaveError(
    fault.httpStatus,
    fault.httpStatus === 429 ? 'Too many requests' : 'Service temporarily unavailable',
  );
}

function verified(payment: Payment, transaction: Transaction, context: ApiContext): Answer {
  const data = verifiedData(payment, transaction, context.transactionContext(payment));
  const fault = context.verifyFaults.take(
    (rule) => rule.httpStatus === undefined && concerns(rule, transaction.txRef, transaction.id),
  );
  if (fault?.amount !== undefined) {
    data.amount = fault.amount;
    data.charged_amount = fault.amount;
  }
  if (fault?.currency !== undefined) data.currency = fault.currency;
  if (fault?.status !== undefined) data.status = fault.status;
  return {
    status: 200,
    json: { status: 'success', message: 'Transaction fetched successfully', data },
  };
}
