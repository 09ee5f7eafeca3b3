import { WatiError, WatiRateLimitError } from '../_shared/wati/errors.ts';

/** Why a whole run stops (public.wati_chatbot_failure, the account-wide values and the chatbot). */
export type RunFailure =
  | 'wati_not_configured'
  | 'wati_auth'
  | 'wati_plan_required'
  | 'wati_quota'
  | 'wati_chatbot_not_found';

/** Why a recipient was not started (public.wati_chatbot_failure). */
export type RecipientFailure =
  | RunFailure
  | 'opted_out'
  | 'contact_deleted'
  | 'wati_contact_unknown'
  | 'wati_refused'
  | 'wati_unavailable'
  | 'wati_outcome_unknown'
  /** Past the month's message quota when the run was created (SQL records it, never the sweep). */
  | 'message_quota';

/** Tries of one contact that met a failure worth another try, before it is given up. */
export const MAX_ATTEMPTS = 3;
/** Before another try: the contact sync pushes a new number to Wati within seconds. */
const RETRY_SECONDS = 30;
/** When Wati says 429 without Retry-After: its window is 10 s. */
const DEFAULT_RATE_LIMIT_SECONDS = 10;
/** No call to the organisation's chatbots for this long after an account-wide refusal. */
const ACCOUNT_BLOCK_SECONDS = { wati_auth: 600, wati_plan_required: 600, wati_quota: 3600 };

/** What one failed startChatbot means for its recipient, its run and the rest of the sweep. */
export type StartFailure =
  /** Back in the queue; `counted` adds a try. Nothing was started. */
  | {
      kind: 'retry';
      counted: boolean;
      afterSeconds: number;
      /** No call to this organisation's chatbots for this long (Wati asked to wait). */
      blockSeconds: number | null;
      /** No more calls to this organisation in this sweep. */
      stop: boolean;
    }
  | { kind: 'failed'; failure: RecipientFailure; stop: boolean }
  /** The recipient fails, and with it its run (`scope: 'run'`) or every run of the organisation. */
  | {
      kind: 'run_failed';
      failure: RunFailure;
      scope: 'run' | 'organization';
      blockSeconds: number | null;
    };

/**
 * Wati's refusals that name the chatbot rather than the contact (« Chatbot 'x' was not found »);
 * the operation's name in the message (startChatbot) is one word, which this passes by.
 */
const CHATBOT_REFUSED = /\bchatbot\b/i;

/**
 * Classifies a failed start. `attempts` counts the recipient's earlier tries. Nothing that may
 * have started the chatbot is ever tried again: exactly once, or not at all.
 */
export function describeStartFailure(error: unknown, attempts: number): StartFailure {
  if (!(error instanceof WatiError)) {
    return { kind: 'failed', failure: 'wati_outcome_unknown', stop: true };
  }
  const retryOrGiveUp = (failure: RecipientFailure, stop: boolean): StartFailure =>
    attempts + 1 >= MAX_ATTEMPTS
      ? { kind: 'failed', failure, stop }
      : { kind: 'retry', counted: true, afterSeconds: RETRY_SECONDS, blockSeconds: null, stop };
  const account = (failure: keyof typeof ACCOUNT_BLOCK_SECONDS): StartFailure => ({
    kind: 'run_failed',
    failure,
    scope: 'organization',
    blockSeconds: ACCOUNT_BLOCK_SECONDS[failure],
  });

  switch (error.kind) {
    case 'rate_limit': {
      const waitMs = (error as WatiRateLimitError).retryAfterMs;
      const seconds =
        waitMs === null ? DEFAULT_RATE_LIMIT_SECONDS : Math.max(1, Math.ceil(waitMs / 1000));
      return {
        kind: 'retry',
        counted: false,
        afterSeconds: seconds,
        blockSeconds: seconds,
        stop: true,
      };
    }
    case 'auth':
      return account('wati_auth');
    case 'quota':
      // A plan or feature refusal comes as 403, a spent monthly quota as 429.
      return account(error.status === 403 ? 'wati_plan_required' : 'wati_quota');
    case 'validation':
      if (error.status === 404) return retryOrGiveUp('wati_contact_unknown', false);
      if (CHATBOT_REFUSED.test(error.message)) {
        return {
          kind: 'run_failed',
          failure: 'wati_chatbot_not_found',
          scope: 'run',
          blockSeconds: null,
        };
      }
      return { kind: 'failed', failure: 'wati_refused', stop: false };
    case 'server':
      return retryOrGiveUp('wati_unavailable', true);
    case 'unknown_outcome':
      return { kind: 'failed', failure: 'wati_outcome_unknown', stop: true };
    default:
      return { kind: 'failed', failure: 'wati_unavailable', stop: true };
  }
}
