import { FaultRules } from '../flutterwave/faults';
import { SandboxInputError } from './inbound';
import { phoneDigits } from './outbox';

// Sends the provider refuses although they are right, as Meta and Twilio do when they fail or are
// busy: to test what WCAP does when an answer it owes someone (and may have charged for) cannot
// go out. A fault applies to one recipient or to all, for its next `times` sends or until cleared;
// the newest matching fault wins (the Flutterwave sandbox's rules).

/**
 * How the provider fails: `server_error` is Meta's 131000 « Something went wrong » (HTTP 500) and
 * Twilio's 20500 (500); `rate_limit` is Meta's throughput limit 130429 (HTTP 400, as Graph answers
 * its rate limits) and Twilio's 20429 (429).
 */
export type SendFailure = 'server_error' | 'rate_limit';

export interface SendFault {
  /** E.164: sends to this number only; none: every send. */
  to?: string;
  /** Sends this fault refuses before it goes; none: until cleared. */
  times?: number;
  failure: SendFailure;
}

const FAILURES: SendFailure[] = ['server_error', 'rate_limit'];

export class SendFaults {
  private readonly rules = new FaultRules<SendFault>();

  add(fault: SendFault): void {
    this.rules.add(fault);
  }

  /** The failure for a valid send to `to` (E.164), one use of its fault taken; null: it goes. */
  take(to: string): SendFailure | null {
    const digits = phoneDigits(to);
    return (
      this.rules.take((rule) => rule.to === undefined || phoneDigits(rule.to) === digits)
        ?.failure ?? null
    );
  }

  /** The faults in force, with the sends they have left (null: until cleared). */
  list(): (SendFault & { left: number | null })[] {
    return this.rules.list();
  }

  clear(): void {
    this.rules.clear();
  }
}

/** A fault from a control body or in-process input; a wrong one throws SandboxInputError. */
export function readSendFault(value: unknown): SendFault {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new SandboxInputError('the body must be {to?, times?, failure?}');
  }
  const body = value as Record<string, unknown>;
  const unknown = Object.keys(body).filter((key) => !['to', 'times', 'failure'].includes(key));
  if (unknown.length > 0) throw new SandboxInputError(`unknown fields: ${unknown.join(', ')}`);
  const { to, times, failure = 'server_error' } = body;
  if (to !== undefined && (typeof to !== 'string' || !/^\+[1-9]\d{6,14}$/.test(to))) {
    throw new SandboxInputError('to must be a number in E.164 form, e.g. +237671234567');
  }
  if (
    times !== undefined &&
    !(typeof times === 'number' && Number.isInteger(times) && times >= 1)
  ) {
    throw new SandboxInputError('times must be a whole number ≥ 1');
  }
  if (!FAILURES.includes(failure as SendFailure)) {
    throw new SandboxInputError(`failure must be one of ${FAILURES.join(', ')}`);
  }
  return {
    ...(to === undefined ? {} : { to }),
    ...(times === undefined ? {} : { times }),
    failure: failure as SendFailure,
  };
}
