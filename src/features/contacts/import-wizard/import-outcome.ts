// How the progress and the result of an import read, in French, and what the summary chart draws.
import { formatNumber } from '../../../lib/format';
import type { ImportProgress, ImportSummary } from '../../../domain/contacts/import/types';

/** « 12 000 / 100 000 contacts envoyés ». */
export function progressLabel(progress: ImportProgress): string {
  return `${formatNumber(progress.done)} / ${formatNumber(progress.total)} contact${
    progress.total > 1 ? 's' : ''
  } envoyé${progress.total > 1 ? 's' : ''}`;
}

/** Said when the person stopped the upload: what was kept, and how to finish. */
export function cancelledMessage(progress: ImportProgress): string {
  return `Import annulé après l’envoi de ${formatNumber(progress.done)} contact${
    progress.done > 1 ? 's' : ''
  } sur ${formatNumber(progress.total)}. Les contacts déjà envoyés sont enregistrés ; importez à nouveau le même fichier pour terminer, ils ne seront pas dupliqués.`;
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
      label: 'Importés',
      description: 'nouveaux contacts ajoutés',
      value: summary.imported,
      tone: 'brand',
    },
    {
      key: 'updated',
      label: 'Mis à jour',
      description: 'contacts existants complétés',
      value: summary.updated,
      tone: 'info',
    },
    {
      key: 'unchanged',
      label: 'Inchangés',
      description: 'déjà enregistrés, laissés tels quels',
      value: summary.unchanged,
      tone: 'neutral',
    },
    {
      key: 'duplicates',
      label: 'Doublons',
      description: 'numéros répétés dans le fichier',
      value: summary.duplicates,
      tone: 'warning',
    },
    {
      key: 'invalid',
      label: 'Invalides',
      description: 'lignes sans numéro utilisable',
      value: summary.invalid,
      tone: 'danger',
    },
    {
      key: 'overQuota',
      label: 'Hors quota',
      description: 'nouveaux numéros au-delà du quota',
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
      .slice(0, 60) || 'fichier';
  const day = [
    today.getFullYear(),
    String(today.getMonth() + 1).padStart(2, '0'),
    String(today.getDate()).padStart(2, '0'),
  ].join('-');
  return `rapport-import-${base}-${day}.csv`;
}
