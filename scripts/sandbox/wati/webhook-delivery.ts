import http from 'node:http';
import https from 'node:https';
import type {
  SandboxEventRecord,
  SandboxTenant,
  SandboxWebhookDelivery,
  SandboxWebhookEndpoint,
} from './tenant-state';
import type { Timers } from './timers';
import type { WebhookPayload } from './webhook-events';

export interface WebhookDeliveryOptions {
  /** Tries per event and endpoint, the first included. Wati makes up to 144, 10 minutes apart. */
  attempts: number;
  retryIntervalMs: number;
  /** How long a receiver may take to answer one POST. */
  timeoutMs: number;
  /** POSTs in flight at once, all tenants together. */
  concurrency: number;
  /** Failures in a row after which the endpoint is marked defective (status 2) and left alone. */
  defectiveAfter: number;
  /** Events kept per tenant for inspection. */
  eventLogLimit: number;
}

interface Job {
  endpoint: SandboxWebhookEndpoint;
  delivery: SandboxWebhookDelivery;
  body: string;
}

/** Posts events to the tenants' webhook endpoints, one event per POST, retrying what is not 200. */
export class WebhookDispatcher {
  /** Jobs waiting, from `head` on (a moving head: shifting a 100,000-job array is slow). */
  private queue: Job[] = [];
  private head = 0;
  private active = 0;
  private readonly inFlight = new Set<http.ClientRequest>();
  // node:http with kept-alive connections, not fetch: a POST then costs the sandbox a fraction of
  // what it costs with fetch, so that the sandbox is not what limits a webhook benchmark.
  private readonly agents: { http: http.Agent; https: https.Agent };

  constructor(
    private readonly options: WebhookDeliveryOptions,
    private readonly timers: Timers,
  ) {
    const settings = { keepAlive: true, maxSockets: options.concurrency };
    this.agents = { http: new http.Agent(settings), https: new https.Agent(settings) };
  }

  emit(tenant: SandboxTenant, payload: WebhookPayload): SandboxEventRecord {
    const record: SandboxEventRecord = {
      eventType: payload.eventType,
      payload,
      emittedAt: new Date().toISOString(),
      deliveries: [],
    };
    tenant.events.push(record);
    // Trimmed in chunks, not one event at a time: dropping the oldest entry of a 10,000-entry
    // array on every event of a 100,000-message broadcast would cost more than the event.
    const slack = Math.max(1, Math.ceil(this.options.eventLogLimit / 10));
    if (tenant.events.length >= this.options.eventLogLimit + slack) {
      tenant.events.splice(0, tenant.events.length - this.options.eventLogLimit);
    }
    const body = JSON.stringify(payload);
    for (const endpoint of tenant.webhooks) {
      const subscribed =
        endpoint.eventTypes.length === 0 || endpoint.eventTypes.includes(payload.eventType);
      if (endpoint.status !== 1 || !subscribed) continue;
      const delivery: SandboxWebhookDelivery = {
        url: endpoint.url,
        attempts: 0,
        state: 'pending',
        lastHttpStatus: null,
        lastError: null,
      };
      record.deliveries.push(delivery);
      this.enqueue({ endpoint, delivery, body });
    }
    return record;
  }

  /** The tenant's most recent events, at most `eventLogLimit`, oldest first. */
  eventLog(tenant: SandboxTenant): SandboxEventRecord[] {
    return tenant.events.slice(-this.options.eventLogLimit);
  }

  /** Drops what is queued and cancels what is in flight. */
  clear(): void {
    this.queue = [];
    this.head = 0;
    for (const request of this.inFlight) request.destroy(new Error('sandbox stopped'));
  }

  /** Clears, and closes the kept-alive connections. */
  close(): void {
    this.clear();
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  private enqueue(job: Job): void {
    this.queue.push(job);
    this.pump();
  }

  private pump(): void {
    while (this.active < this.options.concurrency) {
      const job = this.queue[this.head];
      if (job === undefined) {
        this.queue = [];
        this.head = 0;
        return;
      }
      this.head += 1;
      if (this.head >= 4096 && this.head * 2 >= this.queue.length) {
        this.queue = this.queue.slice(this.head);
        this.head = 0;
      }
      this.active += 1;
      void this.post(job).finally(() => {
        this.active -= 1;
        this.pump();
      });
    }
  }

  /** One POST: the answer's status, or why there was none. */
  private send(url: string, body: string): Promise<{ status: number } | { error: string }> {
    return new Promise((resolve) => {
      let target: URL;
      try {
        target = new URL(url);
      } catch {
        resolve({ error: `invalid URL ${url}` });
        return;
      }
      const secure = target.protocol === 'https:';
      const request = (secure ? https : http).request(target, {
        method: 'POST',
        agent: secure ? this.agents.https : this.agents.http,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
        timeout: this.options.timeoutMs,
      });
      this.inFlight.add(request);
      const done = (outcome: { status: number } | { error: string }) => {
        this.inFlight.delete(request);
        resolve(outcome);
      };
      request.on('response', (response) => {
        response.resume();
        response.on('end', () => done({ status: response.statusCode ?? 0 }));
        response.on('error', (error) => done({ error: error.message }));
      });
      request.on('timeout', () => request.destroy(new Error('timeout')));
      request.on('error', (error) => done({ error: error.message }));
      request.end(body);
    });
  }

  private async post({ endpoint, delivery, body }: Job): Promise<void> {
    delivery.attempts += 1;
    const outcome = await this.send(endpoint.url, body);
    delivery.lastHttpStatus = 'status' in outcome ? outcome.status : null;
    delivery.lastError = 'error' in outcome ? outcome.error : null;
    // Wati wants exactly 200; anything else, 204 included, counts as a failure.
    if (delivery.lastHttpStatus === 200) {
      delivery.state = 'delivered';
      endpoint.failedIterationCount = 0;
      return;
    }
    endpoint.failedIterationCount += 1;
    if (endpoint.failedIterationCount >= this.options.defectiveAfter) endpoint.status = 2;
    if (delivery.attempts < this.options.attempts && endpoint.status === 1) {
      this.timers.later(this.options.retryIntervalMs, () =>
        this.enqueue({ endpoint, delivery, body }),
      );
    } else {
      delivery.state = 'failed';
    }
  }
}
