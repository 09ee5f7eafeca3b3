import { isAuthError } from '@supabase/supabase-js';

export const signInFallbackMessage = 'Connexion impossible pour le moment. Réessayez.';
export const signUpFallbackMessage = 'Inscription impossible pour le moment. Réessayez.';
export const changePasswordFallbackMessage =
  'Le mot de passe n’a pas pu être modifié pour le moment. Réessayez.';

const rateLimited = 'Trop de tentatives. Patientez quelques minutes, puis réessayez.';
const weakPassword =
  'Mot de passe trop faible : choisissez-en un plus long, mêlant lettres, chiffres et symboles.';

// Keyed by GoTrue error codes; network failures carry no code and get the fallback.
const signInMessages: Partial<Record<string, string>> = {
  invalid_credentials: 'E-mail ou mot de passe incorrect.',
  email_not_confirmed:
    'Adresse e-mail non confirmée. Ouvrez le lien reçu par e-mail, puis réessayez.',
  user_banned: 'Ce compte est suspendu. Contactez l’administrateur de votre organisation.',
  over_request_rate_limit: rateLimited,
};

const signUpMessages: Partial<Record<string, string>> = {
  user_already_exists: 'Un compte existe déjà avec cette adresse e-mail. Connectez-vous.',
  email_exists: 'Un compte existe déjà avec cette adresse e-mail. Connectez-vous.',
  weak_password: weakPassword,
  signup_disabled: 'Les inscriptions sont fermées pour le moment.',
  email_provider_disabled: 'Les inscriptions par e-mail sont fermées pour le moment.',
  email_address_invalid: 'Cette adresse e-mail n’est pas acceptée. Utilisez-en une autre.',
  validation_failed: 'Vérifiez l’adresse e-mail et le mot de passe saisis.',
  over_request_rate_limit: rateLimited,
  over_email_send_rate_limit: rateLimited,
};

const changePasswordMessages: Partial<Record<string, string>> = {
  same_password: 'Le nouveau mot de passe doit être différent de l’actuel.',
  weak_password: weakPassword,
  reauthentication_needed: 'Par sécurité, reconnectez-vous puis modifiez votre mot de passe.',
  session_not_found: 'Votre session a expiré. Reconnectez-vous, puis réessayez.',
  over_request_rate_limit: rateLimited,
};

function messageFor(
  messages: Partial<Record<string, string>>,
  fallback: string,
  error: unknown,
): string {
  if (isAuthError(error) && error.code) return messages[error.code] ?? fallback;
  return fallback;
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
