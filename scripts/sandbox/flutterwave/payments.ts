import { randomBytes } from 'node:crypto';

// Payments started with `POST /v3/payments` (reference §C1) and the transactions made when the
// person acts on the hosted checkout: as on Flutterwave, a transaction (with its numeric id) exists
// only once someone tried to pay, so a reference nobody tried yet is "not found" on verification.

export type TransactionStatus = 'pending' | 'successful' | 'failed';
export type PaymentType = 'mobilemoneyfranco' | 'card';
export type Network = 'MTN' | 'ORANGE';
/** `initiated`: the link exists, nobody tried; then the latest thing that happened to it. */
export type PaymentState = 'initiated' | TransactionStatus | 'cancelled';

export interface Customer {
  email: string;
  /** Digits, as given. */
  phonenumber: string | null;
  name: string | null;
}

export interface Transaction {
  id: number;
  txRef: string;
  flwRef: string;
  paymentType: PaymentType;
  /** Mobile money only. */
  network: Network | null;
  /** Mobile money only: the number the prompt went to, digits with the country code. */
  phone: string | null;
  status: TransactionStatus;
  /** ISO-8601. */
  createdAt: string;
}

export interface Payment {
  /** The last segment of the hosted link. */
  linkId: string;
  txRef: string;
  /** Whole francs. */
  amount: number;
  currency: 'XAF';
  redirectUrl: string;
  /** What the hosted page offers, from `payment_options`. */
  methods: PaymentType[];
  customer: Customer;
  customizations: { title: string | null; description: string | null; logo: string | null };
  meta: Record<string, unknown> | null;
  createdAt: string;
  /** From `session_duration`; null: no limit. */
  expiresAt: string | null;
  state: PaymentState;
  /** Oldest first; a refused attempt may be followed by another one on the same link. */
  transactions: Transaction[];
}

/** What `POST /v3/payments` refuses, answered 400 in Flutterwave's error body. */
export class PaymentRequestError extends Error {}

export type PaymentRequest = Omit<
  Payment,
  'linkId' | 'createdAt' | 'expiresAt' | 'state' | 'transactions'
> & { sessionMinutes: number | null };

const MAX_SESSION_MINUTES = 1440;
/** Every option Flutterwave's Standard checkout names (reference §C1); XAF offers two of them. */
const KNOWN_OPTIONS = new Set([
  'card',
  'account',
  'banktransfer',
  'mpesa',
  'mobilemoneyrwanda',
  'mobilemoneyzambia',
  'qr',
  'mobilemoneyuganda',
  'ussd',
  'credit',
  'barter',
  'mobilemoneyghana',
  'payattitude',
  'mobilemoneyfranco',
  'mobilemoneytanzania',
  'paga',
  '1voucher',
  'opay',
  'applepay',
  'googlepay',
  'enaira',
]);
const XAF_METHODS: PaymentType[] = ['mobilemoneyfranco', 'card'];

function record(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function optionalText(value: unknown, name: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new PaymentRequestError(`${name} must be a string`);
  return value.trim() === '' ? null : value.trim();
}

function httpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** Flutterwave takes the amount as a number or a numeric string, in major units. */
function readAmount(value: unknown): number {
  if (value === undefined || value === null || value === '') {
    throw new PaymentRequestError('amount is required');
  }
  const amount =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value)
        ? Number(value)
        : NaN;
  if (!Number.isFinite(amount) || amount <= 0) {
    throw new PaymentRequestError('amount must be a number greater than 0');
  }
  // XAF has no minor unit (ISO 4217 exponent 0): a decimal amount is a bug in the caller.
  if (!Number.isInteger(amount)) {
    throw new PaymentRequestError('amount must be a whole number of francs for XAF');
  }
  return amount;
}

