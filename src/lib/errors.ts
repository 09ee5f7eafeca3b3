import { t } from '@lingui/core/macro';
import { isServerErrorCode, serverErrorValues } from '@shared/server-error-codes.ts';
import { serverErrorMessage } from './server-error-messages';
import { isNetworkFailure } from './network-failure';

// What a person reads when something fails: the sentence of the server error's code in the
// active language (server-error-messages.ts), else the server's own French sentence when it wrote
// one for people, else a sentence of the interface; never an English technical message or a stack
// trace.

/** « Une erreur est survenue. Réessayez dans un instant. », in the active language. */
export function genericErrorMessage(): string {
  return t`Une erreur est survenue. Réessayez dans un instant.`;
}

/** « Vous n’avez pas les droits nécessaires pour cette action. », in the active language. */
export function forbiddenMessage(): string {
  return t`Vous n’avez pas les droits nécessaires pour cette action.`;
}

/** « Le serveur est injoignable… », in the active language. */
export function networkErrorMessage(): string {
  return t`Le serveur est injoignable. Vérifiez votre connexion Internet, puis réessayez.`;
}

/** « Votre session a expiré… », in the active language. */
export function sessionExpiredMessage(): string {
  return t`Votre session a expiré. Reconnectez-vous, puis réessayez.`;
}

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
// The form of WCAP's codes (`hint` of SQL errors, `code` of Edge Functions' answers): a hint of
// another form is Postgres's or PostgREST's own advice, in English.
const wcapCode = /^[a-z]+(_[a-z]+)*$/;

type ErrorLike = { code?: unknown; message?: unknown; details?: unknown };

function isErrorLike(error: unknown): error is ErrorLike {
  return typeof error === 'object' && error !== null;
}

/**
 * The sentence of a server error's code (a SQL error's hint, an Edge Function's code), in the
 * active language; else the server's French sentence when the code is one of WCAP's that this
 * version does not know yet, or whose values are missing; undefined without such a code.
 */
function byCode(code: string | undefined, details: unknown, message: string): string | undefined {
  if (!code || !wcapCode.test(code)) return undefined;
  // A refusal of Postgres itself is never shown: its English says nothing to people.
  const serverMessage = message && !builtInForbidden.test(message) ? message : undefined;
  const translated = isServerErrorCode(code)
    ? serverErrorMessage(code, serverErrorValues(details), serverMessage)
    : undefined;
  return translated ?? serverMessage;
}

export function toUserMessage(error: unknown, fallback: string = genericErrorMessage()): string {
  if (error instanceof UserFacingError) {
    // An Edge Function's refusal (FunctionCallError) carries its code, and the values its sentence
    // quotes: said in the active language.
    const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
    const details = 'details' in error ? error.details : undefined;
    return byCode(code, details, error.message) ?? error.message;
  }
  if (!isErrorLike(error)) return fallback;
  const code = typeof error.code === 'string' ? error.code : '';
  const message = typeof error.message === 'string' ? error.message.trim() : '';

  const coded = byCode(errorHint(error), error.details, message);
  if (coded) return coded;
  if (messagesForPeople.has(code) && message) return message;
  if (code === '42501')
    return message && !builtInForbidden.test(message) ? message : forbiddenMessage();
  if (code === 'PGRST301' || code === 'PGRST303') return sessionExpiredMessage();
  if (isNetworkFailure(error)) return networkErrorMessage();
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
  messageWhenNone: string = forbiddenMessage(),
): void {
  if (result.error) throw result.error;
  if (result.count === 0) throw new UserFacingError(messageWhenNone);
}
