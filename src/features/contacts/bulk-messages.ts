import { formatNumber } from '../../lib/format';
import type { BulkAction } from './contact-query';

// What bulk actions say before (confirmation) and after (toast), with French plurals: 0 and 1
// take the singular.

function contacts(count: number): string {
  return `${formatNumber(count)} contact${count > 1 ? 's' : ''}`;
}

function agreed(count: number, word: string): string {
  return `${word}${count > 1 ? 's' : ''}`;
}

export function bulkResultMessage(action: BulkAction, changed: number, tag = ''): string {
  switch (action) {
    case 'add_tag':
      return changed === 0
        ? `Ces contacts portaient déjà l’étiquette « ${tag} ».`
        : `Étiquette « ${tag} » ajoutée à ${contacts(changed)}.`;
    case 'remove_tag':
      return changed === 0
        ? `Aucun de ces contacts ne portait l’étiquette « ${tag} ».`
        : `Étiquette « ${tag} » retirée de ${contacts(changed)}.`;
    case 'opt_out':
      return changed === 0
        ? 'Ces contacts étaient déjà désabonnés.'
        : `${contacts(changed)} ${agreed(changed, 'désinscrit')}.`;
    case 'delete':
      return `${contacts(changed)} ${agreed(changed, 'supprimé')}.`;
  }
}

export type BulkConfirmation = { title: string; description: string; confirmLabel: string };

export function bulkConfirmation(action: 'opt_out' | 'delete', count: number): BulkConfirmation {
  if (action === 'opt_out')
    return {
      title: `Désinscrire ${contacts(count)} ?`,
      description:
        count > 1
          ? `Ces ${contacts(count)} ne recevront plus aucune campagne. Le changement est inscrit dans l’historique de consentement de chacun.`
          : 'Ce contact ne recevra plus aucune campagne. Le changement est inscrit dans son historique de consentement.',
      confirmLabel: 'Désinscrire',
    };
  return {
    title: `Supprimer ${contacts(count)} ?`,
    description:
      count > 1
        ? `Ces ${contacts(count)} et leur historique seront supprimés définitivement. Cette action est irréversible.`
        : 'Ce contact et son historique seront supprimés définitivement. Cette action est irréversible.',
    confirmLabel: `Supprimer ${contacts(count)}`,
  };
}

/** « 3 contacts sélectionnés », « Les 12 345 contacts correspondants sont sélectionnés ». */
export function selectionSummary(selection: { all: boolean; count: number }): string {
  if (selection.all)
    return selection.count === 1
      ? 'Le contact correspondant est sélectionné'
      : `Les ${contacts(selection.count)} correspondants sont sélectionnés`;
  return `${contacts(selection.count)} ${agreed(selection.count, 'sélectionné')}`;
}
