import type {
  ParsedTable,
  PreparedImport,
  RowProblem,
} from '../../../domain/contacts/import/types';
import type { PreviewRow } from './worker-protocol';

/** Lines shown on the check screen. */
export const previewSize = 20;

function byLine(problems: RowProblem[]): Map<number, RowProblem[]> {
  const lines = new Map<number, RowProblem[]>();
  for (const problem of problems) {
    const list = lines.get(problem.line);
    if (list) list.push(problem);
    else lines.set(problem.line, [problem]);
  }
  return lines;
}

/**
 * The first lines of the file with what the import will do with each: imported (with the number as
 * it will be stored), set aside as invalid or as a duplicate, or imported with a remark.
 */
export function buildPreview(
  table: ParsedTable,
  prepared: PreparedImport,
  limit: number = previewSize,
): PreviewRow[] {
  const count = Math.min(limit, table.rows.length);
  if (count === 0) return [];
  const lastLine = table.lines[count - 1] ?? Number.POSITIVE_INFINITY;
  // Only the problems of the shown lines are indexed: the lists can hold thousands of entries.
  const invalid = byLine(prepared.invalid.filter((problem) => problem.line <= lastLine));
  const duplicates = byLine(prepared.duplicates.filter((problem) => problem.line <= lastLine));
  const warnings = byLine(prepared.warnings.filter((problem) => problem.line <= lastLine));
  const phones = new Map<number, string>();
  for (const contact of prepared.contacts) {
    if (contact.line <= lastLine) phones.set(contact.line, contact.phone);
  }

  return table.rows.slice(0, count).map((cells, index) => {
    const line = table.lines[index] ?? index + 2;
    const invalidProblem = invalid.get(line)?.[0];
    const duplicateProblem = duplicates.get(line)?.[0];
    return {
      line,
      cells,
      status: invalidProblem ? 'invalid' : duplicateProblem ? 'duplicate' : 'valid',
      phone: phones.get(line) ?? null,
      problem: invalidProblem ?? duplicateProblem ?? null,
      warnings: warnings.get(line) ?? [],
    };
  });
}

/** The first problems of the whole file, in line order, for the check screen. */
export function firstProblems(prepared: PreparedImport, limit: number): RowProblem[] {
  return [...prepared.invalid, ...prepared.duplicates]
    .sort((a, b) => a.line - b.line)
    .slice(0, limit);
}
