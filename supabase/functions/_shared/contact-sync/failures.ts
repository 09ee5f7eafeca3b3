import { WatiError, WatiRateLimitError } from '../wati/errors.ts';

/** Past this many failures in a row, a contact waits for « Réessayer » instead of a timer. */
export const MAX_AUTOMATIC_ATTEMPTS = 8;
const FIRST_RETRY_SECONDS = 30;
const LONGEST_RETRY_SECONDS = 3600;
/** When Wati says 429 without Retry-After: its window is 10 s. */
const DEFAULT_RATE_LIMIT_SECONDS = 10;

/** Wait before the next automatic try after the `attempt`-th failure: 30 s, 1 min, 2 min… 1 h. */
export function retryDelaySeconds(attempt: number): number {
  return Math.min(FIRST_RETRY_SECONDS * 2 ** Math.max(attempt - 1, 0), LONGEST_RETRY_SECONDS);
}

/** What a failed call to Wati means for the contacts it carried and for the rest of the run. */
export interface CallFailure {
  /** Back in the queue without counting a failure: Wati only asked us to slow down. */
  requeue: boolean;
  /** What went wrong, for people, in French (kept in the contact's wati_sync_error). */
  cause: string;
  /** Only « Réessayer » can help: Wati refused this very contact. */
  permanent: boolean;
  /** The soonest a retry can help (account-wide troubles outlast the usual backoff). */
  minRetrySeconds: number;
  /** No call to this organisation's Wati for this long: the whole account is concerned. */
  blockSeconds: number | null;
  /** Stop calling Wati for this organisation in this run. */
  stopRun: boolean;
}

const INVALID_NUMBER = /invalid (whatsapp )?(number|phone)|not a valid whatsapp|number is invalid/i;

export function describeFailure(error: WatiError, contactsInCall: number): CallFailure {
  const transient = { requeue: false, permanent: false, minRetrySeconds: 0 };
  switch (error.kind) {
    case 'rate_limit': {
      const waitMs = (error as WatiRateLimitError).retryAfterMs;
      const seconds =
        waitMs === null ? DEFAULT_RATE_LIMIT_SECONDS : Math.max(1, Math.ceil(waitMs / 1000));
      return {
        requeue: true,
        permanent: false,
        cause: 'Wati limite les appels.',
        minRetrySeconds: seconds,
        blockSeconds: seconds,
        stopRun: true,
      };
    }
    case 'quota':
      return {
        ...transient,
        cause: 'Le quota mensuel d’appels de votre abonnement Wati est épuisé.',
        minRetrySeconds: 3600,
        blockSeconds: 3600,
        stopRun: true,
      };
    case 'auth':
      return {
        ...transient,
        cause: 'Wati refuse le jeton d’accès : vérifiez Paramètres › Intégration Wati.',
        minRetrySeconds: 600,
        blockSeconds: 600,
        stopRun: true,
      };
    case 'validation':
      if (contactsInCall > 1) {
        // One contact may spoil the lot: each is sent alone next time (a failure counts).
        return {
          ...transient,
          cause: 'Wati a refusé un lot de contacts : chacun sera renvoyé séparément.',
          blockSeconds: null,
          stopRun: false,
        };
      }
      return {
        ...transient,
        permanent: true,
        cause: INVALID_NUMBER.test(error.message)
          ? 'Numéro refusé par Wati : ce n’est pas un numéro WhatsApp valide.'
          : 'Wati refuse ce contact : corrigez ses informations, puis cliquez sur « Réessayer ».',
        blockSeconds: null,
        stopRun: false,
      };
    default:
      // Down, timed out, or an answer that cannot be read: the next contacts would fare no better
      // in this run; the next run (a few seconds later) tries one again.
      return {
        ...transient,
        cause: 'Wati ne répond pas correctement pour le moment.',
        blockSeconds: null,
        stopRun: true,
      };
  }
}

/** What one failed call records for one of its contacts (see private.finish_contacts_wati_sync). */
export interface FailureOutcome {
  outcome: 'failed' | 'pending';
  error: string | null;
  /** Null: no automatic retry. */
  retry_in_seconds: number | null;
}

export function failureOutcome(failure: CallFailure, previousAttempts: number): FailureOutcome {
  if (failure.requeue) {
    return { outcome: 'pending', error: null, retry_in_seconds: failure.minRetrySeconds };
  }
  if (failure.permanent) return { outcome: 'failed', error: failure.cause, retry_in_seconds: null };
  const attempt = previousAttempts + 1;
  if (attempt >= MAX_AUTOMATIC_ATTEMPTS) {
    return {
      outcome: 'failed',
      error: `${failure.cause} Synchronisation arrêtée après ${attempt} essais : cliquez sur « Réessayer ».`,
      retry_in_seconds: null,
    };
  }
  return {
    outcome: 'failed',
    error: `${failure.cause} Un nouvel essai aura lieu automatiquement.`,
    retry_in_seconds: Math.max(failure.minRetrySeconds, retryDelaySeconds(attempt)),
  };
}

/** Whether `POST /contacts` failed only because Wati already has the number. */
export function alreadyAtWati(error: unknown): boolean {
  return (
    error instanceof WatiError &&
    error.kind === 'validation' &&
    /already exists/i.test(error.message)
  );
}
