import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, writeAnswer, type Answer } from '../wati/http-answers';
import { Timers } from '../wati/timers';
import { randomSandboxToken } from '../whatsapp/credentials';
import { closeServer, listen, sandboxServer, visibleHost } from '../listen';
import { answerApi, flutterwaveError } from './api';
import { answerCheckout, returnUrl } from './checkout';
import { deriveCredentials, type FlutterwaveCredentials } from './credentials';
import {
  FaultRules,
  readVerifyFault,
  readWebhookFault,
  type VerifyFault,
  type WebhookFault,
} from './faults';
import { networkOf } from './pages';
import {
  AttemptRefusal,
  PaymentBook,
  type AttemptInput,
  type Network,
  type Payment,
  type PaymentState,
  type PaymentType,
  type Transaction,
  type TransactionStatus,
} from './payments';
import { chargeCompletedBody } from './transaction-json';
import { WebhookSender, type WebhookDelivery, type WebhookFate, type WebhookJob } from './webhooks';

export interface FlutterwaveSandboxOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /**
   * Guards `/_sandbox/*`, and the keys and secret hash are derived from it: the same token gives
   * the same secrets at every start. Default: a random token, hence random secrets.
   */
  token?: string;
  /** WCAP's `flutterwave-webhook`; also settable later (`setWebhookUrl`, `PUT /_sandbox/webhook-url`). */
  webhookUrl?: string | null;
  /** Overrides of the derived secrets. */
  credentials?: Partial<FlutterwaveCredentials>;
  /** The merchant the checkout shows and `narration` names; default `WCAP`. */
  merchantName?: string;
  /** How long WCAP's webhook may take to answer; default 10 s. */
  webhookTimeoutMs?: number;
  /**
   * Tries per webhook while WCAP answers anything but 200 (the dashboard's "retry" setting);
   * default 1: no retries.
   */
  webhookRetries?: { attempts: number; intervalMs: number };
}

/** A transaction as `GET /_sandbox/payments` shows it, with what became of its webhook. */
export interface SandboxTransaction {
  id: number;
  flwRef: string;
  status: TransactionStatus;
  paymentType: PaymentType;
  network: Network | null;
  phone: string | null;
  createdAt: string;
  /** Null while pending: Flutterwave posts once the transaction is settled. */
  webhook: WebhookFate | null;
  deliveries: WebhookDelivery[];
}

export interface SandboxPayment {
  txRef: string;
  link: string;
  amount: number;
  currency: 'XAF';
  state: PaymentState;
  redirectUrl: string;
  methods: PaymentType[];
  customer: Payment['customer'];
  customizations: Payment['customizations'];
  meta: Payment['meta'];
  createdAt: string;
  expiresAt: string | null;
  transactions: SandboxTransaction[];
}

export interface CompleteInput {
  status: TransactionStatus;
  /** Default: mobile money when offered, else card. */
  paymentType?: PaymentType;
  /** Default: from the phone's prefix. */
  network?: Network;
  /** Default: the customer's number, else 237670000000. */
  phone?: string;
}

export interface Completion {
  transaction: SandboxTransaction;
  /** Where the browser would have been sent (a pending transaction sends it nowhere yet). */
  redirectUrl: string | null;
  /** The webhook POSTs made at once, answered (none when pending, late, held or dropped). */
  webhooks: WebhookDelivery[];
}

export interface FlutterwaveSandbox extends FlutterwaveCredentials {
  /** The API is under `{url}/v3` (as `https://api.flutterwave.com/v3`). */
  url: string;
  /** The sandbox token (`Authorization: Bearer …` on `/_sandbox/*`), not a Flutterwave key. */
  token: string;
  merchantName: string;
  readonly webhookUrl: string | null;
  setWebhookUrl(url: string | null): void;
  /** Every payment initiated, oldest first. */
  payments(): SandboxPayment[];
  /** The person approves (`successful`), refuses (`failed`) or has not answered yet (`pending`). */
  complete(txRef: string, input: CompleteInput): Promise<Completion>;
  /** The transaction's webhook again, correctly signed; null when there is none. */
  redeliver(transactionId: number): Promise<WebhookDelivery> | null;
  addWebhookFault(fault: WebhookFault): void;
  addVerifyFault(fault: VerifyFault): void;
  clearFaults(): void;
  /** Posts the out-of-order webhooks still held, newest first. */
  releaseHeldWebhooks(): Promise<WebhookDelivery[]>;
  /** Every webhook POST, oldest first. */
  webhooks(): WebhookDelivery[];
  /** Forgets payments, webhooks and faults. */
  reset(): void;
  stop(): Promise<void>;
}

