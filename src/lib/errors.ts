// What a person reads when something fails: the database's own French messages when it wrote one
// for people, a French sentence otherwise, never an English technical message or a stack trace.

export const genericErrorMessage = 'Une erreur est survenue. Réessayez dans un instant.';
export const forbiddenMessage = 'Vous n’avez pas les droits nécessaires pour cette action.';
export const networkErrorMessage =
  'Le serveur est injoignable. Vérifiez votre connexion Internet, puis réessayez.';
export const sessionExpiredMessage = 'Votre session a expiré. Reconnectez-vous, puis réessayez.';

/** An error raised by the SPA itself whose message is written for the user. */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserFacingError';
  }
}

// SQLSTATEs that WCAP's SQL functions and triggers raise with a French message meant for people.
const messagesForPeople = new Set(['P0001', 'P0002', '22023']);
// PostgREST's and Postgres's own wording for refused rights, in English.
const builtInForbidden = /^(permission denied|new row violates|must be owner)/i;

type ErrorLike = { code?: unknown; message?: unknown };

function isErrorLike(error: unknown): error is ErrorLike {
  return typeof error === 'object' && error !== null;
}

export function toUserMessage(error: unknown, fallback: string = genericErrorMessage): string {
  if (error instanceof UserFacingError) return error.message;
  if (!isErrorLike(error)) return fallback;
  const code = typeof error.code === 'string' ? error.code : '';
  const message = typeof error.message === 'string' ? error.message.trim() : '';

  if (messagesForPeople.has(code) && message) return message;
  if (code === '42501')
    return message && !builtInForbidden.test(message) ? message : forbiddenMessage;
  if (code === 'PGRST301' || code === 'PGRST303') return sessionExpiredMessage;
  // supabase-js reports a failed fetch as an error without a code whose message names it.
  if (!code && /failed to fetch|network ?error|load failed/i.test(message)) {
    return networkErrorMessage;
  }
  return fallback;
}

/** The hint SQL functions attach to some errors (« seat_limit_reached », « last_owner »…). */
export function errorHint(error: unknown): string | undefined {
  if (!isErrorLike(error)) return undefined;
  const hint = (error as { hint?: unknown }).hint;
  return typeof hint === 'string' && hint ? hint : undefined;
}

/**
 * Checks a write made with `{ count: 'exact' }`: row-level security hides the rows a user may not
 * change instead of failing, so a write that changed nothing was refused (or its row is gone).
 */
export function assertChanged(
  result: { error: unknown; count: number | null },
  messageWhenNone: string = forbiddenMessage,
): void {
  if (result.error) throw result.error;
  if (result.count === 0) throw new UserFacingError(messageWhenNone);
}
