import { plural, t } from '@lingui/core/macro';
import type { CampaignEstimate } from './api';

/**
 * Why the estimate forbids a launch, in the reader's language, or null when it allows one. The
 * database checks the same at launch (launch_campaign); saying it here spares a failed attempt.
 */
export function launchBlocker(estimate: CampaignEstimate): string | null {
  if (estimate.recipients === 0) {
    return t`Aucun destinataire : l’audience est vide ou tous ses contacts sont exclus.`;
  }
  if (estimate.quotaRemaining !== null && estimate.recipients > estimate.quotaRemaining) {
    const recipients = estimate.recipients;
    const remaining = estimate.quotaRemaining;
    return t`Quota mensuel insuffisant : ${plural(recipients, { one: '# message à envoyer', other: '# messages à envoyer' })}, ${plural(remaining, { one: '# restant', other: '# restants' })} ce mois-ci. Réduisez l’audience ou passez à un abonnement supérieur.`;
  }
  return null;
}

/** « 1 contact », « 15 contacts ». */
export function contactCount(count: number): string {
  return plural(count, { one: '# contact', other: '# contacts' });
}
