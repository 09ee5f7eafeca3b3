import http from 'node:http';
import https from 'node:https';
import type { Provider } from './outbox';

export type SignatureMode = 'valid' | 'wrong' | 'missing';

/** Someone writes to the platform number. */
export interface InboundInput {
  /** E.164 (`+237671234567`); digits alone are taken too. */
  from: string;
  text: string;
  /** Whose webhook to post: Meta's JSON or Twilio's form. */
  provider: Provider;
  /** Default `valid`. */
  signature?: SignatureMode;
  /** The person's WhatsApp profile name; default: their number. */
  profileName?: string;
}

export interface InboundResult {
  /** The HTTP status WCAP's webhook answered. */
  status: number;
  /** `wamid.…` (Meta) or `SM…` (Twilio), as in the webhook. */
  messageId: string;
}

/** A wrong control body or in-process input: answered 400 with this message. */
export class SandboxInputError extends Error {}

/** The webhook could not be posted (no URL set, receiver unreachable): answered 502. */
export class WebhookPostError extends Error {
  constructor(
    message: string,
    readonly messageId: string | null,
  ) {
    super(message);
  }
}

const MAX_TEXT_LENGTH = 4096;

export function readInboundInput(value: unknown): Required<InboundInput> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new SandboxInputError('the body must be a JSON object');
  }
  const input = value as Record<string, unknown>;
  const from = typeof input.from === 'string' ? input.from.trim() : '';
  if (!/^\+?[1-9]\d{6,14}$/.test(from)) {
    throw new SandboxInputError('from must be a number in E.164 form, e.g. +237671234567');
  }
  if (typeof input.text !== 'string' || input.text === '' || input.text.length > MAX_TEXT_LENGTH) {
    throw new SandboxInputError(`text must be a string of 1 to ${MAX_TEXT_LENGTH} characters`);
  }
  if (input.provider !== 'meta' && input.provider !== 'twilio') {
    throw new SandboxInputError('provider must be "meta" or "twilio"');
  }
  const signature = input.signature ?? 'valid';
  if (signature !== 'valid' && signature !== 'wrong' && signature !== 'missing') {
    throw new SandboxInputError('signature must be "valid", "wrong" or "missing"');
  }
  const profileName = input.profileName ?? from.replace(/^\+/, '');
  if (typeof profileName !== 'string' || profileName.trim() === '') {
    throw new SandboxInputError('profileName must be a non-empty string');
  }
  return {
    from: `+${from.replace(/^\+/, '')}`,
    text: input.text,
    provider: input.provider,
    signature,
    profileName,
  };
}

interface Delivery {
  url: string;
  body: string;
  headers: Record<string, string>;
}

/**
 * Posts inbound webhooks once (no retries: the caller sees the status and can redeliver), and
 * keeps the newest `limit` of them so that `redeliver` posts the very same bytes and headers.
 */
export class InboundDeliveries {
  private readonly sent = new Map<string, Delivery>();

  constructor(
    private readonly limit: number,
    private readonly timeoutMs: number,
  ) {}

  deliver(messageId: string, delivery: Delivery): Promise<InboundResult> {
    this.sent.set(messageId, delivery);
    for (const oldest of this.sent.keys()) {
      if (this.sent.size <= this.limit) break;
      this.sent.delete(oldest);
    }
    return this.post(messageId, delivery);
  }

  /** Null when no webhook with that id was posted (or it is no longer kept). */
  redeliver(messageId: string): Promise<InboundResult> | null {
    const delivery = this.sent.get(messageId);
    return delivery ? this.post(messageId, delivery) : null;
  }

  private post(messageId: string, { url, body, headers }: Delivery): Promise<InboundResult> {
    return new Promise((resolve, reject) => {
      const fail = (reason: string) =>
        reject(new WebhookPostError(`webhook POST to ${url} failed: ${reason}`, messageId));
      let target: URL;
      try {
        target = new URL(url);
      } catch {
        fail('invalid URL');
        return;
      }
      const request = (target.protocol === 'https:' ? https : http).request(target, {
        method: 'POST',
        headers: { ...headers, 'Content-Length': Buffer.byteLength(body) },
        timeout: this.timeoutMs,
        agent: false,
      });
      request.on('response', (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode ?? 0, messageId }));
        response.on('error', (error) => fail(error.message));
      });
      request.on('timeout', () => request.destroy(new Error(`no answer in ${this.timeoutMs} ms`)));
      request.on('error', (error) => fail(error.message));
      request.end(body);
    });
  }
}
