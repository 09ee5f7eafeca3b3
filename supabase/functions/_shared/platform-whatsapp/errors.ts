export type WhatsAppProvider = 'meta' | 'twilio';

/**
 * How a send failed:
 * - `refused`: the provider answered with an error (`providerCode` says which);
 * - `timeout`: no full answer in time; the message may still go out;
 * - `network`: the request failed on the way (connection refused, reset, DNS…);
 * - `unreadable`: a success status whose answer names no message id.
 */
export type PlatformWhatsAppErrorKind = 'refused' | 'timeout' | 'network' | 'unreadable';

export interface PlatformWhatsAppErrorInit {
  provider: WhatsAppProvider;
  operation: 'sendText' | 'sendCode';
  kind: PlatformWhatsAppErrorKind;
  /** The HTTP status, or null when no answer was read. */
  status: number | null;
  /** The provider's own error code (Meta `error.code`, Twilio `code`), as text. */
  providerCode: string | null;
  /** What went wrong, already free of the code, the number and the credentials. */
  detail: string;
}

// Meta: API call limits (4, 80007), throughput (130429), spam limit (131048), pair limit (131056).
// Twilio: too many requests (20429), WhatsApp rate limit (63018).
const RATE_LIMIT_CODES: Record<WhatsAppProvider, ReadonlySet<string>> = {
  meta: new Set(['4', '80007', '130429', '131048', '131056']),
  twilio: new Set(['20429', '63018']),
};

/**
 * A send the platform provider did not take. Its message names the provider, the operation, the
 * status and the provider's code; never the recipient, the code sent or a request body, so it can
 * be logged as is.
 */
export class PlatformWhatsAppError extends Error {
  override readonly name = 'PlatformWhatsAppError';
  readonly provider: WhatsAppProvider;
  readonly operation: 'sendText' | 'sendCode';
  readonly kind: PlatformWhatsAppErrorKind;
  readonly status: number | null;
  readonly providerCode: string | null;

  constructor(init: PlatformWhatsAppErrorInit) {
    const facts = [
      init.status === null ? null : `HTTP ${init.status}`,
      init.providerCode === null ? null : `provider code ${init.providerCode}`,
    ].filter((fact) => fact !== null);
    super(
      `${init.provider} ${init.operation} ${init.kind}` +
        `${facts.length > 0 ? ` (${facts.join(', ')})` : ''}: ${init.detail}`,
    );
    this.provider = init.provider;
    this.operation = init.operation;
    this.kind = init.kind;
    this.status = init.status;
    this.providerCode = init.providerCode;
  }

  /** Too many messages for now: worth trying again later, not a wrong number or template. */
  get rateLimited(): boolean {
    return (
      this.status === 429 ||
      (this.providerCode !== null && RATE_LIMIT_CODES[this.provider].has(this.providerCode))
    );
  }
}
