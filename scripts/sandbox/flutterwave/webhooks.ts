import { createHmac, randomUUID } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { Timers } from '../wati/timers';
import type { HeaderMode, WebhookFault } from './faults';
import type { TransactionStatus } from './payments';

// Posts `charge.completed` as Flutterwave does (reference §C3, credits-billing §2.2): the secret
// hash verbatim in `verif-hash`, and `flutterwave-signature` = base64 HMAC-SHA256 of the raw
// body keyed with the same secret hash; then bends that as the faults say.

/** One POST made (or that failed to be made). */
export interface WebhookDelivery {
  transactionId: number;
  txRef: string;
  /** The transaction's status the body reports. */
  status: TransactionStatus;
  /** 1 … `copies` for a duplicated webhook. */
  copy: number;
  /** 2 and more: retries after an answer other than 200. */
  attempt: number;
  /** Sent by `redeliver`, not by a completion. */
  redelivery: boolean;
  verifHash: HeaderMode;
  signature: HeaderMode;
  url: string | null;
  /** WCAP's answer; null when there was none (`error` says why). */
  httpStatus: number | null;
  error: string | null;
  /** ISO-8601, when the POST was answered or failed. */
  at: string;
}

/**
 * What became of a transaction's webhook: `late` and `held` turn `sent` once posted; `held` is
 * an out-of-order one waiting for the rest of its group.
 */
export type WebhookFate = 'sent' | 'late' | 'held' | 'dropped';

export interface WebhookJob {
  transactionId: number;
  txRef: string;
  status: TransactionStatus;
  body: string;
}

export interface WebhookSettings {
  secretHash: string;
  webhookUrl: () => string | null;
  timeoutMs: number;
  /** Tries per POST, the first included, while WCAP answers anything but 200. */
  attempts: number;
  retryIntervalMs: number;
}

/** `flutterwave-signature`: base64 HMAC-SHA256 of the raw body, keyed with the secret hash. */
export function flutterwaveSignature(body: string, secretHash: string): string {
  return createHmac('sha256', secretHash).update(body, 'utf8').digest('base64');
}

export class WebhookSender {
  private readonly log: WebhookDelivery[] = [];
  private readonly fates = new Map<number, WebhookFate>();
  private readonly held = new Map<WebhookFault, { job: WebhookJob; fault: WebhookFault }[]>();
  private readonly inFlight = new Set<http.ClientRequest>();

  constructor(
    private readonly settings: WebhookSettings,
    private readonly timers: Timers,
  ) {}

  /**
   * Sends a settled transaction's webhook as `fault` says; resolves with the POSTs made now
   * (none when late, held or dropped), once each has its first answer.
   */
  dispatch(job: WebhookJob, fault: WebhookFault | null): Promise<WebhookDelivery[]> {
    if (fault?.drop) {
      this.fates.set(job.transactionId, 'dropped');
      return Promise.resolve([]);
    }
    if (fault?.outOfOrder !== undefined) {
      const group = this.held.get(fault) ?? [];
      group.push({ job, fault });
      this.held.set(fault, group);
      this.fates.set(job.transactionId, 'held');
      if (group.length < fault.outOfOrder) return Promise.resolve([]);
      this.held.delete(fault);
      return this.postAll(group.reverse());
    }
    return this.postAll([{ job, fault }]);
  }

  /** Posts every held webhook now, newest first. */
  releaseHeld(): Promise<WebhookDelivery[]> {
    const groups = [...this.held.values()].flat().reverse();
    this.held.clear();
    return this.postAll(groups);
  }

  /** The webhook again, correctly signed, once, whatever the faults (the dashboard's resend). */
  redeliver(job: WebhookJob): Promise<WebhookDelivery> {
    return this.post(job, null, 1, 1, true);
  }

  fateOf(transactionId: number): WebhookFate | null {
    return this.fates.get(transactionId) ?? null;
  }

  deliveries(transactionId?: number): WebhookDelivery[] {
    return structuredClone(
      transactionId === undefined
        ? this.log
        : this.log.filter((delivery) => delivery.transactionId === transactionId),
    );
  }

