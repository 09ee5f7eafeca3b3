// The plan's contact quota as the check screen explains it. The database enforces the quota; this
// only warns beforehand, as it cannot know which numbers of the file are already contacts.
import { plural, t } from '@lingui/core/macro';
import { formatNumber } from '../../../lib/format';

export interface QuotaOutlook {
  /** Contacts the plan still allows; null when it sets no limit. */
  remaining: number | null;
  message: string;
  /** Set when the file may not fit: what will happen. */
  warning: string | null;
}

export function quotaOutlook(
  quota: number | null,
  used: number,
  validNumbers: number,
): QuotaOutlook {
  if (quota === null) {
    return {
      remaining: null,
      message: t`Votre abonnement ne limite pas le nombre de contacts.`,
      warning: null,
    };
  }
  const remaining = Math.max(quota - used, 0);
  const usedText = formatNumber(used);
  const quotaText = formatNumber(quota);
  const message =
    remaining === 0
      ? t`Votre abonnement permet ${plural(quota, { one: '# contact', other: '# contacts' })} et ce nombre est atteint.`
      : t`Il vous reste ${plural(remaining, { one: '# contact', other: '# contacts' })} sur votre abonnement (${usedText} sur ${quotaText} utilisés).`;
  if (validNumbers <= remaining) return { remaining, message, warning: null };
  const remainingText = formatNumber(remaining);
  const warning =
    remaining === 0
      ? t`Aucun nouveau contact ne pourra être ajouté : l’import s’arrêtera au premier numéro nouveau du fichier. Passez à un abonnement supérieur ou supprimez des contacts inutiles.`
      : t`Ce fichier contient ${plural(validNumbers, { one: '# numéro valide', other: '# numéros valides' })} : si plus de ${remainingText} sont nouveaux, l’import s’arrêtera au quota et les suivants ne seront pas ajoutés. Les numéros déjà enregistrés ne comptent pas.`;
  return { remaining, message, warning };
}
