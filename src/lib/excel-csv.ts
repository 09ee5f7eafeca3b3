// CSV that French Excel opens as it is: UTF-8 with a byte-order mark (without it Excel reads the
// bytes as Windows-1252), `;` between cells (the list separator of a French Windows), CRLF line
// ends. Shared by the contacts export and the import's error report.

export const EXCEL_BOM = '\uFEFF';

// A cell that starts like a formula is run by spreadsheets (CSV injection): it gets a leading
// apostrophe. Plain numbers (an E.164 phone, « -5 ») are left as they are: no formula in them.
const formulaStart = /^[=+\-@\t\r]/;
const plainNumber = /^[+-]?\d[\d\s.,]*$/;

/** One cell: neutralised if it could run as a formula, quoted when it holds `;`, `"` or a line end. */
export function csvCell(value: string | null | undefined): string {
  let text = value ?? '';
  if (formulaStart.test(text) && !plainNumber.test(text)) text = `'${text}`;
  return /[;"\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly (string | null | undefined)[]): string {
  return `${cells.map(csvCell).join(';')}\r\n`;
}
