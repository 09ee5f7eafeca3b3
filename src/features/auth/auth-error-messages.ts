import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { isAuthError } from '@supabase/supabase-js';

const signInFallbackMessage = msg`Connexion impossible pour le moment. Réessayez.`;
const signUpFallbackMessage = msg`Inscription impossible pour le moment. Réessayez.`;
const changePasswordFallbackMessage = msg`Le mot de passe n’a pas pu être modifié pour le moment. Réessayez.`;

const passwordResetFallbackMessage = msg`L’e-mail de réinitialisation n’a pas pu être envoyé pour le moment. Réessayez.`;

const rateLimited = msg`Trop de tentatives. Patientez quelques minutes, puis réessayez.`;
const weakPassword = msg`Mot de passe trop faible : choisissez-en un plus long, mêlant lettres, chiffres et symboles.`;
const accountExists = msg`Un compte existe déjà avec cette adresse e-mail. Connectez-vous.`;

type Messages = Partial<Record<string, MessageDescriptor>>;

// Keyed by GoTrue error codes; network failures carry no code and get the fallback.
const signInMessages: Messages = {
  invalid_credentials: msg`E-mail ou mot de passe incorrect.`,
  email_not_confirmed: msg`Adresse e-mail non confirmée. Ouvrez le lien reçu par e-mail, puis réessayez.`,
  user_banned: msg`Ce compte est suspendu. Contactez l’administrateur de votre organisation.`,
  over_request_rate_limit: rateLimited,
};

const signUpMessages: Messages = {
  user_already_exists: accountExists,
  email_exists: accountExists,
  weak_password: weakPassword,
  signup_disabled: msg`Les inscriptions sont fermées pour le moment.`,
  email_provider_disabled: msg`Les inscriptions par e-mail sont fermées pour le moment.`,
  email_address_invalid: msg`Cette adresse e-mail n’est pas acceptée. Utilisez-en une autre.`,
  validation_failed: msg`Vérifiez l’adresse e-mail et le mot de passe saisis.`,
  over_request_rate_limit: rateLimited,
  over_email_send_rate_limit: rateLimited,
};

const changePasswordMessages: Messages = {
  same_password: msg`Le nouveau mot de passe doit être différent de l’actuel.`,
  weak_password: weakPassword,
  reauthentication_needed: msg`Par sécurité, reconnectez-vous puis modifiez votre mot de passe.`,
  session_not_found: msg`Votre session a expiré. Reconnectez-vous, puis réessayez.`,
  over_request_rate_limit: rateLimited,
};

const passwordResetMessages: Messages = {
  // Auth sends one recovery e-mail a minute per address ([auth.email] max_frequency).
  over_email_send_rate_limit: msg`Un e-mail vient déjà de partir pour cette adresse : patientez une minute avant d’en demander un autre.`,
  over_request_rate_limit: rateLimited,
  email_address_invalid: msg`Cette adresse e-mail n’est pas acceptée.`,
  validation_failed: msg`Vérifiez l’adresse e-mail saisie.`,
};

/** The sentence for an Auth error, in the active language: by its code, else the fallback. */
function messageFor(messages: Messages, fallback: MessageDescriptor, error: unknown): string {
  const known = isAuthError(error) && error.code ? messages[error.code] : undefined;
  return i18n._(known ?? fallback);
}

export function toSignInErrorMessage(error: unknown): string {
  return messageFor(signInMessages, signInFallbackMessage, error);
}

export function toSignUpErrorMessage(error: unknown): string {
  return messageFor(signUpMessages, signUpFallbackMessage, error);
}

export function toChangePasswordErrorMessage(error: unknown): string {
  return messageFor(changePasswordMessages, changePasswordFallbackMessage, error);
}

export function toPasswordResetErrorMessage(error: unknown): string {
  return messageFor(passwordResetMessages, passwordResetFallbackMessage, error);
}
