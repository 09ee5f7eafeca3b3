import { plural, t } from '@lingui/core/macro';
import { formatNumber } from '../../lib/format';
import type { BulkAction } from './contact-query';

// What bulk actions say before (confirmation) and after (toast), with real plurals (French puts
// 0 and 1 in the singular).

export function bulkResultMessage(action: BulkAction, changed: number, tag = ''): string {
  switch (action) {
    case 'add_tag':
      return changed === 0
        ? t`Ces contacts portaient déjà l’étiquette « ${tag} ».`
        : t`Étiquette « ${tag} » ajoutée à ${plural(changed, { one: '# contact', other: '# contacts' })}.`;
    case 'remove_tag':
      return changed === 0
        ? t`Aucun de ces contacts ne portait l’étiquette « ${tag} ».`
        : t`Étiquette « ${tag} » retirée de ${plural(changed, { one: '# contact', other: '# contacts' })}.`;
    case 'opt_out':
      return changed === 0
        ? t`Ces contacts étaient déjà désabonnés.`
        : plural(changed, { one: '# contact désinscrit.', other: '# contacts désinscrits.' });
    case 'delete':
      return plural(changed, { one: '# contact supprimé.', other: '# contacts supprimés.' });
  }
}

export type BulkConfirmation = { title: string; description: string; confirmLabel: string };

export function bulkConfirmation(action: 'opt_out' | 'delete', count: number): BulkConfirmation {
  if (action === 'opt_out')
    return {
      title: t`Désinscrire ${plural(count, { one: '# contact', other: '# contacts' })} ?`,
      description: plural(count, {
        one: 'Ce contact ne recevra plus aucune campagne. Le changement est inscrit dans son historique de consentement.',
        other:
          'Ces # contacts ne recevront plus aucune campagne. Le changement est inscrit dans l’historique de consentement de chacun.',
      }),
      confirmLabel: t`Désinscrire`,
    };
  return {
    title: t`Supprimer ${plural(count, { one: '# contact', other: '# contacts' })} ?`,
    description: plural(count, {
      one: 'Ce contact et son historique seront supprimés définitivement. Cette action est irréversible.',
      other:
        'Ces # contacts et leur historique seront supprimés définitivement. Cette action est irréversible.',
    }),
    confirmLabel: t`Supprimer ${plural(count, { one: '# contact', other: '# contacts' })}`,
  };
}

/** « 3 contacts sélectionnés », « Les 12 345 contacts correspondants sont sélectionnés ». */
export function selectionSummary(selection: { all: boolean; count: number }): string {
  const count = selection.count;
  if (selection.all) {
    return plural(count, {
      one: 'Le contact correspondant est sélectionné',
      other: 'Les # contacts correspondants sont sélectionnés',
    });
  }
  return plural(count, {
    one: '# contact sélectionné',
    other: '# contacts sélectionnés',
  });
}

/** « Sélectionner les 1 503 contacts correspondants ». */
export function selectAllLabel(matching: number): string {
  const count = formatNumber(matching);
  return t`Sélectionner les ${count} contacts correspondants`;
}
