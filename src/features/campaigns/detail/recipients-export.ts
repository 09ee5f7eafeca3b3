import { i18n } from '@lingui/core';
import { EXCEL_BOM, csvLine } from '../../../lib/excel-csv';
import { recipientsQuery } from './api';
import type { RecipientFilter } from './recipient-filters';
import { recipientCsvHeaders, recipientCsvLine } from './recipients-csv';

// A campaign's recipients as a CSV file, read 1,000 at a time by id so that 100,000 recipients
// are 100 short index reads.

export type RecipientExportProgress = { done: number; total: number | null };

/** Rows per request: the Data API's `max_rows` (1,000), so none is read and thrown away. */
export const recipientExportPageSize = 1_000;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function abortIfAsked(signal: AbortSignal | undefined): void {
  // Throws the signal's reason (an AbortError when none was given).
  signal?.throwIfAborted();
}

/**
 * Every recipient the filter selects, as a CSV file. Walks by id (`id > last`) and gives the page
 * back to the browser between requests; rejects with the signal's reason when cancelled.
 */
export async function exportRecipientsCsv({
  campaignId,
  filter,
  fileName,
  timeZone,
  onProgress,
  signal,
}: {
  campaignId: string;
  filter: RecipientFilter;
  fileName: string;
  timeZone: string;
  onProgress?: (progress: RecipientExportProgress) => void;
  signal?: AbortSignal;
}): Promise<Blob> {
  onProgress?.({ done: 0, total: null });
  const counted = recipientsQuery(campaignId, filter, { count: 'exact', head: true });
  const { count, error: countError } = await (signal ? counted.abortSignal(signal) : counted);
  abortIfAsked(signal);
  if (countError) throw countError;
  const total = count ?? null;

  const parts: string[] = [
    `${EXCEL_BOM}${csvLine(recipientCsvHeaders.map((header) => i18n._(header)))}`,
  ];
  let done = 0;
  let after: string | undefined;
  for (;;) {
    abortIfAsked(signal);
    let request = recipientsQuery(campaignId, filter).limit(recipientExportPageSize);
    if (after) request = request.gt('id', after);
    const { data, error } = await (signal ? request.abortSignal(signal) : request);
    abortIfAsked(signal);
    if (error) throw error;
    if (data.length === 0) break;
    parts.push(data.map((recipient) => recipientCsvLine(recipient, timeZone)).join(''));
    done += data.length;
    after = data[data.length - 1]!.id;
    onProgress?.({ done, total: total === null ? null : Math.max(total, done) });
    await nextTask();
  }
  return new File(parts, fileName, { type: 'text/csv;charset=utf-8' });
}
