import { EXCEL_BOM } from '../../lib/excel-csv';
import type { ExportProgress } from '../../domain/contacts/export';
import { fetchLedgerPage, countLedger, type CreditsClient } from './api';
import { ledgerCsvHeaderLine, ledgerCsvLine } from './ledger-csv';
import type { LedgerQuery } from './ledger-filters';
import type { LedgerCursor } from './ledger-pages';

// The filtered ledger as a CSV file, read 1,000 lines at a time by the same keyset as the page.

/** At most this many lines, the most recent: the page says so next to the button. */
export const ledgerExportCap = 100_000;

/** Lines per request: the Data API's `max_rows` (1,000), so none is read and thrown away. */
export const ledgerExportPageSize = 1_000;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Every line the query selects, up to `cap`, as a CSV file. Gives the page back to the browser
 * between requests; rejects with the signal's reason when cancelled.
 */
export async function exportLedgerCsv({
  client,
  organizationId,
  query,
  timeZone,
  fileName,
  onProgress,
  signal,
  cap = ledgerExportCap,
}: {
  client: CreditsClient;
  organizationId: string;
  query: LedgerQuery;
  timeZone: string;
  fileName: string;
  onProgress?: (progress: ExportProgress) => void;
  signal?: AbortSignal;
  cap?: number;
}): Promise<File> {
  onProgress?.({ done: 0, total: null });
  const count = await countLedger(client, organizationId, query, signal);
  signal?.throwIfAborted();
  const total = Math.min(count, cap);
  onProgress?.({ done: 0, total });

  const parts: string[] = [`${EXCEL_BOM}${ledgerCsvHeaderLine()}`];
  let done = 0;
  let cursor: LedgerCursor | null = null;
  while (done < cap) {
    signal?.throwIfAborted();
    const page = await fetchLedgerPage(client, organizationId, query, cursor, {
      pageSize: Math.min(ledgerExportPageSize, cap - done),
      signal,
    });
    signal?.throwIfAborted();
    parts.push(page.entries.map((entry) => ledgerCsvLine(entry, timeZone)).join(''));
    done += page.entries.length;
    // A line written between the count and the first page makes the file a line longer.
    onProgress?.({ done, total: Math.max(total, done) });
    if (!page.next) break;
    cursor = page.next;
    await nextTask();
  }
  return new File(parts, fileName, { type: 'text/csv;charset=utf-8' });
}
