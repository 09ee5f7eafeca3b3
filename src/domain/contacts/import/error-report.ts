// The downloadable report of rows that were not imported, made for French Excel (see excel-csv),
// one problem per line, in the reader's language.
import { EXCEL_BOM, csvLine } from '../../../lib/excel-csv';
import { activeTranslator, rowProblemText, type Translator } from './messages';
import type { RowProblem } from './types';

/**
 * Ligne;Nom;Valeur;Motif, then the problems in line order. The name is the contact's as the
 * wizard's mapping reads it (full name, or first and last names), so that people find the row.
 */
export function errorReportCsv(
  problems: RowProblem[],
  i18n: Translator = activeTranslator(),
): string {
  const sorted = [...problems].sort((a, b) => a.line - b.line);
  const lines = sorted.map((problem) =>
    csvLine([
      String(problem.line),
      problem.name ?? '',
      problem.value,
      rowProblemText(problem, i18n),
    ]),
  );
  const headers = [
    i18n._({ id: 'contacts.report.line', message: 'Ligne' }),
    i18n._({ id: 'contacts.report.name', message: 'Nom' }),
    i18n._({ id: 'contacts.report.value', message: 'Valeur' }),
    i18n._({ id: 'contacts.report.reason', message: 'Motif' }),
  ];
  return `${EXCEL_BOM}${csvLine(headers)}${lines.join('')}`;
}