  /** Forgets everything, and cancels what is in flight (timers are the caller's). */
  clear(): void {
    this.log.length = 0;
    this.fates.clear();
    this.held.clear();
    for (const request of this.inFlight) request.destroy(new Error('sandbox reset'));
  }

  /** One item after the other, so that an out-of-order group arrives in the order given. */
  private async postAll(
    items: { job: WebhookJob; fault: WebhookFault | null }[],
  ): Promise<WebhookDelivery[]> {
    const posted: WebhookDelivery[] = [];
    for (const { job, fault } of items) {
      const copies = fault?.copies ?? 1;
      // Copies go at once, as a duplicated delivery races in WCAP's handler.
      const send = () =>
        Promise.all(
          Array.from({ length: copies }, (_, index) => this.post(job, fault, index + 1, 1, false)),
        );
      if (fault?.delayMs) {
        this.fates.set(job.transactionId, 'late');
        this.timers.later(fault.delayMs, () => send().then(() => undefined));
      } else {
        posted.push(...(await send()));
      }
    }
    return posted;
  }

  private async post(
    job: WebhookJob,
    fault: WebhookFault | null,
    copy: number,
    attempt: number,
    redelivery: boolean,
  ): Promise<WebhookDelivery> {
    this.fates.set(job.transactionId, 'sent');
    const verifHash = fault?.verifHash ?? 'valid';
    const signature = fault?.signature ?? 'valid';
    const url = this.settings.webhookUrl();
    const outcome =
      url === null
        ? { httpStatus: null, error: 'no webhook URL is set' }
        : await this.send(url, job.body, this.headers(job.body, verifHash, signature));
    const delivery: WebhookDelivery = {
      transactionId: job.transactionId,
      txRef: job.txRef,
      status: job.status,
      copy,
      attempt,
      redelivery,
      verifHash,
      signature,
      url,
      ...outcome,
      at: new Date().toISOString(),
    };
    this.log.push(delivery);
    if (delivery.httpStatus !== 200 && attempt < this.settings.attempts) {
      this.timers.later(this.settings.retryIntervalMs, () =>
        this.post(job, fault, copy, attempt + 1, redelivery).then(() => undefined),
      );
    }
    return delivery;
  }

  private headers(body: string, verifHash: HeaderMode, signature: HeaderMode) {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    const wrongKey = `wrong-${randomUUID()}`;
    if (verifHash !== 'missing') {
      headers['verif-hash'] = verifHash === 'valid' ? this.settings.secretHash : wrongKey;
    }
    if (signature !== 'missing') {
      headers['flutterwave-signature'] = flutterwaveSignature(
        body,
        signature === 'valid' ? this.settings.secretHash : wrongKey,
      );
    }
    return headers;
  }

  private send(
    url: string,
    body: string,
    headers: Record<string, string>,
  ): Promise<{ httpStatus: number | null; error: string | null }> {
    return new Promise((resolve) => {
      let target: URL;
      try {
        target = new URL(url);
      } catch {
        resolve({ httpStatus: null, error: `invalid URL ${url}` });
        return;
      }
      const request = (target.protocol === 'https:' ? https : http).request(target, {
        method: 'POST',
        headers: { ...headers, 'Content-Length': Buffer.byteLength(body) },
        timeout: this.settings.timeoutMs,
        agent: false,
      });
      this.inFlight.add(request);
      const done = (outcome: { httpStatus: number | null; error: string | null }) => {
        this.inFlight.delete(request);
        resolve(outcome);
      };
      request.on('response', (response) => {
        response.resume();
        response.on('end', () => done({ httpStatus: response.statusCode ?? 0, error: null }));
        response.on('error', (error) => done({ httpStatus: null, error: error.message }));
      });
      request.on('timeout', () =>
        request.destroy(new Error(`no answer in ${this.settings.timeoutMs} ms`)),
      );
      request.on('error', (error) => done({ httpStatus: null, error: error.message }));
      request.end(body);
    });
  }
}
