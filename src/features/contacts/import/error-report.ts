// The downloadable report of rows that were not imported, made for French Excel: `;` separated,
// UTF-8 with a BOM (without it Excel reads accents as Windows-1252), one problem per line.
import type { RowProblem } from './types';

const BOM = '\uFEFF';

/**
 * Text Excel would run as a formula (`=HYPERLINK(…)`, `@SUM(…)`, `+cmd|…`) gets a leading
 * apostrophe, as OWASP advises for CSV exports. Numbers such as `+237 671 23 45 67` are left as
 * they are: Excel cannot run them.
 */
function defused(value: string): string {
  if (/^[=@\t\r]/.test(value) || (/^[+-]/.test(value) && /[^\d\s().+\-/]/.test(value))) {
    return `'${value}`;
  }
  return value;
}

/** A CSV cell: quoted when it holds a separator, a quote or a line break (quotes doubled). */
function cell(text: string): string {
  const value = defused(text);
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Ligne;Valeur;Motif, then the problems in line order. */
export function errorReportCsv(problems: RowProblem[]): string {
  const sorted = [...problems].sort((a, b) => a.line - b.line);
  const lines = ['Ligne;Valeur;Motif'];
  for (const problem of sorted) {
    lines.push(`${problem.line};${cell(problem.value)};${cell(problem.reason)}`);
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
