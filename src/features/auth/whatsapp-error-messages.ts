import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg, plural, t } from '@lingui/core/macro';
import { isAuthError } from '@supabase/supabase-js';
import { toUserMessage } from '../../lib/errors';

// What the WhatsApp sign-in and the profile's number link say when Auth or verify-otp refuse, as
// auth-error-messages.ts does for the e-mail forms. Nothing here tells whether a number has an
// account: a refusal that only a new number (signup_disabled) or an existing one (user_banned)
// can get reads as the generic failure.

type Messages = Partial<Record<string, MessageDescriptor>>;

const sendCodeFallbackMessage = msg`Envoi du code impossible pour le moment. Réessayez dans un instant.`;
const verifyCodeFallbackMessage = msg`Le code n’a pas pu être vérifié pour le moment. Réessayez.`;
const unlinkFallbackMessage = msg`Le numéro n’a pas pu être retiré pour le moment. Réessayez.`;

const tooManyRequests = msg`Trop de demandes. Patientez quelques minutes, puis réessayez.`;
const sessionExpired = msg`Votre session a expiré. Reconnectez-vous, puis réessayez.`;

// Keyed by GoTrue error codes. The Send SMS hook's refusals carry no code of their own: their
// status decides (see sendCodeMessage).
const sendCodeMessages: Messages = {
  over_request_rate_limit: tooManyRequests,
  over_sms_send_rate_limit: tooManyRequests,
  validation_failed: msg`Numéro invalide : vérifiez-le, avec l’indicatif du pays.`,
  phone_provider_disabled: msg`La connexion par WhatsApp n’est pas disponible pour le moment.`,
};

const linkPhoneMessages: Messages = {
  ...sendCodeMessages,
  phone_exists: msg`Ce numéro est déjà lié à un autre compte.`,
  session_not_found: sessionExpired,
};

const unlinkPhoneMessages: Messages = {
  single_identity_not_deletable: msg`Ce numéro est votre seul moyen de connexion : il ne peut pas être retiré.`,
  identity_not_found: msg`Ce numéro n’est plus lié à votre compte.`,
  session_not_found: sessionExpired,
};

/**
 * The seconds Auth asks to wait before another code for this number (`max_frequency`: « you can
 * only request this after 42 seconds »); null when it did not say.
 */
export function retryAfterSeconds(error: unknown): number | null {
  if (!isAuthError(error) || error.code !== 'over_sms_send_rate_limit') return null;
  const match = /(\d+)\s*seconds?/i.exec(error.message);
  return match ? Number(match[1]) : null;
}

function sendCodeMessage(messages: Messages, error: unknown): string {
  if (isAuthError(error)) {
    const seconds = retryAfterSeconds(error);
    if (seconds !== null)
      return t`Patientez encore ${plural(seconds, { one: '# seconde', other: '# secondes' })} avant de demander un nouveau code.`;
    const known = error.code ? messages[error.code] : undefined;
    if (known) return i18n._(known);
    // The hook's refusals: Auth answers with the hook's status and its French message.
    if (error.status === 429) return i18n._(tooManyRequests);
  }
  // A sentence written for people (the page's own, a network failure), else the generic one.
  return toUserMessage(error, i18n._(sendCodeFallbackMessage));
}

/** Why `signInWithOtp({ phone })` sent no code, in the active language. */
export function toSendCodeErrorMessage(error: unknown): string {
  return sendCodeMessage(sendCodeMessages, error);
}

/** Why `updateUser({ phone })` sent no code to link a number, in the active language. */
export function toLinkPhoneErrorMessage(error: unknown): string {
  return sendCodeMessage(linkPhoneMessages, error);
}

/**
 * Why verify-otp refused the code, or the session it gave could not be installed: its codes
 * (otp_invalid, too_many_requests, invalid_request) are said by lib/server-error-messages.ts.
 */
export function toVerifyCodeErrorMessage(error: unknown): string {
  return toUserMessage(error, i18n._(verifyCodeFallbackMessage));
}

/** Why `unlinkIdentity` kept the number, in the active language. */
export function toUnlinkPhoneErrorMessage(error: unknown): string {
  const known = isAuthError(error) && error.code ? unlinkPhoneMessages[error.code] : undefined;
  return known ? i18n._(known) : toUserMessage(error, i18n._(unlinkFallbackMessage));
}
