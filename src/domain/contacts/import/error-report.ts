// The downloadable report of rows that were not imported, made for French Excel (see excel-csv),
// one problem per line.
import { EXCEL_BOM, csvLine } from '../../../lib/excel-csv';
import type { RowProblem } from './types';

/** Ligne;Valeur;Motif, then the problems in line order. */
export function errorReportCsv(problems: RowProblem[]): string {
  const sorted = [...problems].sort((a, b) => a.line - b.line);
  const lines = sorted.map((problem) =>
    csvLine([String(problem.line), problem.value, problem.reason]),
  );
  return `${EXCEL_BOM}${csvLine(['Ligne', 'Valeur', 'Motif'])}${lines.join('')}`;
}