export function readPaymentRequest(value: unknown): PaymentRequest {
  const body = record(value);
  if (!body) throw new PaymentRequestError('the request body must be a JSON object');
  const txRef = optionalText(body.tx_ref, 'tx_ref');
  if (txRef === null) throw new PaymentRequestError('tx_ref is required');
  if (txRef.length > 100) throw new PaymentRequestError('tx_ref must be at most 100 characters');
  const currency = body.currency ?? 'NGN';
  // Checked before the amount: whole francs are an XAF rule.
  if (currency !== 'XAF') {
    throw new PaymentRequestError(
      `currency must be XAF in the WCAP sandbox, not ${JSON.stringify(currency)} (Flutterwave takes NGN when it is missing)`,
    );
  }
  const amount = readAmount(body.amount);
  const redirectUrl = optionalText(body.redirect_url, 'redirect_url');
  if (redirectUrl === null) throw new PaymentRequestError('redirect_url is required');
  if (!httpUrl(redirectUrl)) throw new PaymentRequestError('redirect_url must be an http(s) URL');

  const customerField = record(body.customer);
  const email = optionalText(customerField?.email, 'customer.email');
  if (email === null) throw new PaymentRequestError('customer.email is required');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    throw new PaymentRequestError('customer.email must be a valid email address');
  }
  const phonenumber = optionalText(customerField?.phonenumber, 'customer.phonenumber');
  if (phonenumber !== null && !/^\+?\d{6,15}$/.test(phonenumber.replace(/[\s-]/g, ''))) {
    throw new PaymentRequestError('customer.phonenumber must be a phone number');
  }

  const options = optionalText(body.payment_options, 'payment_options');
  const requested = (options ?? '')
    .split(',')
    .map((option) => option.trim().toLowerCase())
    .filter((option) => option !== '');
  const unknown = requested.filter((option) => !KNOWN_OPTIONS.has(option));
  if (unknown.length > 0) {
    throw new PaymentRequestError(`payment_options has unknown options: ${unknown.join(', ')}`);
  }
  // No option: everything the currency allows.
  const methods = XAF_METHODS.filter(
    (method) => requested.length === 0 || requested.includes(method),
  );
  if (methods.length === 0) {
    throw new PaymentRequestError(
      'payment_options offers nothing payable in XAF: use mobilemoneyfranco and/or card',
    );
  }

  const customizations = body.customizations === undefined ? {} : record(body.customizations);
  if (!customizations) throw new PaymentRequestError('customizations must be an object');
  const logo = optionalText(customizations.logo, 'customizations.logo');
  if (logo !== null && !httpUrl(logo)) {
    throw new PaymentRequestError('customizations.logo must be an http(s) URL');
  }
  const meta = body.meta === undefined || body.meta === null ? null : record(body.meta);
  if (body.meta !== undefined && body.meta !== null && !meta) {
    throw new PaymentRequestError('meta must be an object');
  }

  let sessionMinutes: number | null = null;
  if (body.session_duration !== undefined) {
    const minutes = Number(body.session_duration);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_SESSION_MINUTES) {
      throw new PaymentRequestError(
        `session_duration must be a whole number of minutes from 1 to ${MAX_SESSION_MINUTES}`,
      );
    }
    sessionMinutes = minutes;
  }
  if (body.max_retry_attempt !== undefined) {
    const attempts = Number(body.max_retry_attempt);
    if (!Number.isInteger(attempts) || attempts < 0) {
      throw new PaymentRequestError('max_retry_attempt must be a whole number');
    }
  }

  return {
    txRef,
    amount,
    currency: 'XAF',
    redirectUrl,
    methods,
    customer: {
      email,
      phonenumber: phonenumber === null ? null : phonenumber.replace(/\D/g, ''),
      name: optionalText(customerField?.name, 'customer.name'),
    },
    customizations: {
      title: optionalText(customizations.title, 'customizations.title'),
      description: optionalText(customizations.description, 'customizations.description'),
      logo,
    },
    meta,
    sessionMinutes,
  };
}

export interface AttemptInput {
  status: TransactionStatus;
  paymentType: PaymentType;
  network: Network | null;
  phone: string | null;
}

/** Why an attempt cannot be made: the control endpoint answers 409 / 410, the page says so. */
export class AttemptRefusal extends Error {
  constructor(
    readonly reason: 'paid' | 'expired' | 'method',
    message: string,
  ) {
    super(message);
  }
}

// Ids count up from a clock, so that a restarted sandbox never hands out an id WCAP's ledger
// already holds (`flw:<transaction_id>`): ten a second, 9 digits like Flutterwave's.
const ID_EPOCH = Date.UTC(2024, 0, 1);

export class PaymentBook {
  private readonly byTxRef = new Map<string, Payment>();
  private readonly byLinkId = new Map<string, Payment>();
  private readonly byTransactionId = new Map<
    number,
    { payment: Payment; transaction: Transaction }
  >();
  private readonly customers = new Map<string, { id: number; createdAt: string }>();
  private lastId = 0;

