import type { SandboxTemplate } from './seed-templates';
import type {
  SandboxContact,
  SandboxMessage,
  SandboxMessageStatus,
  SandboxTenant,
} from './tenant-state';
import type { Timers } from './timers';
import {
  sentMessageStatus,
  sessionMessageFailed,
  sessionMessageSent,
  templateMessageFailed,
  templateMessageSent,
  type WebhookPayload,
} from './webhook-events';

/** When each status webhook fires, counted from the moment Wati accepts the message. */
export interface WebhookDelays {
  sent: number;
  delivered: number;
  read: number;
}

interface Failure {
  code: string;
  detail: string;
}

/** Meta errors a template send can end with (shared/reference/whatsapp-providers.md). */
export const TEMPLATE_FAILURES: readonly Failure[] = [
  { code: '131026', detail: 'Message undeliverable' },
  {
    code: '131049',
    detail: 'This message was not delivered to maintain healthy ecosystem engagement.',
  },
  {
    code: '131050',
    detail:
      'Unable to deliver the message. This recipient has chosen to stop receiving marketing messages on WhatsApp from your business.',
  },
];

/** A free-form message outside the 24-hour window. */
const REENGAGEMENT_FAILURE: Failure = { code: '131047', detail: 'Re-engagement message' };

const SESSION_WINDOW_MS = 24 * 60 * 60 * 1000;

// Statuses only move forward, whatever order timers fire in.
const RANK: Record<SandboxMessageStatus, number> = {
  scheduled: 0,
  accepted: 1,
  sent: 2,
  delivered: 3,
  read: 4,
  replied: 5,
  failed: 6,
};

function advance(message: SandboxMessage, status: SandboxMessageStatus): boolean {
  if (RANK[status] <= RANK[message.status]) return false;
  message.status = status;
  return true;
}

export interface LifecycleOptions {
  delays: WebhookDelays;
  /** Share (0..1) of accepted template messages that fail. */
  failureRate: number;
  random: () => number;
}

/** Moves accepted messages through sent → delivered → read (or failed), emitting each webhook. */
export class MessageLifecycle {
  constructor(
    private readonly options: LifecycleOptions,
    private readonly timers: Timers,
    private readonly emit: (tenant: SandboxTenant, payload: WebhookPayload) => void,
  ) {}

  /**
   * A number whose last six digits are a failure code (e.g. 237600131026) always fails with it, so
   * that tests and demos can pick outcomes; other numbers fail at `failureRate`.
   */
  private templateFailure(waId: string): Failure | null {
    const chosen = TEMPLATE_FAILURES.find((failure) => waId.endsWith(failure.code));
    if (chosen) return chosen;
    if (this.options.random() >= this.options.failureRate) return null;
    const index = Math.floor(this.options.random() * TEMPLATE_FAILURES.length);
    return TEMPLATE_FAILURES[index] ?? null;
  }

  startTemplate(
    tenant: SandboxTenant,
    message: SandboxMessage,
    contact: SandboxContact,
    template: SandboxTemplate,
  ): void {
    advance(message, 'accepted');
    const failure = this.templateFailure(message.waId);
    const { delays } = this.options;
    if (failure) {
      this.timers.later(delays.sent, () => {
        if (!this.fail(message, failure)) return;
        this.emit(tenant, templateMessageFailed(tenant, message, contact, new Date()));
      });
      return;
    }
    this.timers.later(delays.sent, () => {
      if (advance(message, 'sent')) {
        this.emit(tenant, templateMessageSent(tenant, message, template, new Date()));
      }
    });
    this.scheduleDelivery(tenant, message, contact);
  }

  startSession(tenant: SandboxTenant, message: SandboxMessage, contact: SandboxContact): void {
    advance(message, 'accepted');
    const inWindow =
      contact.lastInboundAt !== null && Date.now() - contact.lastInboundAt < SESSION_WINDOW_MS;
    this.timers.later(this.options.delays.sent, () => {
      if (!inWindow) {
        if (this.fail(message, REENGAGEMENT_FAILURE)) {
          this.emit(tenant, sessionMessageFailed(message, new Date()));
        }
      } else if (advance(message, 'sent')) {
        this.emit(tenant, sessionMessageSent(tenant, message, contact, new Date()));
      }
    });
    if (inWindow) this.scheduleDelivery(tenant, message, contact);
  }

  /** The contact answered: the latest message it received is marked replied. */
  replied(tenant: SandboxTenant, contact: SandboxContact): void {
    const latest = [...tenant.messages.values()]
      .reverse()
      .find((message) => message.waId === contact.waId && RANK[message.status] >= RANK.delivered);
    if (latest && advance(latest, 'replied')) {
      this.emit(tenant, sentMessageStatus(tenant, latest, contact, 'REPLIED', new Date()));
    }
  }

  private scheduleDelivery(
    tenant: SandboxTenant,
    message: SandboxMessage,
    contact: SandboxContact,
  ): void {
    const { delays } = this.options;
    this.timers.later(delays.delivered, () => {
      if (advance(message, 'delivered')) {
        this.emit(tenant, sentMessageStatus(tenant, message, contact, 'DELIVERED', new Date()));
      }
    });
    this.timers.later(delays.read, () => {
      if (advance(message, 'read')) {
        this.emit(tenant, sentMessageStatus(tenant, message, contact, 'READ', new Date()));
      }
    });
  }

  private fail(message: SandboxMessage, failure: Failure): boolean {
    if (!advance(message, 'failed')) return false;
    message.failedCode = failure.code;
    message.failedDetail = failure.detail;
    return true;
  }
}
