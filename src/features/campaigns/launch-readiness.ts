import { formatNumber } from '../../lib/format';
import type { CampaignEstimate } from './api';

/**
 * Why the estimate forbids a launch, in French, or null when it allows one. The database checks
 * the same at launch (launch_campaign); saying it here spares a failed attempt.
 */
export function launchBlocker(estimate: CampaignEstimate): string | null {
  if (estimate.recipients === 0) {
    return 'Aucun destinataire : l’audience est vide ou tous ses contacts sont exclus.';
  }
  if (estimate.quotaRemaining !== null && estimate.recipients > estimate.quotaRemaining) {
    return `Quota mensuel insuffisant : ${formatNumber(estimate.recipients)} messages à envoyer, ${formatNumber(estimate.quotaRemaining)} restants ce mois-ci. Réduisez l’audience ou passez à un abonnement supérieur.`;
  }
  return null;
}

/** « 1 contact », « 15 contacts ». */
export function contactCount(count: number): string {
  return `${formatNumber(count)} contact${count > 1 ? 's' : ''}`;
}
