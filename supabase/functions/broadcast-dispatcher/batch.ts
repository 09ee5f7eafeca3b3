import type { WatiSendTemplateMessagesRequest } from '../_shared/wati/requests.ts';
import type { WatiSendTemplateMessagesResponse } from '../_shared/wati/schemas.ts';
import { WatiError, WatiRateLimitError } from '../_shared/wati/errors.ts';

/** One recipient of a claimed batch (see private.claim_campaign_batch). */
export interface ClaimedRecipient {
  id: string;
  localMessageId: string;
  /** E.164. */
  phone: string;
  parameters: { name: string; value: string }[];
}

export interface ClaimedBatch {
  campaignId: string;
  templateName: string;
  /** The Wati broadcast this batch becomes; unique per organisation, known before the call. */
  batchName: string;
  /** When the pace allows the call (ISO). */
  sendAt: string;
  recipients: ClaimedRecipient[];
}

export type RecipientOutcome =
  | { id: string; outcome: 'accepted' | 'unknown' | 'requeue' }
  | { id: string; outcome: 'rejected'; code: string | null; reason: string };

/** What private.finish_campaign_batch records. */
export interface BatchReport {
  campaignId: string;
  batchName: string;
  broadcastId?: string | null;
  results: RecipientOutcome[];
  /** The whole organisation waits this long (Wati said 429, or was unavailable). */
  backoffSeconds?: number;
  /** Pauses the campaign with this reason (French): retrying would fail the same way. */
  halt?: string;
}

/** Waits after a 429 without Retry-After, and after Wati turned a call away (503). */
const DEFAULT_BACKOFF_SECONDS = 10;
const UNAVAILABLE_BACKOFF_SECONDS = 5;

export function sendRequest(batch: ClaimedBatch): WatiSendTemplateMessagesRequest {
  return {
    template_name: batch.templateName,
    broadcast_name: batch.batchName,
    recipients: batch.recipients.map((recipient) => ({
      phone_number: recipient.phone.slice(1),
      local_message_id: recipient.localMessageId,
      custom_params: recipient.parameters,
    })),
  };
}

/** Wati's per-recipient refusal, in French. */
export function refusalReason(errors: readonly string[]): string {
  const first = errors[0] ?? '';
  if (/phone|number|num[ée]ro/i.test(first)) return 'Numéro WhatsApp invalide selon Wati.';
  return `Refusé par Wati : ${first}`.slice(0, 500);
}

/**
 * Wati accepted the call: each recipient is accepted, refused (its `errors`), or missing from the
 * answer — then only a webhook or a read-back can tell, so it is treated as an unknown outcome.
 */
export function reportFromAnswer(
  batch: ClaimedBatch,
  answer: WatiSendTemplateMessagesResponse,
): BatchReport {
  const answered = new Map<string, readonly string[]>();
  for (const item of answer.recipients ?? []) {
    if (item.local_message_id) answered.set(item.local_message_id, item.errors ?? []);
  }
  return {
    campaignId: batch.campaignId,
    batchName: batch.batchName,
    broadcastId: answer.broadcast_id ?? null,
    results: batch.recipients.map((recipient): RecipientOutcome => {
      const errors = answered.get(recipient.localMessageId);
      if (errors === undefined) return { id: recipient.id, outcome: 'unknown' };
      if (errors.length > 0) {
        return { id: recipient.id, outcome: 'rejected', code: null, reason: refusalReason(errors) };
      }
      return { id: recipient.id, outcome: 'accepted' };
    }),
  };
}

function everyone(batch: ClaimedBatch, outcome: 'unknown' | 'requeue'): RecipientOutcome[] {
  return batch.recipients.map((recipient) => ({ id: recipient.id, outcome }));
}

/**
 * The call failed. Only what Wati certainly did not accept goes back to the queue (429, refusals,
 * 503); a timeout, a 5xx after the request reached Wati, an unreadable answer or anything
 * unexpected may have sent the messages: the batch waits for evidence, so nobody gets it twice.
 */
export function reportFromError(batch: ClaimedBatch, error: unknown): BatchReport {
  const base = { campaignId: batch.campaignId, batchName: batch.batchName };
  if (!(error instanceof WatiError)) return { ...base, results: everyone(batch, 'unknown') };
  const requeue = { ...base, results: everyone(batch, 'requeue') };
  switch (error.kind) {
    case 'rate_limit': {
      const retryAfterMs = error instanceof WatiRateLimitError ? error.retryAfterMs : null;
      return {
        ...requeue,
        backoffSeconds: retryAfterMs === null ? DEFAULT_BACKOFF_SECONDS : retryAfterMs / 1000,
      };
    }
    case 'server':
      return { ...requeue, backoffSeconds: UNAVAILABLE_BACKOFF_SECONDS };
    case 'auth':
      return {
        ...requeue,
        halt: 'Wati refuse le jeton d’accès : vérifiez l’intégration Wati, puis reprenez la campagne.',
      };
    case 'quota':
      return {
        ...requeue,
        halt: 'Limite de l’abonnement Wati atteinte : reprenez la campagne une fois la limite levée.',
      };
    case 'validation':
      return {
        ...requeue,
        halt: `Wati a refusé l’envoi (${error.message.slice(0, 300)}) : corrigez puis reprenez la campagne.`,
      };
    default:
      return { ...base, results: everyone(batch, 'unknown') };
  }
}
