// How the progress and the result of an import read, and what the summary chart draws.
import { plural, t } from '@lingui/core/macro';
import { formatNumber } from '../../../lib/format';
import type { ImportProgress, ImportSummary } from '../../../domain/contacts/import/types';

/** « 12 000 / 100 000 contacts envoyés ». */
export function progressLabel(progress: ImportProgress): string {
  const done = formatNumber(progress.done);
  const total = progress.total;
  return t`${done} / ${plural(total, { one: '# contact envoyé', other: '# contacts envoyés' })}`;
}

/** Said when the person stopped the upload: what was kept, and how to finish. */
export function cancelledMessage(progress: ImportProgress): string {
  const total = formatNumber(progress.total);
  const sent = progress.done;
  return t`Import annulé après l’envoi de ${plural(sent, { one: '# contact', other: '# contacts' })} sur ${total}. Les contacts déjà envoyés sont enregistrés ; importez à nouveau le même fichier pour terminer, ils ne seront pas dupliqués.`;
}

export type OutcomeTone = 'brand' | 'info' | 'neutral' | 'warning' | 'danger';

export interface OutcomeFigure {
  key: keyof Pick<
    ImportSummary,
    'imported' | 'updated' | 'unchanged' | 'duplicates' | 'invalid' | 'overQuota'
  >;
  label: string;
  description: string;
  value: number;
  tone: OutcomeTone;
}

/** The rows of the file by what became of them, in the order the summary shows them. */
export function outcomeFigures(summary: ImportSummary): OutcomeFigure[] {
  return [
    {
      key: 'imported',
      label: t`Importés`,
      description: t`nouveaux contacts ajoutés`,
      value: summary.imported,
      tone: 'brand',
    },
    {
      key: 'updated',
      label: t`Mis à jour`,
      description: t`contacts existants complétés`,
      value: summary.updated,
      tone: 'info',
    },
    {
      key: 'unchanged',
      label: t`Inchangés`,
      description: t`déjà enregistrés, laissés tels quels`,
      value: summary.unchanged,
      tone: 'neutral',
    },
    {
      key: 'duplicates',
      label: t`Doublons`,
      description: t`numéros répétés dans le fichier`,
      value: summary.duplicates,
      tone: 'warning',
    },
    {
      key: 'invalid',
      label: t`Invalides`,
      description: t`lignes sans numéro utilisable`,
      value: summary.invalid,
      tone: 'danger',
    },
    {
      key: 'overQuota',
      label: t`Hors quota`,
      description: t`nouveaux numéros au-delà du quota`,
      value: summary.overQuota,
      tone: 'danger',
    },
  ];
}

/** The share of each figure in a bar of 100 %, the empty ones left out. */
export function outcomeShares(
  figures: OutcomeFigure[],
): { figure: OutcomeFigure; percent: number }[] {
  const total = figures.reduce((sum, figure) => sum + figure.value, 0);
  if (total === 0) return [];
  return figures
    .filter((figure) => figure.value > 0)
    .map((figure) => ({ figure, percent: (figure.value / total) * 100 }));
}

/** The error report's file name: « rapport-import-contacts-2026-11-21.csv » for contacts.csv. */
export function errorReportFileName(sourceName: string, today: Date = new Date()): string {
  const base =
    sourceName
      .replace(/\.[^.]+$/, '')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 60) || t`fichier`;
  const day = [
    today.getFullYear(),
    String(today.getMonth() + 1).padStart(2, '0'),
    String(today.getDate()).padStart(2, '0'),
  ].join('-');
  return t`rapport-import-${base}-${day}.csv`;
}
