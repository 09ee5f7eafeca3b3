import type { SandboxTemplate } from './seed-templates';
import type { SandboxTenant } from './tenant-state';
import type { Timers } from './timers';
import { templateReviewed, type WebhookPayload } from './webhook-events';

/**
 * A submitted template whose name starts with this is rejected by the review, so that tests and
 * demos can pick the outcome (as numbers ending in a Meta code pick a send's failure).
 */
export const REJECTED_TEMPLATE_PREFIX = 'sandbox_reject';

/** WhatsApp's review of submitted templates: a verdict after `delayMs`, told by webhook. */
export class TemplateReviews {
  constructor(
    private readonly delayMs: number,
    private readonly timers: Timers,
    private readonly emit: (tenant: SandboxTenant, payload: WebhookPayload) => void,
  ) {}

  /** Approves the pending template (rejects it when its name says so), then posts the event. */
  review(tenant: SandboxTenant, template: SandboxTemplate): void {
    this.timers.later(this.delayMs, () => {
      if (template.status !== 'PENDING') return;
      template.status = template.name.startsWith(REJECTED_TEMPLATE_PREFIX)
        ? 'REJECTED'
        : 'APPROVED';
      template.last_modified = new Date().toISOString();
      this.emit(tenant, templateReviewed(tenant, template, 'PENDING'));
    });
  }
}
