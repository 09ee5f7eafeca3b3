import { i18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { Tables } from '../../lib/database.types';
import { EXCEL_BOM, csvCell, csvLine } from '../../lib/excel-csv';
import { intlLocale } from '../../lib/format';

// Contacts to a CSV file that French Excel opens as it is (see excel-csv): the headers and the
// statuses in the reader's language, the BOM and the semicolons whatever it is. Shared by the
// contacts page (current filters) and the segments page (a segment's criteria); the contacts are
// read by `exportContactsCsv` (./api).

type ExportedContact = Pick<
  Tables<'contacts'>,
  'id' | 'phone' | 'name' | 'email' | 'tags' | 'opt_in_status' | 'opted_out_at' | 'created_at'
> & { attributes: unknown };

const headers = [
  msg`Téléphone`,
  msg`Nom`,
  msg`E-mail`,
  msg`Étiquettes`,
  msg`Statut`,
  msg`Désinscrit le`,
  msg`Créé le`,
];

/** The file's fixed headers, in the reader's language; attribute keys follow as they are. */
export function contactCsvHeaders(): string[] {
  return headers.map((header) => i18n._(header));
}

const statusNames = {
  opted_in: msg`Abonné`,
  opted_out: msg`Désabonné`,
} satisfies Record<ExportedContact['opt_in_status'], unknown>;

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
 * known (one column each, in alphabetical order). Each row's fixed cells are written as
 * soon as it arrives, so only a short line and its attributes stay in memory per contact.
 */
export class ContactCsvWriter {
  private readonly rows: { fixed: string; attributes: Record<string, string> }[] = [];
  private readonly keys = new Set<string>();
  // Read once per file, not once per row: the language does not change mid-export.
  private readonly statuses = {
    opted_in: i18n._(statusNames.opted_in),
    opted_out: i18n._(statusNames.opted_out),
  };

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
        this.statuses[contact.opt_in_status],
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
    const collator = new Intl.Collator(intlLocale());
    const keys = [...this.keys].sort(collator.compare);
    yield `${EXCEL_BOM}${csvLine([...contactCsvHeaders(), ...keys])}`;
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
