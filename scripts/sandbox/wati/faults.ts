/** Misbehaviours to exercise WCAP's error handling and benchmarks with. */
export interface WatiSandboxFaults {
  /** Share (0..1) of API calls answered 503 before anything is accepted. */
  unavailableRate?: number;
  /**
   * Share (0..1) of message-sending calls answered with `errorAfterAcceptStatus` although the
   * messages were accepted: they are recorded and their webhooks follow, as after a gateway timeout.
   */
  errorAfterAcceptRate?: number;
  errorAfterAcceptStatus?: 500 | 502 | 504;
  /** The next `requests` API calls get 429 with `Retry-After: retryAfterSeconds` (default 1). */
  rateLimitBurst?: { requests: number; retryAfterSeconds?: number };
  /** Every API answer is held back this long, after the work is done. */
  delayMs?: number;
  /** The monthly usage quota is spent: every API call gets 429 "usage limit reached". */
  quotaExhausted?: boolean;
}

interface FaultState {
  faults: WatiSandboxFaults;
  burstLeft: number;
}

/** Faults for all tenants, overridden per tenant; bursts are counted down as they are served. */
export class FaultBook {
  private global: FaultState;
  private readonly perTenant = new Map<string, FaultState>();

  constructor(faults: WatiSandboxFaults = {}) {
    this.global = stateOf(faults);
  }

  set(faults: WatiSandboxFaults, tenantId?: string): void {
    if (tenantId === undefined) this.global = stateOf(faults);
    else this.perTenant.set(tenantId, stateOf(faults));
  }

  faultsFor(tenantId: string): WatiSandboxFaults {
    return this.stateFor(tenantId).faults;
  }

  /** Takes one request from the current 429 burst; the Retry-After seconds, or null when none. */
  takeBurst(tenantId: string): number | null {
    const state = this.stateFor(tenantId);
    if (state.burstLeft <= 0) return null;
    state.burstLeft -= 1;
    return state.faults.rateLimitBurst?.retryAfterSeconds ?? 1;
  }

  reset(faults: WatiSandboxFaults): void {
    this.global = stateOf(faults);
    this.perTenant.clear();
  }

  private stateFor(tenantId: string): FaultState {
    return this.perTenant.get(tenantId) ?? this.global;
  }
}

function stateOf(faults: WatiSandboxFaults): FaultState {
  return { faults, burstLeft: faults.rateLimitBurst?.requests ?? 0 };
}

const RATES = ['unavailableRate', 'errorAfterAcceptRate'] as const;

/** Reads faults from a control request body; a string says what is wrong. */
export function readFaults(body: Record<string, unknown>): WatiSandboxFaults | string {
  const faults: WatiSandboxFaults = {};
  for (const key of RATES) {
    const value = body[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || value < 0 || value > 1)
      return `${key} must be between 0 and 1`;
    faults[key] = value;
  }
  const { errorAfterAcceptStatus, rateLimitBurst, delayMs, quotaExhausted } = body;
  if (errorAfterAcceptStatus !== undefined) {
    if (
      errorAfterAcceptStatus !== 500 &&
      errorAfterAcceptStatus !== 502 &&
      errorAfterAcceptStatus !== 504
    ) {
      return 'errorAfterAcceptStatus must be 500, 502 or 504';
    }
    faults.errorAfterAcceptStatus = errorAfterAcceptStatus;
  }
  if (rateLimitBurst !== undefined) {
    const { requests, retryAfterSeconds } = (rateLimitBurst ?? {}) as Record<string, unknown>;
    if (typeof requests !== 'number' || !Number.isInteger(requests) || requests < 0) {
      return 'rateLimitBurst.requests must be a whole number';
    }
    if (
      retryAfterSeconds !== undefined &&
      (typeof retryAfterSeconds !== 'number' || retryAfterSeconds < 0)
    ) {
      return 'rateLimitBurst.retryAfterSeconds must be a number of seconds';
    }
    faults.rateLimitBurst = { requests, retryAfterSeconds };
  }
  if (delayMs !== undefined) {
    if (typeof delayMs !== 'number' || delayMs < 0)
      return 'delayMs must be a number of milliseconds';
    faults.delayMs = delayMs;
  }
  if (quotaExhausted !== undefined) {
    if (typeof quotaExhausted !== 'boolean') return 'quotaExhausted must be true or false';
    faults.quotaExhausted = quotaExhausted;
  }
  return faults;
}