export const DEFAULT_FLUTTERWAVE_SANDBOX_TOKEN = 'wcap-flutterwave-sandbox';
const DEFAULT_MERCHANT_NAME = 'WCAP';
const DEFAULT_WEBHOOK_TIMEOUT_MS = 10_000;
const DEFAULT_PHONE = '237670000000';
const BODY_LIMIT_BYTES = 1024 * 1024;

/** A control request that cannot be served; answered with its status and `{error}`. */
class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function validWebhookUrl(url: unknown): url is string | null {
  return url === null || (typeof url === 'string' && /^https?:\/\/./.test(url));
}

/**
 * Starts a local stand-in for Flutterwave v3 as WCAP uses it: hosted checkout in XAF, signed
 * `charge.completed` webhooks, the verification endpoints, and faults to test WCAP against.
 */
export async function startFlutterwaveSandbox(
  options: FlutterwaveSandboxOptions = {},
): Promise<FlutterwaveSandbox> {
  const host = options.host ?? '127.0.0.1';
  const token = options.token ?? randomSandboxToken();
  const { accountId, ...derived } = deriveCredentials(token);
  const credentials: FlutterwaveCredentials = { ...derived, ...options.credentials };
  const merchantName = options.merchantName ?? DEFAULT_MERCHANT_NAME;
  if (!validWebhookUrl(options.webhookUrl ?? null)) {
    throw new Error(`webhookUrl must be http(s), not ${String(options.webhookUrl)}`);
  }
  let webhookUrl = options.webhookUrl ?? null;
  const retries = options.webhookRetries ?? { attempts: 1, intervalMs: 0 };

  const book = new PaymentBook();
  const timers = new Timers();
  const webhookFaults = new FaultRules<WebhookFault>();
  const verifyFaults = new FaultRules<VerifyFault>();
  const sender = new WebhookSender(
    {
      secretHash: credentials.secretHash,
      webhookUrl: () => webhookUrl,
      timeoutMs: options.webhookTimeoutMs ?? DEFAULT_WEBHOOK_TIMEOUT_MS,
      attempts: retries.attempts,
      retryIntervalMs: retries.intervalMs,
    },
    timers,
  );
  /** Settled transactions' webhooks, for redelivery: the same bytes. */
  const jobs = new Map<number, WebhookJob>();
  let url = '';

  const checkoutLink = (payment: Payment) => `${url}/v3/hosted/pay/${payment.linkId}`;
  const transactionContext = (payment: Payment) => ({
    accountId,
    merchantName,
    customer: book.customerOf(payment.customer.email),
  });

  const settle = (
    payment: Payment,
    input: AttemptInput,
  ): { transaction: Transaction; webhooks: Promise<WebhookDelivery[]> } => {
    const transaction = book.attempt(payment, input);
    if (transaction.status === 'pending') return { transaction, webhooks: Promise.resolve([]) };
    const job: WebhookJob = {
      transactionId: transaction.id,
      txRef: transaction.txRef,
      status: transaction.status,
      body: chargeCompletedBody(payment, transaction, transactionContext(payment)),
    };
    jobs.set(transaction.id, job);
    const fault = webhookFaults.take(
      (rule) => rule.txRef === undefined || rule.txRef === payment.txRef,
    );
    return { transaction, webhooks: sender.dispatch(job, fault) };
  };

  const transactionView = (transaction: Transaction): SandboxTransaction => ({
    id: transaction.id,
    flwRef: transaction.flwRef,
    status: transaction.status,
    paymentType: transaction.paymentType,
    network: transaction.network,
    phone: transaction.phone,
    createdAt: transaction.createdAt,
    webhook: sender.fateOf(transaction.id),
    deliveries: sender.deliveries(transaction.id),
  });

  const payments = (): SandboxPayment[] =>
    book.list().map((payment) => ({
      txRef: payment.txRef,
      link: checkoutLink(payment),
      amount: payment.amount,
      currency: payment.currency,
      state: payment.state,
      redirectUrl: payment.redirectUrl,
      methods: payment.methods,
      customer: payment.customer,
      customizations: payment.customizations,
      meta: payment.meta,
      createdAt: payment.createdAt,
      expiresAt: payment.expiresAt,
      transactions: payment.transactions.map(transactionView),
    }));

  const complete = async (txRef: string, input: CompleteInput): Promise<Completion> => {
    const payment = book.byReference(txRef);
    if (!payment) throw new ControlError(404, `no payment with tx_ref ${txRef}`);
    const { status } = input;
    if (status !== 'successful' && status !== 'failed' && status !== 'pending') {
      throw new ControlError(400, 'status must be "successful", "failed" or "pending"');
    }
    const paymentType =
      input.paymentType ??
      (payment.methods.includes('mobilemoneyfranco') ? 'mobilemoneyfranco' : 'card');
    if (paymentType !== 'mobilemoneyfranco' && paymentType !== 'card') {
      throw new ControlError(400, 'paymentType must be "mobilemoneyfranco" or "card"');
    }
    if (input.network !== undefined && input.network !== 'MTN' && input.network !== 'ORANGE') {
      throw new ControlError(400, 'network must be "MTN" or "ORANGE"');
    }
    if (input.phone !== undefined && !/^\d{6,15}$/.test(String(input.phone))) {
      throw new ControlError(400, 'phone must be digits with the country code, e.g. 237671234567');
    }
    const phone = input.phone ?? payment.customer.phonenumber ?? DEFAULT_PHONE;
    try {
      const settled = settle(payment, {
        status,
        paymentType,
        network: input.network ?? networkOf(phone),
        phone,
      });
      const webhooks = await settled.webhooks;
      const { transaction } = settled;
      return {
        transaction: transactionView(transaction),
        redirectUrl:
          transaction.status === 'pending'
            ? null
            : returnUrl(payment, transaction.status, transaction.id),
        webhooks,
      };
    } catch (error) {
      if (error instanceof AttemptRefusal) {
        throw new ControlError(
          error.reason === 'expired' ? 410 : error.reason === 'paid' ? 409 : 400,
          error.message,
        );
      }
      throw error;
    }
  };

  const redeliver = (transactionId: number): Promise<WebhookDelivery> | null => {
    const job = jobs.get(transactionId);
    return job ? sender.redeliver(job) : null;
  };

  const setWebhookUrl = (next: string | null): void => {
    if (!validWebhookUrl(next)) throw new ControlError(400, 'url must be http(s) or null');
    webhookUrl = next;
  };

  const reset = (): void => {
    timers.clear();
    sender.clear();
    book.clear();
    jobs.clear();
    webhookFaults.clear();
    verifyFaults.clear();
  };

  const jsonBody = (rawBody: string): Record<string, unknown> => {
    let body: unknown;
    try {
      body = rawBody === '' ? {} : JSON.parse(rawBody);
    } catch {
      throw new ControlError(400, 'the body must be JSON');
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw new ControlError(400, 'the body must be a JSON object');
    }
    return body as Record<string, unknown>;
  };

  const answerControl = async (
    method: string,
    route: string[],
    query: URLSearchParams,
    rawBody: string,
    req: IncomingMessage,
  ): Promise<Answer> => {
    const path = route.join('/');
    if (path === 'health') {
      return method === 'GET'
        ? { status: 200, json: { ok: true } }
        : { status: 405, json: { error: 'method not allowed' } };
    }
    if (req.headers.authorization !== `Bearer ${token}`) {
      return {
        status: 401,
        json: { error: 'the sandbox token is required: Authorization: Bearer <token>' },
      };
    }
    const expect = (allowed: string) => {
      if (method !== allowed) throw new ControlError(405, 'method not allowed');
    };
    if (route[0] === 'payments' && route.length === 3 && route[2] === 'complete') {
      expect('POST');
      const body = jsonBody(rawBody);
      return {
        status: 200,
        json: await complete(decodeURIComponent(route[1]!), body as unknown as CompleteInput),
      };
    }
    switch (path) {
      case 'payments': {
        expect('GET');
        const txRef = query.get('tx_ref');
        const list = payments().filter((payment) => !txRef || payment.txRef === txRef);
        return { status: 200, json: { payments: list } };
      }
      case 'webhooks': {
        expect('GET');
        const id = query.get('transaction_id');
        return {
          status: 200,
          json: { webhooks: sender.deliveries(id === null ? undefined : Number(id)) },
        };
      }
      case 'webhooks/redeliver': {
        expect('POST');
        const body = jsonBody(rawBody);
        const id = Number(body.transaction_id ?? body.transactionId);
        const redelivered = Number.isInteger(id) ? redeliver(id) : null;
        if (!redelivered) throw new ControlError(404, 'no settled transaction with that id');
        return { status: 200, json: { webhook: await redelivered } };
      }
      case 'webhooks/release':
        expect('POST');
        return { status: 200, json: { webhooks: await sender.releaseHeld() } };
      case 'webhook-url': {
        expect('PUT');
        const body = jsonBody(rawBody);
        setWebhookUrl((body.url ?? null) as string | null);
        return { status: 200, json: { webhookUrl } };
      }
      case 'faults':
        if (method === 'DELETE') {
          webhookFaults.clear();
          verifyFaults.clear();
          return { status: 200, json: { webhooks: [], verify: [] } };
        }
        expect('GET');
        return {
          status: 200,
          json: { webhooks: webhookFaults.list(), verify: verifyFaults.list() },
        };
      case 'faults/webhooks':
      case 'faults/verify': {
        expect('POST');
        const body = jsonBody(rawBody);
        if (path === 'faults/webhooks') {
          const fault = readWebhookFault(body);
          if (typeof fault === 'string') throw new ControlError(400, fault);
          webhookFaults.add(fault);
        } else {
          const fault = readVerifyFault(body);
          if (typeof fault === 'string') throw new ControlError(400, fault);
          verifyFaults.add(fault);
        }
        return {
          status: 200,
          json: { webhooks: webhookFaults.list(), verify: verifyFaults.list() },
        };
      }
      case 'reset':
        expect('POST');
        reset();
        return { status: 200, json: { ok: true } };
      default:
        throw new ControlError(404, 'no such control endpoint');
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = req.method ?? 'GET';
    const requestUrl = new URL(req.url ?? '/', 'http://sandbox');
    const body = await readBody(req, BODY_LIMIT_BYTES);
    const segments = requestUrl.pathname.split('/').filter((segment) => segment !== '');
    if (segments[0] === '_sandbox') {
      try {
        writeAnswer(
          res,
          await answerControl(method, segments.slice(1), requestUrl.searchParams, body, req),
        );
      } catch (error) {
        if (!(error instanceof ControlError)) throw error;
        writeAnswer(res, { status: error.status, json: { error: error.message } });
      }
    } else if (requestUrl.pathname === '/favicon.ico') {
      // Browsers ask for it on the checkout page; a 404 there is noise in e2e consoles.
      writeAnswer(res, { status: 204 });
    } else if (segments[0] === 'v3' && segments[1] === 'hosted' && segments[2] === 'pay') {
      writeAnswer(
        res,
        answerCheckout(method, segments.slice(3).join('/'), body, {
          book,
          merchantName,
          // Flutterwave sends the browser back without waiting for the webhook's answer.
          complete: (payment, input) => settle(payment, input).transaction,
        }),
      );
    } else if (segments[0] === 'v3') {
      writeAnswer(
        res,
        answerApi(
          {
            method,
            segments: segments.slice(1),
            query: requestUrl.searchParams,
            authorization: req.headers.authorization,
            body,
          },
          {
            secretKey: credentials.secretKey,
            book,
            verifyFaults,
            checkoutLink,
            transactionContext,
          },
        ),
      );
    } else {
      writeAnswer(res, flutterwaveError(404, `Cannot ${method} ${requestUrl.pathname}`));
    }
  };

  const server = sandboxServer('flutterwave', handle);
  const port = await listen(server, options.port ?? 0, host);
  url = `http://${visibleHost(host)}:${port}`;

  return {
    url,
    token,
    ...credentials,
    merchantName,
    get webhookUrl() {
      return webhookUrl;
    },
    setWebhookUrl,
    payments,
    complete,
    redeliver,
    addWebhookFault: (fault) => webhookFaults.add(fault),
    addVerifyFault: (fault) => verifyFaults.add(fault),
    clearFaults: () => {
      webhookFaults.clear();
      verifyFaults.clear();
    },
    releaseHeldWebhooks: () => sender.releaseHeld(),
    webhooks: () => sender.deliveries(),
    reset,
    stop: () => {
      reset();
      return closeServer(server);
    },
  };
}

/**
 * The Edge Functions' variables that point WCAP's Flutterwave client and `flutterwave-webhook`
 * at this sandbox. `FLUTTERWAVE_API_URL` is the v3 base, as `https://api.flutterwave.com/v3`.
 */
export function flutterwaveSandboxEnv(
  sandbox: Pick<FlutterwaveSandbox, 'url' | 'secretKey' | 'secretHash'>,
): Record<string, string> {
  return {
    FLUTTERWAVE_API_URL: `${sandbox.url}/v3`,
    FLUTTERWAVE_SECRET_KEY: sandbox.secretKey,
    FLUTTERWAVE_SECRET_HASH: sandbox.secretHash,
  };
}

export type { VerifyFault, WebhookDelivery, WebhookFate, WebhookFault };
