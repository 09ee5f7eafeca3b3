// Which files the wizard accepts, checked before anything is read, and how it names what it found.
import { formatNumber } from '../../../lib/format';
import type { FileEncoding } from '../../../domain/contacts/import/types';
import type { FileOverview } from './worker-protocol';

export const acceptedExtensions = ['.csv', '.txt', '.xlsx'] as const;
/** For the file input's `accept`: the extensions, and the types browsers report for them. */
export const acceptAttribute = [
  ...acceptedExtensions,
  'text/csv',
  'text/plain',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
].join(',');

/** 50 MB: far above 100,000 contacts in CSV (about 8 MB), well below what a tab can hold. */
export const maxFileBytes = 50 * 1024 * 1024;

/** Why this file is refused before being read, in French; null when it may be read. */
export function fileProblem(file: { name: string; size: number }): string | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xls')) {
    return 'Les fichiers .xls (Excel 97-2003) ne sont pas lus : dans Excel, choisissez « Enregistrer sous » puis « Classeur Excel (.xlsx) » ou « CSV (séparateur : point-virgule) ».';
  }
  if (!acceptedExtensions.some((extension) => name.endsWith(extension))) {
    return 'Choisissez un fichier CSV (.csv, .txt) ou Excel (.xlsx).';
  }
  if (file.size === 0) return 'Ce fichier est vide.';
  if (file.size > maxFileBytes) {
    return `Ce fichier dépasse 50 Mo : découpez-le en plusieurs fichiers, puis importez-les l’un après l’autre.`;
  }
  return null;
}

const encodingLabels: Record<FileEncoding, string> = {
  'utf-8': 'texte UTF-8',
  'utf-8-bom': 'texte UTF-8 (avec BOM)',
  'windows-1252': 'texte Windows-1252 (Excel)',
  xlsx: 'classeur Excel (.xlsx)',
};

const delimiterLabels: Record<';' | ',' | '\t', string> = {
  ';': 'point-virgule',
  ',': 'virgule',
  '\t': 'tabulation',
};

export function encodingLabel(encoding: FileEncoding): string {
  return encodingLabels[encoding];
}

export function delimiterLabel(delimiter: ';' | ',' | '\t'): string {
  return delimiterLabels[delimiter];
}

/** « 1 250 lignes », « 1 ligne ». */
export function rowCountLabel(count: number): string {
  return `${formatNumber(count)} ligne${count > 1 ? 's' : ''}`;
}

/** What was detected, in one line: « Texte Windows-1252 (Excel), séparateur point-virgule, 7 lignes ». */
export function fileDescription(file: FileOverview): string {
  const parts = [encodingLabel(file.encoding)];
  if (file.delimiter) parts.push(`séparateur ${delimiterLabel(file.delimiter)}`);
  parts.push(rowCountLabel(file.rowCount));
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