  /**
   * A new payment, or the same one again when the same request comes twice before anyone tried
   * to pay (a caller retrying after a timeout); any other reuse of a `tx_ref` is refused.
   */
  initiate(request: PaymentRequest): Payment {
    const existing = this.byTxRef.get(request.txRef);
    if (existing) {
      const same =
        existing.state === 'initiated' &&
        existing.amount === request.amount &&
        existing.redirectUrl === request.redirectUrl &&
        existing.customer.email === request.customer.email;
      if (same) return existing;
      throw new PaymentRequestError(
        `a payment with tx_ref ${request.txRef} already exists: use a new tx_ref for each payment`,
      );
    }
    const now = new Date();
    const { sessionMinutes, ...fields } = request;
    const payment: Payment = {
      ...fields,
      linkId: randomBytes(12).toString('hex'),
      createdAt: now.toISOString(),
      expiresAt:
        sessionMinutes === null
          ? null
          : new Date(now.getTime() + sessionMinutes * 60_000).toISOString(),
      state: 'initiated',
      transactions: [],
    };
    this.byTxRef.set(payment.txRef, payment);
    this.byLinkId.set(payment.linkId, payment);
    return payment;
  }

  byLink(linkId: string): Payment | null {
    return this.byLinkId.get(linkId) ?? null;
  }

  byReference(txRef: string): Payment | null {
    return this.byTxRef.get(txRef) ?? null;
  }

  transaction(id: number): { payment: Payment; transaction: Transaction } | null {
    return this.byTransactionId.get(id) ?? null;
  }

  /** What verifying a reference answers: its successful transaction, else the latest one. */
  transactionForReference(txRef: string): Transaction | null {
    const transactions = this.byTxRef.get(txRef)?.transactions ?? [];
    return (
      transactions.find((transaction) => transaction.status === 'successful') ??
      transactions.at(-1) ??
      null
    );
  }

  /** Flutterwave keeps one customer per email; transactions carry its id. */
  customerOf(email: string): { id: number; createdAt: string } {
    let customer = this.customers.get(email.toLowerCase());
    if (!customer) {
      customer = { id: this.nextId(), createdAt: new Date().toISOString() };
      this.customers.set(email.toLowerCase(), customer);
    }
    return customer;
  }

  expired(payment: Payment, at = new Date()): boolean {
    return payment.expiresAt !== null && at.getTime() > Date.parse(payment.expiresAt);
  }

  /**
   * Someone approves, refuses or is still being asked: a pending transaction is settled in place
   * (mobile money answers later on the same transaction), otherwise a new one is made.
   */
  attempt(payment: Payment, input: AttemptInput): Transaction {
    if (payment.transactions.some((transaction) => transaction.status === 'successful')) {
      throw new AttemptRefusal('paid', `payment ${payment.txRef} is already paid`);
    }
    if (this.expired(payment)) {
      throw new AttemptRefusal('expired', `the checkout session of ${payment.txRef} has expired`);
    }
    if (!payment.methods.includes(input.paymentType)) {
      throw new AttemptRefusal(
        'method',
        `payment ${payment.txRef} does not offer ${input.paymentType} (payment_options)`,
      );
    }
    const latest = payment.transactions.at(-1);
    let transaction: Transaction;
    if (latest?.status === 'pending') {
      transaction = latest;
      transaction.status = input.status;
    } else {
      this.customerOf(payment.customer.email);
      transaction = {
        id: this.nextId(),
        txRef: payment.txRef,
        flwRef: `FLW-MOCK-${randomBytes(16).toString('hex')}`,
        paymentType: input.paymentType,
        network: input.paymentType === 'card' ? null : input.network,
        phone: input.paymentType === 'card' ? null : input.phone,
        status: input.status,
        createdAt: new Date().toISOString(),
      };
      payment.transactions.push(transaction);
      this.byTransactionId.set(transaction.id, { payment, transaction });
    }
    payment.state = transaction.status;
    return transaction;
  }

  /** The person left the checkout: no transaction, Flutterwave sends them back `cancelled`. */
  cancel(payment: Payment): void {
    if (payment.state !== 'successful') payment.state = 'cancelled';
  }

  list(): Payment[] {
    return structuredClone([...this.byTxRef.values()]);
  }

  clear(): void {
    this.byTxRef.clear();
    this.byLinkId.clear();
    this.byTransactionId.clear();
    this.customers.clear();
  }

  private nextId(): number {
    this.lastId = Math.max(this.lastId + 1, Math.floor((Date.now() - ID_EPOCH) / 100));
    return this.lastId;
  }
}
