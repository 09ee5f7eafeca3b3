import type { ColumnTarget, ParsedTable } from '../../../domain/contacts/import/types';
import type { FileOverview } from './worker-protocol';

/** Values shown beside each column on the mapping screen. */
export const samplesPerColumn = 3;

/**
 * The first few distinct non-empty values of each column: enough to recognise a column of phone
 * numbers or of towns, without scanning a file of 100,000 rows.
 */
export function columnSamples(
  table: ParsedTable,
  perColumn: number = samplesPerColumn,
): string[][] {
  return table.headers.map((_, column) => {
    const seen = new Set<string>();
    for (const row of table.rows) {
      const value = (row[column] ?? '').trim();
      if (value) seen.add(value);
      if (seen.size >= perColumn) break;
    }
    return [...seen];
  });
}

export function fileOverview(
  table: ParsedTable,
  fileName: string,
  detectedMapping: ColumnTarget[],
): FileOverview {
  return {
    fileName,
    encoding: table.encoding,
    delimiter: table.delimiter ?? null,
    headers: table.headers,
    rowCount: table.rows.length,
    samples: columnSamples(table),
    detectedMapping,
  };
}
