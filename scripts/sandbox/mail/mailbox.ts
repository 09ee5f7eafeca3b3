/** A message as the sandbox received it over SMTP, in the shape its HTTP API returns. */
export interface MailMessage {
  id: string;
  /** The `From:` header as written (`WCAP <no-reply@wcap.local>`). */
  from: string;
  /** The SMTP envelope's recipients: Bcc included, as a mailbox receives them. */
  to: string[];
  subject: string;
  text: string;
  /** '' when the message has no HTML part. */
  html: string;
  /** The `Date:` header, else the time of arrival (ISO 8601). */
  date: string;
  receivedAt: string;
  /** Every header line, names in lower case (the last one wins when a name repeats). */
  headers: Record<string, string>;
}

export const DEFAULT_MAILBOX_LIMIT = 500;

/** The newest messages in memory, at most `limit` of them: older ones make room. */
export class Mailbox {
  private readonly messages: MailMessage[] = [];

  constructor(private readonly limit: number = DEFAULT_MAILBOX_LIMIT) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error('limit must be a whole number ≥ 1');
  }

  add(message: MailMessage): void {
    this.messages.push(message);
    if (this.messages.length > this.limit)
      this.messages.splice(0, this.messages.length - this.limit);
  }

  /** Newest first; `to` keeps the messages sent to that address (case-insensitive). */
  list(to?: string): MailMessage[] {
    const wanted = to?.trim().toLowerCase();
    const kept = wanted
      ? this.messages.filter((message) =>
          message.to.some((address) => address.toLowerCase() === wanted),
        )
      : this.messages;
    return [...kept].reverse();
  }

  get(id: string): MailMessage | undefined {
    return this.messages.find((message) => message.id === id);
  }

  clear(): void {
    this.messages.length = 0;
  }
}
