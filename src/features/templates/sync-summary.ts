export type SyncResult = {
  source: 'live' | 'sandbox';
  received: number;
  created: number;
  updated: number;
  removed: number;
};

function count(value: number, singular: string, plural: string): string {
  return `${value} ${value > 1 ? plural : singular}`;
}

/** « 7 modèles reçus : 2 ajoutés, 5 mis à jour », the result of « Synchroniser » in a sentence. */
export function syncSummary({ received, created, updated, removed }: SyncResult): string {
  const changes = [count(created, 'ajouté', 'ajoutés'), `${updated} mis à jour`];
  if (removed > 0) changes.push(count(removed, 'retiré', 'retirés'));
  if (received === 0) {
    return removed > 0
      ? `Aucun modèle reçu de Wati : ${count(removed, 'retiré', 'retirés')}.`
      : 'Aucun modèle reçu de Wati.';
  }
  return `${count(received, 'modèle reçu', 'modèles reçus')} : ${changes.join(', ')}.`;
}
