// Which files the wizard accepts, checked before anything is read, and how it names what it found.
import { i18n } from '@lingui/core';
import { msg, plural, t } from '@lingui/core/macro';
import { fileProblemText } from '../../../domain/contacts/import/messages';
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

/** Why this file is refused before being read; null when it may be read. */
export function fileProblem(file: { name: string; size: number }): string | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xls')) return fileProblemText({ code: 'old_excel' });
  if (!acceptedExtensions.some((extension) => name.endsWith(extension))) {
    return fileProblemText({ code: 'not_a_table' });
  }
  if (file.size === 0) return t`Ce fichier est vide.`;
  if (file.size > maxFileBytes) {
    return t`Ce fichier dépasse 50 Mo : découpez-le en plusieurs fichiers, puis importez-les l’un après l’autre.`;
  }
  return null;
}

const encodingLabels = {
  'utf-8': msg`texte UTF-8`,
  'utf-8-bom': msg`texte UTF-8 (avec BOM)`,
  'windows-1252': msg`texte Windows-1252 (Excel)`,
  xlsx: msg`classeur Excel (.xlsx)`,
} satisfies Record<FileEncoding, unknown>;

const delimiterLabels = {
  ';': msg`point-virgule`,
  ',': msg`virgule`,
  '\t': msg`tabulation`,
} satisfies Record<';' | ',' | '\t', unknown>;

export function encodingLabel(encoding: FileEncoding): string {
  return i18n._(encodingLabels[encoding]);
}

export function delimiterLabel(delimiter: ';' | ',' | '\t'): string {
  return i18n._(delimiterLabels[delimiter]);
}

/** « 1 250 lignes », « 1 ligne ». */
export function rowCountLabel(count: number): string {
  return plural(count, { one: '# ligne', other: '# lignes' });
}

/** What was detected, in one line: « Texte Windows-1252 (Excel), séparateur point-virgule, 7 lignes ». */
export function fileDescription(file: FileOverview): string {
  const parts = [encodingLabel(file.encoding)];
  if (file.delimiter) {
    const delimiter = delimiterLabel(file.delimiter);
    parts.push(t`séparateur ${delimiter}`);
  }
  parts.push(rowCountLabel(file.rowCount));
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
