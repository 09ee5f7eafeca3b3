import type { SupabaseClient } from '@supabase/supabase-js';
import type { SegmentCriteria } from '../../supabase/functions/_shared/segments/criteria.ts';
import type { Database, Tables } from './database.types';
import { EXCEL_BOM, csvCell, csvLine } from './excel-csv';

// Contacts to a CSV file that French Excel opens as it is (see excel-csv). Shared by the contacts
// page (current filters) and the segments page (a segment's criteria).

type ExportedContact = Pick<
  Tables<'contacts'>,
  'id' | 'phone' | 'name' | 'email' | 'tags' | 'opt_in_status' | 'opted_out_at' | 'created_at'
> & { attributes: unknown };

export const contactCsvHeaders = [
  'Téléphone',
  'Nom',
  'E-mail',
  'Étiquettes',
  'Statut',
  'Désinscrit le',
  'Créé le',
] as const;

const statusNames: Record<ExportedContact['opt_in_status'], string> = {
  opted_in: 'Abonné',
  opted_out: 'Désabonné',
};

/** « 2026-11-22 14:05 » in the organisation's time zone: what Excel reads as a date and time. */
export function formatCsvDateTime(value: string | null, timeZone: string): string {
  if (!value) return '';
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(value))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

function readAttributes(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const attributes: Record<string, string> = {};
  for (const [key, item] of Object.entries(value))
    attributes[key] = typeof item === 'string' ? item : JSON.stringify(item);
  return attributes;
}

/**
 * Collects contacts page by page and writes the file at the end, when every attribute key is
 * known (one column each, in French alphabetical order). Each row's fixed cells are written as
 * soon as it arrives, so only a short line and its attributes stay in memory per contact.
 */
export class ContactCsvWriter {
  private readonly rows: { fixed: string; attributes: Record<string, string> }[] = [];
  private readonly keys = new Set<string>();

  constructor(private readonly timeZone: string) {}

  get count(): number {
    return this.rows.length;
  }

  add(contacts: readonly ExportedContact[]): void {
    for (const contact of contacts) {
      const attributes = readAttributes(contact.attributes);
      for (const key of Object.keys(attributes)) this.keys.add(key);
      const fixed = [
        contact.phone,
        contact.name,
        contact.email,
        contact.tags.join(', '),
        statusNames[contact.opt_in_status],
        formatCsvDateTime(contact.opted_out_at, this.timeZone),
        formatCsvDateTime(contact.created_at, this.timeZone),
      ]
        .map(csvCell)
        .join(';');
      this.rows.push({ fixed, attributes });
    }
  }

  /** The file's text in pieces of `rowsPerPart` rows (a Blob takes them without one huge string). */
  *parts(rowsPerPart = 5_000): Generator<string> {
    const keys = [...this.keys].sort((a, b) => a.localeCompare(b, 'fr'));
    yield `${EXCEL_BOM}${csvLine([...contactCsvHeaders, ...keys])}`;
    for (let start = 0; start < this.rows.length; start += rowsPerPart) {
      let part = '';
      for (const row of this.rows.slice(start, start + rowsPerPart)) {
        const extra = keys.map((key) => `;${csvCell(row.attributes[key])}`).join('');
        part += `${row.fixed}${extra}\r\n`;
      }
      yield part;
    }
  }
}

export type ExportProgress = { done: number; total: number | null };

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

function abortIfAsked(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new DOMException('Export annulé.', 'AbortError');
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
 * Every contact the criteria and search select, as a CSV file. Walks find_contacts by id
 * (`after` = the last id received), so 100,000 contacts are 100 short index reads, and gives the
 * page back to the browser between requests. Rejects with the signal's reason when cancelled.
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
    const request = client.rpc('find_contacts', {
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

/** « contacts-2026-11-22.csv »: today in the organisation's time zone. */
export function exportFileName(prefix: string, timeZone: string, now: Date = new Date()): string {
  const day = formatCsvDateTime(now.toISOString(), timeZone).slice(0, 10);
  const safe = prefix
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${safe || 'contacts'}-${day}.csv`;
}
