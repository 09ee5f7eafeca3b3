// Turns the rows of a read file into contacts for the `import_contacts` RPC: numbers in E.164,
// names, e-mails, tags and attributes cleaned, and every row that cannot be imported explained.
import { normalizePhone } from '../../../../supabase/functions/_shared/phone.ts';
import { ImportFileError } from './errors';
import type {
  ColumnTarget,
  ParsedTable,
  PreparedContact,
  PreparedImport,
  RowProblem,
} from './types';

export const noPhoneColumnMessage =
  'Indiquez la colonne qui contient les numéros WhatsApp : sans elle, aucun contact ne peut être importé.';
export const invalidEmailReason = 'E-mail ignoré : adresse invalide';

const MAX_NAME = 200;
const MAX_TAG = 50;
const TAG_SEPARATORS = /[,;|]/;
// The same rule as the database's check, so that no e-mail sent can fail the chunk.
const PLAUSIBLE_EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

function columnsOf(mapping: ColumnTarget[], kind: ColumnTarget['kind']): number[] {
  const indexes: number[] = [];
  mapping.forEach((target, index) => {
    if (target.kind === kind) indexes.push(index);
  });
  return indexes;
}

/** The non-empty cells of some columns, joined by a space and with inner spaces collapsed. */
function joined(row: string[], columns: number[]): string {
  let text = '';
  for (const column of columns) {
    const cell = row[column];
    if (cell) text = text ? `${text} ${cell}` : cell;
  }
  return text.includes('  ') ? text.replace(/\s+/g, ' ') : text;
}

function tagsOf(row: string[], columns: number[]): string[] {
  const tags: string[] = [];
  for (const column of columns) {
    const cell = row[column];
    if (!cell) continue;
    for (const part of cell.split(TAG_SEPARATORS)) {
      const tag = part.trim().slice(0, MAX_TAG).trim();
      if (tag && !tags.includes(tag)) tags.push(tag);
    }
  }
  return tags;
}

/**
 * Prepares every row of `table` with `mapping` (one target per column), reading national numbers
 * with `defaultCountry`. Rows without a usable number go to `invalid`; later rows repeating a
 * number already seen in the file go to `duplicates`. Throws when no column holds the numbers.
 */
export function prepareContacts(
  table: ParsedTable,
  mapping: ColumnTarget[],
  defaultCountry: string,
): PreparedImport {
  const phoneColumn = mapping.findIndex((target) => target.kind === 'phone');
  if (phoneColumn < 0) throw new ImportFileError(noPhoneColumnMessage);
  const nameColumns = columnsOf(mapping, 'name');
  const firstNameColumns = columnsOf(mapping, 'first_name');
  const lastNameColumns = columnsOf(mapping, 'last_name');
  const emailColumns = columnsOf(mapping, 'email');
  const tagColumns = columnsOf(mapping, 'tags');
  const attributeColumns = mapping.flatMap((target, index) =>
    target.kind === 'attribute' ? [{ index, key: target.key }] : [],
  );

  const contacts: PreparedContact[] = [];
  const invalid: RowProblem[] = [];
  const duplicates: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  // The line where each number was first seen, to tell people which row a duplicate repeats.
  const firstLine = new Map<string, number>();

  table.rows.forEach((row, index) => {
    const line = table.lines[index] ?? index + 2;
    const raw = row[phoneColumn] ?? '';
    const number = normalizePhone(raw, defaultCountry);
    if (!number.ok) {
      invalid.push({ line, value: raw, reason: number.reason });
      return;
    }
    const seenAt = firstLine.get(number.phone);
    if (seenAt !== undefined) {
      duplicates.push({ line, value: raw, reason: `Numéro déjà présent ligne ${seenAt}` });
      return;
    }
    firstLine.set(number.phone, line);

    let name = joined(row, nameColumns);
    if (!name) {
      const first = joined(row, firstNameColumns);
      const last = joined(row, lastNameColumns);
      name = first && last ? `${first} ${last}` : first || last;
    }

    let email: string | null = null;
    const emailCell = joined(row, emailColumns);
    if (emailCell) {
      if (emailCell.length <= 254 && PLAUSIBLE_EMAIL.test(emailCell)) email = emailCell;
      else warnings.push({ line, value: emailCell, reason: invalidEmailReason });
    }

    const attributes: Record<string, string> = {};
    for (const { index: column, key } of attributeColumns) {
      const value = row[column];
      if (value) attributes[key] = value;
    }

    contacts.push({
      line,
      phone: number.phone,
      country_code: number.country,
      name: name ? name.slice(0, MAX_NAME).trim() : null,
      email,
      tags: tagsOf(row, tagColumns),
      attributes,
    });
  });

  return { contacts, invalid, duplicates, warnings };
}
