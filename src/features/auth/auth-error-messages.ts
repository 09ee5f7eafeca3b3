import { isAuthError } from '@supabase/supabase-js';

export const signInFallbackMessage = 'Connexion impossible pour le moment. Réessayez.';

// Keyed by GoTrue error codes; network failures carry no code and get the fallback.
const signInMessages: Partial<Record<string, string>> = {
  invalid_credentials: 'E-mail ou mot de passe incorrect.',
  email_not_confirmed:
    'Adresse e-mail non confirmée. Ouvrez le lien reçu par e-mail, puis réessayez.',
  user_banned: 'Ce compte est suspendu. Contactez l’administrateur de votre organisation.',
  over_request_rate_limit: 'Trop de tentatives. Patientez quelques minutes, puis réessayez.',
};

export function toSignInErrorMessage(error: unknown): string {
  if (isAuthError(error) && error.code) {
    return signInMessages[error.code] ?? signInFallbackMessage;
  }
  return signInFallbackMessage;
}
