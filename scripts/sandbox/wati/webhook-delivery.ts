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
  private queue: Job[] = [];
  private active = 0;
  private readonly inFlight = new Set<AbortController>();

  constructor(
    private readonly options: WebhookDeliveryOptions,
    private readonly timers: Timers,
  ) {}

  emit(tenant: SandboxTenant, payload: WebhookPayload): SandboxEventRecord {
    const record: SandboxEventRecord = {
      eventType: payload.eventType,
      payload,
      emittedAt: new Date().toISOString(),
      deliveries: [],
    };
    tenant.events.push(record);
    const excess = tenant.events.length - this.options.eventLogLimit;
    if (excess > 0) tenant.events.splice(0, excess);
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

  /** Drops what is queued and cancels what is in flight. */
  clear(): void {
    this.queue = [];
    for (const controller of this.inFlight) controller.abort();
  }

  private enqueue(job: Job): void {
    this.queue.push(job);
    this.pump();
  }

  private pump(): void {
    while (this.active < this.options.concurrency) {
      const job = this.queue.shift();
      if (job === undefined) return;
      this.active += 1;
      void this.post(job).finally(() => {
        this.active -= 1;
        this.pump();
      });
    }
  }

  private async post({ endpoint, delivery, body }: Job): Promise<void> {
    delivery.attempts += 1;
    const controller = new AbortController();
    const timeout = setTimeout(() => controller.abort(), this.options.timeoutMs);
    this.inFlight.add(controller);
    try {
      const response = await fetch(endpoint.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
        signal: controller.signal,
      });
      await response.arrayBuffer().catch(() => undefined);
      delivery.lastHttpStatus = response.status;
      delivery.lastError = null;
    } catch (error) {
      delivery.lastHttpStatus = null;
      delivery.lastError = error instanceof Error ? error.message : String(error);
    } finally {
      clearTimeout(timeout);
      this.inFlight.delete(controller);
    }
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
