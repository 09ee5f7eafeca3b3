import { plural, t } from '@lingui/core/macro';

export type SyncResult = {
  source: 'live' | 'sandbox';
  received: number;
  created: number;
  updated: number;
  removed: number;
};

/** « 7 modèles reçus : 2 ajoutés, 5 mis à jour », the result of « Synchroniser » in a sentence. */
export function syncSummary({ received, created, updated, removed }: SyncResult): string {
  if (received === 0) {
    return removed > 0
      ? t`Aucun modèle reçu de Wati : ${plural(removed, { one: '# retiré', other: '# retirés' })}.`
      : t`Aucun modèle reçu de Wati.`;
  }
  if (removed === 0) {
    return t`${plural(received, { one: '# modèle reçu', other: '# modèles reçus' })} : ${plural(created, { one: '# ajouté', other: '# ajoutés' })}, ${plural(updated, { other: '# mis à jour' })}.`;
  }
  return t`${plural(received, { one: '# modèle reçu', other: '# modèles reçus' })} : ${plural(created, { one: '# ajouté', other: '# ajoutés' })}, ${plural(updated, { other: '# mis à jour' })}, ${plural(removed, { one: '# retiré', other: '# retirés' })}.`;
}
