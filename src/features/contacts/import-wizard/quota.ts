// The plan's contact quota as the check screen explains it. The database enforces the quota; this
// only warns beforehand, as it cannot know which numbers of the file are already contacts.
import { formatNumber } from '../../../lib/format';

export interface QuotaOutlook {
  /** Contacts the plan still allows; null when it sets no limit. */
  remaining: number | null;
  message: string;
  /** Set when the file may not fit: what will happen, in French. */
  warning: string | null;
}

function contacts(count: number): string {
  return `${formatNumber(count)} contact${count > 1 ? 's' : ''}`;
}

export function quotaOutlook(
  quota: number | null,
  used: number,
  validNumbers: number,
): QuotaOutlook {
  if (quota === null) {
    return {
      remaining: null,
      message: 'Votre abonnement ne limite pas le nombre de contacts.',
      warning: null,
    };
  }
  const remaining = Math.max(quota - used, 0);
  const message =
    remaining === 0
      ? `Votre abonnement permet ${contacts(quota)} et ce nombre est atteint.`
      : `Il vous reste ${contacts(remaining)} sur votre abonnement (${formatNumber(used)} sur ${formatNumber(quota)} utilisés).`;
  if (validNumbers <= remaining) return { remaining, message, warning: null };
  const warning =
    remaining === 0
      ? 'Aucun nouveau contact ne pourra être ajouté : l’import s’arrêtera au premier numéro nouveau du fichier. Passez à un abonnement supérieur ou supprimez des contacts inutiles.'
      : `Ce fichier contient ${formatNumber(validNumbers)} numéros valides : si plus de ${formatNumber(remaining)} sont nouveaux, l’import s’arrêtera au quota et les suivants ne seront pas ajoutés. Les numéros déjà enregistrés ne comptent pas.`;
  return { remaining, message, warning };
}
