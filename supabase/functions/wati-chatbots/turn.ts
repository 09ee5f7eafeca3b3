import type { WatiClient } from '../_shared/wati/client.ts';
import { describeStartFailure, type RecipientFailure, type RunFailure } from './outcomes.ts';
import {
  failRuns,
  finishRecipients,
  leaseOf,
  type ClaimedRecipient,
  type RecipientOutcome,
} from './queries.ts';

/** Calls to Wati in flight at once for one organisation (its pace is kept by the window). */
const CALLS_AT_ONCE = 4;

/**
 * Starts claimed recipients for one organisation and keeps what happened: each recipient's
 * outcome, when each call ended, and the refusals that stop more than one contact.
 */
export class Turn {
  readonly outcomes: RecipientOutcome[] = [];
  /** When each call to Wati ended (ms since epoch). */
  readonly callEnds: number[] = [];
  blockSeconds: number | null = null;
  /** An account-wide refusal: every active run of the organisation fails with it. */
  organizationFailure: RunFailure | null = null;
  /** Runs whose chatbot Wati no longer has. */
  readonly runFailures = new Map<string, RunFailure>();
  private stopped = false;

  constructor(private readonly deadline: number = Number.POSITIVE_INFINITY) {}

  /** Starts them, a few at a time; those left when the turn stops go back to the queue. */
  async start(client: WatiClient, recipients: ClaimedRecipient[]): Promise<void> {
    const queue = [...recipients];
    const worker = async () => {
      for (let recipient = queue.shift(); recipient; recipient = queue.shift()) {
        if (this.canStart(recipient)) await this.startOne(client, recipient);
        else this.requeue(recipient, this.blockSeconds ?? 0, false);
      }
    };
    await Promise.all(Array.from({ length: CALLS_AT_ONCE }, worker));
  }

  /** Records the outcomes, then the runs the refusals stopped (their recipients left fail too). */
  async settle(organizationId: string): Promise<void> {
    await finishRecipients(organizationId, this.outcomes);
    if (this.organizationFailure) {
      await failRuns(organizationId, null, this.organizationFailure);
    }
    for (const [runId, failure] of this.runFailures) {
      await failRuns(organizationId, [runId], failure);
    }
  }

  private canStart(recipient: ClaimedRecipient): boolean {
    return (
      !this.stopped &&
      this.organizationFailure === null &&
      !this.runFailures.has(recipient.run_id) &&
      Date.now() < this.deadline
    );
  }

  private async startOne(client: WatiClient, recipient: ClaimedRecipient): Promise<void> {
    try {
      await client.startChatbot({ target: recipient.target, chatbot_id: recipient.chatbot_id });
      this.outcomes.push({ id: recipient.id, lease_until: leaseOf(recipient), outcome: 'started' });
    } catch (error) {
      console.warn(`wati-chatbots: ${error instanceof Error ? error.message : String(error)}`);
      this.failedStart(recipient, error);
    } finally {
      this.callEnds.push(Date.now());
    }
  }

  private failedStart(recipient: ClaimedRecipient, error: unknown): void {
    const failure = describeStartFailure(error, recipient.attempts);
    switch (failure.kind) {
      case 'retry':
        if (failure.blockSeconds !== null) {
          this.blockSeconds = Math.max(this.blockSeconds ?? 0, failure.blockSeconds);
        }
        if (failure.stop) this.stopped = true;
        this.requeue(recipient, failure.afterSeconds, failure.counted);
        return;
      case 'failed':
        if (failure.stop) this.stopped = true;
        this.fail(recipient, failure.failure);
        return;
      case 'run_failed':
        if (failure.blockSeconds !== null) {
          this.blockSeconds = Math.max(this.blockSeconds ?? 0, failure.blockSeconds);
        }
        if (failure.scope === 'organization') this.organizationFailure = failure.failure;
        else this.runFailures.set(recipient.run_id, failure.failure);
        this.fail(recipient, failure.failure);
    }
  }

  private fail(recipient: ClaimedRecipient, failure: RecipientFailure): void {
    this.outcomes.push({
      id: recipient.id,
      lease_until: leaseOf(recipient),
      outcome: 'failed',
      failure,
    });
  }

  private requeue(recipient: ClaimedRecipient, afterSeconds: number, counted: boolean): void {
    this.outcomes.push({
      id: recipient.id,
      lease_until: leaseOf(recipient),
      outcome: 'pending',
      retry_in_seconds: afterSeconds,
      counted,
    });
  }
}
