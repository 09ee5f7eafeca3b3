export type Provider = 'meta' | 'twilio';

/** A message the platform sent, as a test reads it back. */
export interface SentMessage {
  /** The provider's id: `wamid.…` (Meta) or `SM…` (Twilio). */
  id: string;
  provider: Provider;
  /** E.164, `+` and digits. */
  to: string;
  kind: 'text' | 'template';
  /** What the person reads. */
  text: string;
  /** The code an authentication template carried. */
  code?: string;
  /** `contentSid` for Twilio's content templates. */
  template?: { name: string; language: string; contentSid?: string };
  /** ISO-8601. */
  at: string;
}

/** Digits only: `+237 6 71…`, `237671…` and a `+` a query string turned into a space all match. */
export function phoneDigits(phone: string): string {
  return phone.replace(/\D/g, '');
}

/** What was sent, oldest first; only the newest `limit` are kept, so a benchmark does not grow it. */
export class Outbox {
  private sent: SentMessage[] = [];

  constructor(private readonly limit: number) {}

  add(message: SentMessage): void {
    this.sent.push(message);
    // Trimmed in chunks: dropping one at a time would copy the array at every send.
    if (this.sent.length >= this.limit + Math.ceil(this.limit / 10)) {
      this.sent = this.sent.slice(-this.limit);
    }
  }

  list(to?: string): SentMessage[] {
    const kept = this.sent.slice(-this.limit);
    const digits = to === undefined ? undefined : phoneDigits(to);
    return structuredClone(
      digits === undefined ? kept : kept.filter((message) => phoneDigits(message.to) === digits),
    );
  }
}
