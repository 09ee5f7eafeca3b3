import type { TransactionStatus } from './payments';

// Misbehaviours to test WCAP's webhook handler and its verification with (issue 18: late,
// duplicated, forged, out-of-order or missing webhooks; a verify that disagrees). Each rule
// applies to one payment (`txRef`) or to all, for its next `times` uses or until cleared; the
// newest matching rule wins.

/** How a webhook header is written: the right value, a wrong one, or no header. */
export type HeaderMode = 'valid' | 'wrong' | 'missing';

export interface WebhookFault {
  txRef?: string;
  /** Webhooks this rule applies to before it goes; none: until cleared. */
  times?: number;
  /** Posted this long after the payment completed. */
  delayMs?: number;
  /** Posted this many times at once, same bytes and headers. */
  copies?: number;
  verifHash?: HeaderMode;
  signature?: HeaderMode;
  /** Never posted. */
  drop?: boolean;
  /** Held until this many are held under the rule, then posted newest first. */
  outOfOrder?: number;
}

export interface VerifyFault {
  txRef?: string;
  transactionId?: number;
  /** Verification answers this rule changes before it goes; none: until cleared. */
  times?: number;
  /** Replaces `amount` and `charged_amount`. */
  amount?: number;
  currency?: string;
  status?: TransactionStatus;
  /**
   * Flutterwave down or busy: the verification is answered with this status (429 or 5xx) in the
   * error body instead, whether or not a transaction exists.
   */
  httpStatus?: number;
}

/** The statuses an `httpStatus` fault answers: Flutterwave busy (429) or failing (5xx). */
const OUTAGE_STATUSES = [429, 500, 502, 503, 504];

interface Entry<Rule> {
  rule: Rule;
  left: number | null;
}

export class FaultRules<Rule extends { times?: number }> {
  private entries: Entry<Rule>[] = [];

  add(rule: Rule): void {
    this.entries.push({ rule, left: rule.times ?? null });
  }

  /** The newest rule that matches, one use of it taken. */
  take(matches: (rule: Rule) => boolean): Rule | null {
    for (let index = this.entries.length - 1; index >= 0; index -= 1) {
      const entry = this.entries[index]!;
      if (!matches(entry.rule)) continue;
      if (entry.left !== null) {
        entry.left -= 1;
        if (entry.left <= 0) this.entries.splice(index, 1);
      }
      return entry.rule;
    }
    return null;
  }

  /** The rules in force, with the uses they have left (null: until cleared). */
  list(): (Rule & { left: number | null })[] {
    return this.entries.map(({ rule, left }) => ({ ...rule, left }));
  }

  clear(): void {
    this.entries = [];
  }
}

const HEADER_MODES: HeaderMode[] = ['valid', 'wrong', 'missing'];

function wholeNumber(value: unknown, min: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min;
}

function commonFields(body: Record<string, unknown>): { txRef?: string; times?: number } | string {
  const { txRef, times } = body;
  if (txRef !== undefined && (typeof txRef !== 'string' || txRef === '')) {
    return 'txRef must be a non-empty string';
  }
  if (times !== undefined && !wholeNumber(times, 1)) return 'times must be a whole number ≥ 1';
  return { txRef, times };
}

function unknownKeys(body: Record<string, unknown>, known: string[]): string | null {
  const unknown = Object.keys(body).filter((key) => !known.includes(key));
  return unknown.length > 0 ? `unknown fields: ${unknown.join(', ')}` : null;
}

/** A webhook rule from a control request's body; a string says what is wrong. */
export function readWebhookFault(body: Record<string, unknown>): WebhookFault | string {
  const unknown = unknownKeys(body, [
    'txRef',
    'times',
    'delayMs',
    'copies',
    'verifHash',
    'signature',
    'drop',
    'outOfOrder',
  ]);
  if (unknown) return unknown;
  const common = commonFields(body);
  if (typeof common === 'string') return common;
  const fault: WebhookFault = { ...common };
  const { delayMs, copies, verifHash, signature, drop, outOfOrder } = body;
  if (delayMs !== undefined) {
    if (!wholeNumber(delayMs, 0)) return 'delayMs must be a whole number of milliseconds';
    fault.delayMs = delayMs;
  }
  if (copies !== undefined) {
    if (!wholeNumber(copies, 1) || copies > 100) return 'copies must be a whole number, 1 to 100';
    fault.copies = copies;
  }
  for (const [name, value] of [
    ['verifHash', verifHash],
    ['signature', signature],
  ] as const) {
    if (value === undefined) continue;
    if (!HEADER_MODES.includes(value as HeaderMode)) {
      return `${name} must be "valid", "wrong" or "missing"`;
    }
    fault[name] = value as HeaderMode;
  }
  if (drop !== undefined) {
    if (typeof drop !== 'boolean') return 'drop must be true or false';
    fault.drop = drop;
  }
  if (outOfOrder !== undefined) {
    if (!wholeNumber(outOfOrder, 2)) return 'outOfOrder must be a whole number ≥ 2';
    fault.outOfOrder = outOfOrder;
  }
  return fault;
}

/** A verification rule from a control request's body; a string says what is wrong. */
export function readVerifyFault(body: Record<string, unknown>): VerifyFault | string {
  const unknown = unknownKeys(body, [
    'txRef',
    'transactionId',
    'times',
    'amount',
    'currency',
    'status',
    'httpStatus',
  ]);
  if (unknown) return unknown;
  const common = commonFields(body);
  if (typeof common === 'string') return common;
  const fault: VerifyFault = { ...common };
  const { transactionId, amount, currency, status, httpStatus } = body;
  if (transactionId !== undefined) {
    if (!wholeNumber(transactionId, 1)) return 'transactionId must be a transaction id';
    fault.transactionId = transactionId;
  }
  if (amount !== undefined) {
    if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) {
      return 'amount must be a number ≥ 0';
    }
    fault.amount = amount;
  }
  if (currency !== undefined) {
    if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) {
      return 'currency must be an ISO 4217 code such as XOF';
    }
    fault.currency = currency;
  }
  if (status !== undefined) {
    if (status !== 'pending' && status !== 'successful' && status !== 'failed') {
      return 'status must be "pending", "successful" or "failed"';
    }
    fault.status = status;
  }
  if (httpStatus !== undefined) {
    if (!OUTAGE_STATUSES.includes(httpStatus as number)) {
      return `httpStatus must be one of ${OUTAGE_STATUSES.join(', ')}`;
    }
    fault.httpStatus = httpStatus as number;
  }
  const changes = [fault.amount, fault.currency, fault.status, fault.httpStatus];
  if (changes.every((change) => change === undefined)) {
    return 'a verify fault changes amount, currency or status, or answers an httpStatus';
  }
  return fault;
}
