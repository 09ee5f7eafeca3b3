import type { Answer } from '../wati/http-answers';
import { checkoutPage, closedPage, networkOf, notFoundPage, type CheckoutForm } from './pages';
import {
  AttemptRefusal,
  type AttemptInput,
  type Payment,
  type PaymentBook,
  type Transaction,
} from './payments';

// `GET` and `POST {link}`: the hosted checkout. A decision settles a transaction (the caller
// posts its webhook) and sends the browser back to `redirect_url` as Flutterwave does (reference
// §C1): `?status=successful|failed&tx_ref=…&transaction_id=…`, or `status=cancelled` without a
// transaction when the person leaves.

// No script at all; a form may be sent, and its answer redirects to the merchant's site.
const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src https: http: data:; frame-ancestors 'none'",
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};

export interface CheckoutContext {
  book: PaymentBook;
  merchantName: string;
  /** Settles an attempt and starts its webhook (not waited for: Flutterwave redirects at once). */
  complete: (payment: Payment, input: AttemptInput) => Transaction;
}

function html(status: number, text: string): Answer {
  return { status, text, headers: PAGE_HEADERS };
}

/** Where the person goes back to; any `status`, `tx_ref` or `transaction_id` of its own is replaced. */
export function returnUrl(
  payment: Payment,
  status: 'successful' | 'failed' | 'cancelled',
  transactionId?: number,
): string {
  const url = new URL(payment.redirectUrl);
  url.searchParams.set('status', status);
  url.searchParams.set('tx_ref', payment.txRef);
  if (transactionId === undefined) url.searchParams.delete('transaction_id');
  else url.searchParams.set('transaction_id', String(transactionId));
  return url.toString();
}

/** A Cameroonian mobile number, `237` and 9 digits, from what a person types; null if it is none. */
function cameroonMobile(input: string): string | null {
  const digits = input.replace(/[\s().-]/g, '').replace(/^(\+|00)/, '');
  const national = /^237\d{9}$/.test(digits) ? digits.slice(3) : digits;
  return /^6\d{8}$/.test(national) ? `237${national}` : null;
}

function defaultForm(payment: Payment): CheckoutForm {
  const phone = payment.customer.phonenumber ?? '';
  return {
    method: payment.methods.includes('mobilemoneyfranco') ? 'mobilemoney' : 'card',
    network: networkOf(phone),
    phone,
  };
}

export function answerCheckout(
  method: string,
  linkId: string,
  rawBody: string,
  context: CheckoutContext,
): Answer {
  const payment = context.book.byLink(linkId);
  if (!payment) return html(404, notFoundPage());
  const successful = payment.transactions.find(
    (transaction) => transaction.status === 'successful',
  );
  if (successful) {
    return html(
      200,
      closedPage(
        payment,
        context.merchantName,
        'paid',
        returnUrl(payment, 'successful', successful.id),
      ),
    );
  }
  if (context.book.expired(payment)) {
    return html(
      410,
      closedPage(payment, context.merchantName, 'expired', returnUrl(payment, 'cancelled')),
    );
  }
  if (method === 'GET' || method === 'HEAD') {
    return html(200, checkoutPage(payment, context.merchantName, defaultForm(payment)));
  }
  if (method !== 'POST') return { status: 405, headers: { Allow: 'GET, POST' } };

  const fields = new URLSearchParams(rawBody);
  const decision = fields.get('decision');
  if (decision === 'cancel') {
    context.book.cancel(payment);
    return redirect(returnUrl(payment, 'cancelled'));
  }
  const chosen = fields.get('method') === 'card' ? 'card' : 'mobilemoney';
  const paymentType = chosen === 'card' ? 'card' : 'mobilemoneyfranco';
  const typedPhone = fields.get('phone') ?? '';
  const form: CheckoutForm = {
    method: chosen,
    network: fields.get('network') === 'ORANGE' ? 'ORANGE' : 'MTN',
    phone: typedPhone,
  };
  if (decision !== 'approve' && decision !== 'refuse') {
    return html(
      400,
      checkoutPage(payment, context.merchantName, {
        ...form,
        error: 'Choisissez « Approuver le paiement », « Refuser » ou « Annuler ».',
      }),
    );
  }
  if (!payment.methods.includes(paymentType)) {
    return html(
      400,
      checkoutPage(payment, context.merchantName, {
        ...form,
        error: 'Ce moyen de paiement n’est pas proposé pour ce paiement.',
      }),
    );
  }
  const phone = paymentType === 'card' ? null : cameroonMobile(typedPhone);
  if (paymentType === 'mobilemoneyfranco' && phone === null) {
    return html(
      400,
      checkoutPage(payment, context.merchantName, {
        ...form,
        error:
          'Saisissez un numéro Mobile Money du Cameroun : 9 chiffres commençant par 6, par exemple 6 71 23 45 67.',
      }),
    );
  }
  try {
    const transaction = context.complete(payment, {
      status: decision === 'approve' ? 'successful' : 'failed',
      paymentType,
      network: paymentType === 'card' ? null : form.network,
      phone,
    });
    return redirect(
      returnUrl(
        payment,
        transaction.status === 'successful' ? 'successful' : 'failed',
        transaction.id,
      ),
    );
  } catch (error) {
    // Two tabs on one link: the other one paid first.
    if (error instanceof AttemptRefusal) return answerCheckout('GET', linkId, '', context);
    throw error;
  }
}

function redirect(location: string): Answer {
  return { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } };
}
