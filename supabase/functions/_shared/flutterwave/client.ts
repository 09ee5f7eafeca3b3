import { boundedText } from '../bounded-json.ts';
import { requireEnv } from '../env.ts';
import { transactionOf, type FlutterwaveTransaction } from './transaction.ts';

/**
 * Flutterwave answers within seconds; past this, a verification is asked again later and a person
 * opening a checkout is told to try again.
 */
const FLUTTERWAVE_TIMEOUT_MS = 15_000;
/** A verification is a few kilobytes; far more is not Flutterwave's. */
const VERIFY_MAX_BYTES = 256 * 1024;
/** A checkout's answer is a short JSON object holding the link. */
const CHECKOUT_MAX_BYTES = 64 * 1024;

/**
 * Flutterwave could not be asked, or gave no usable answer (down, busy, refusing our key, an
 * answer that is not its JSON): nothing can be concluded, and the question is worth asking again.
 */
export class FlutterwaveUnreachable extends Error {}

/** A Standard (hosted) checkout in XAF, as whatsapp-providers.md §C1 initiates it. */
export interface HostedPaymentRequest {
  txRef: string;
  /** Whole francs: XAF has no minor unit. */
  amountXaf: number;
  /** Where Flutterwave sends the person back, with `status`, `tx_ref` and `transaction_id`. */
  redirectUrl: string;
  /** Flutterwave's names, e.g. `mobilemoneyfranco`, `card`. */
  paymentOptions: readonly string[];
  /** How long the link can be paid, 1 to 1,440 minutes. */
  sessionMinutes: number;
  /** Flutterwave requires the e-mail address; `phone` is E.164. */
  customer: { email: string; name?: string; phone?: string };
  title: string;
  description: string;
  /** Given back by the verifications. */
  meta: Record<string, string>;
}

/**
 * The checkout's link, or Flutterwave's message when it refused the checkout itself (an invalid
 * customer e-mail address, a reused reference): asking again the same way would be refused again.
 */
export type HostedPayment = { ok: true; link: string } | { ok: false; refusal: string };

/**
 * Flutterwave v3, as WCAP uses it. Each call answers what Flutterwave said about the request, and
 * throws FlutterwaveUnreachable otherwise, so that no conclusion is ever drawn from an outage.
 */
export interface FlutterwaveClient {
  /** POST /v3/payments (whatsapp-providers.md §C1). */
  createHostedPayment(request: HostedPaymentRequest): Promise<HostedPayment>;
  /**
   * GET /v3/transactions/{id}/verify (§C4): Flutterwave's own record of the transaction, or null
   * when Flutterwave says it has none — a forged or mistaken id.
   */
  verifyTransaction(id: number): Promise<FlutterwaveTransaction | null>;
  /**
   * GET /v3/transactions/verify_by_reference?tx_ref= (§C4): the reference's transaction, or null
   * when nobody tried to pay it yet; after a refused try and a paid one on the same checkout, the
   * paid one (as the sandbox answers; unverified).
   */
  verifyReference(txRef: string): Promise<FlutterwaveTransaction | null>;
}

interface FlutterwaveAnswer {
  httpStatus: number;
  ok: boolean;
  /** Flutterwave's JSON body, or undefined when the body is not JSON (a proxy's error page). */
  body: { status?: unknown; message?: unknown; data?: unknown } | undefined;
}

export function createFlutterwaveClient(options: {
  apiUrl: string;
  secretKey: string;
  timeoutMs?: number;
}): FlutterwaveClient {
  const call = async (
    what: string,
    path: string,
    maxBytes: number,
    payload?: unknown,
  ): Promise<FlutterwaveAnswer> => {
    let response: Response;
    let text: string | undefined;
    try {
      response = await fetch(`${options.apiUrl.replace(/\/+$/, '')}/${path}`, {
        method: payload === undefined ? 'GET' : 'POST',
        headers: {
          Authorization: `Bearer ${options.secretKey}`,
          ...(payload === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: payload === undefined ? undefined : JSON.stringify(payload),
        signal: AbortSignal.timeout(options.timeoutMs ?? FLUTTERWAVE_TIMEOUT_MS),
      });
      text = await boundedText(response, maxBytes);
    } catch (error) {
      throw new FlutterwaveUnreachable(`${what}: ${String(error)}`);
    }
    let body: FlutterwaveAnswer['body'];
    try {
      body = JSON.parse(text ?? '') as FlutterwaveAnswer['body'];
    } catch {
      // A proxy's error page or a truncated body: refused by the caller.
    }
    return { httpStatus: response.status, ok: response.ok, body };
  };
  const unusable = (what: string, answer: FlutterwaveAnswer) =>
    new FlutterwaveUnreachable(`${what}: unusable answer (HTTP ${answer.httpStatus})`);
  // Flutterwave refuses a request it judged, such as "No transaction was found for this id", with a
  // 400 in its error body; any other refusal (401 our key, 404 a wrong API URL, 429 busy, 5xx down)
  // says nothing of what was asked.
  const judged = (answer: FlutterwaveAnswer) =>
    answer.httpStatus === 400 && answer.body?.status === 'error';

  const verify = async (what: string, path: string) => {
    const answer = await call(what, path, VERIFY_MAX_BYTES);
    if (judged(answer)) return null;
    const transaction =
      answer.ok && answer.body?.status === 'success' && transactionOf(answer.body.data);
    if (!transaction) throw unusable(what, answer);
    return transaction;
  };

  return {
    async createHostedPayment(request) {
      const what = `payments ${request.txRef}`;
      const answer = await call(what, 'payments', CHECKOUT_MAX_BYTES, {
        tx_ref: request.txRef,
        amount: request.amountXaf,
        currency: 'XAF',
        redirect_url: request.redirectUrl,
        payment_options: request.paymentOptions.join(','),
        session_duration: request.sessionMinutes,
        customer: {
          email: request.customer.email,
          name: request.customer.name,
          // Flutterwave's numbers are digits only.
          phonenumber: request.customer.phone?.replace(/^\+/, ''),
        },
        customizations: { title: request.title, description: request.description },
        meta: request.meta,
      });
      if (judged(answer)) return { ok: false, refusal: String(answer.body?.message) };
      const data = answer.body?.data as { link?: unknown } | null | undefined;
      if (!answer.ok || answer.body?.status !== 'success' || typeof data?.link !== 'string') {
        throw unusable(what, answer);
      }
      return { ok: true, link: data.link };
    },
    verifyTransaction: (id) => verify(`verify ${id}`, `transactions/${id}/verify`),
    verifyReference: (txRef) =>
      verify(
        `verify_by_reference ${txRef}`,
        `transactions/verify_by_reference?tx_ref=${encodeURIComponent(txRef)}`,
      ),
  };
}

/** The client for the project's Flutterwave account (FLUTTERWAVE_API_URL, its secret key). */
export function flutterwaveClient(): FlutterwaveClient {
  return createFlutterwaveClient({
    apiUrl: requireEnv('FLUTTERWAVE_API_URL'),
    secretKey: requireEnv('FLUTTERWAVE_SECRET_KEY'),
  });
}
