import { t } from '@lingui/core/macro';
import type { SupabaseClient } from '@supabase/supabase-js';
import type { SegmentCriteria } from '@shared/segments/criteria.ts';
import type { Database } from '../../lib/database.types';
import { ContactCsvWriter, type ExportProgress } from './export';

// Data calls of the contacts domain that several features make: the CSV export of the contacts
// page (current filters) and of the segments page (a segment's criteria).

export type ExportContactsOptions = {
  organizationId: string;
  /** null: every contact of the organisation. */
  criteria?: SegmentCriteria | null;
  search?: string | null;
  fileName: string;
  onProgress?: (progress: ExportProgress) => void;
  signal?: AbortSignal;
  /** The organisation's time zone for dates; read from the organisation when not given. */
  timeZone?: string;
};

/**
 * Rows asked for per call. The Data API returns at most `max_rows` rows per request (1,000 in
 * supabase/config.toml, Supabase's default), so asking for more would make the database read rows
 * that are then thrown away; the walk does not rely on it and stops on an empty page only.
 */
export const exportPageSize = 1_000;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The DOMException name of a cancelled operation. */
const ABORT_ERROR = 'AbortError';

function abortIfAsked(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new DOMException(t`Export annulé.`, ABORT_ERROR);
}

async function organizationTimeZone(
  client: SupabaseClient<Database>,
  organizationId: string,
): Promise<string> {
  const { data, error } = await client
    .from('organizations')
    .select('time_zone')
    .eq('id', organizationId)
    .single();
  if (error) throw error;
  return data.time_zone;
}

/**
 * Every contact the criteria and search select, as a CSV file. Walks export_contacts by id
 * (`after` = the last id received), so 100,000 contacts are 100 short index reads, and gives the
 * page back to the browser between requests. export_contacts is for owners and admins: anyone
 * else is refused (42501) rather than handed an empty file. Rejects with the signal's reason
 * when cancelled.
 */
export async function exportContactsCsv(
  client: SupabaseClient<Database>,
  {
    organizationId,
    criteria = null,
    search = null,
    fileName,
    onProgress,
    signal,
    timeZone,
  }: ExportContactsOptions,
): Promise<Blob> {
  const filters = {
    organization_id: organizationId,
    ...(criteria ? { criteria } : {}),
    ...(search?.trim() ? { search: search.trim() } : {}),
  };
  const counted = client.rpc('count_contacts', filters);
  const [zone, total] = await Promise.all([
    timeZone ?? organizationTimeZone(client, organizationId),
    (signal ? counted.abortSignal(signal) : counted).then(({ data, error }) => {
      if (error) throw error;
      return data;
    }),
  ]).catch((error: unknown) => {
    abortIfAsked(signal);
    throw error;
  });
  const writer = new ContactCsvWriter(zone);
  onProgress?.({ done: 0, total });

  let after: string | undefined;
  for (;;) {
    abortIfAsked(signal);
    const request = client.rpc('export_contacts', {
      ...filters,
      page_size: exportPageSize,
      ...(after ? { after } : {}),
    });
    const { data, error } = await (signal ? request.abortSignal(signal) : request);
    abortIfAsked(signal);
    if (error) throw error;
    if (data.length === 0) break;
    writer.add(data);
    after = data[data.length - 1]!.id;
    onProgress?.({ done: writer.count, total: Math.max(total, writer.count) });
    await nextTask();
  }

  const parts: string[] = [];
  for (const part of writer.parts()) {
    parts.push(part);
    // Writing 100,000 lines takes a moment: let the page paint and react meanwhile.
    await nextTask();
    abortIfAsked(signal);
  }
  return new File(parts, fileName, { type: 'text/csv;charset=utf-8' });
}
