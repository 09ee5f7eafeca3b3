import { errorResponse } from './http.ts';
import { WatiError, WatiRateLimitError } from './wati/errors.ts';

/**
 * A Wati failure told to a person, in French, with the status that fits; undefined otherwise.
 * What the remote server wrote goes to the log only: the endpoint may not be Wati's, and its
 * answer must not travel back to the caller. A destination the outgoing-URL guard refused reads
 * like an unreachable Wati, so that the answer does not tell which addresses exist.
 */
export function watiErrorResponse(error: unknown): Response | undefined {
  if (!(error instanceof WatiError)) return undefined;
  console.error(`wati ${error.operation}: ${error.kind}: ${error.message}`);
  switch (error.kind) {
    case 'auth':
      return errorResponse(
        422,
        'wati_auth',
        'Wati refuse ce jeton : copiez-le à nouveau depuis la page « API Docs » de Wati.',
      );
    case 'validation':
      return errorResponse(
        422,
        'wati_validation',
        'Wati refuse la demande : vérifiez l’adresse de l’API et les réglages de votre compte Wati.',
      );
    case 'rate_limit': {
      const seconds = Math.ceil(((error as WatiRateLimitError).retryAfterMs ?? 10_000) / 1000);
      return errorResponse(
        429,
        'wati_rate_limit',
        `Wati limite les appels : réessayez dans ${seconds} s.`,
      );
    }
    case 'quota':
      return errorResponse(
        429,
        'wati_quota',
        'Le quota de votre abonnement Wati est atteint pour ce mois.',
      );
    default:
      return errorResponse(
        502,
        'wati_unavailable',
        'Wati ne répond pas correctement pour le moment : réessayez dans quelques minutes.',
      );
  }
}

export const noConnection = (): Response =>
  errorResponse(
    409,
    'wati_not_configured',
    'Aucune connexion Wati : renseignez l’adresse et le jeton dans Paramètres › Intégration Wati.',
  );
