// Turns the rows of a read file into contacts for the `import_contacts` RPC: numbers in E.164,
// names, e-mails, tags and attributes cleaned, and every row that cannot be imported explained
// (the RPC refuses the same rows for the same reasons).
import { normalizePhone } from '@shared/phone.ts';
import {
  attributeKeyReason,
  attributeValueReason,
  longerThan,
  maxAttributeKeyLength,
  maxAttributes,
  maxAttributeValueLength,
  maxTags,
  nulCharacterReason,
  tooManyAttributesReason,
  tooManyTagsReason,
} from './contact-limits';
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

/** Why a contact holds more than a contact may, or null. */
function overLimit(tags: string[], attributes: Record<string, string>): string | null {
  if (tags.length > maxTags) return tooManyTagsReason;
  const entries = Object.entries(attributes);
  if (entries.length > maxAttributes) return tooManyAttributesReason;
  if (entries.some(([key]) => key === '' || longerThan(key, maxAttributeKeyLength))) {
    return attributeKeyReason;
  }
  if (entries.some(([, value]) => longerThan(value, maxAttributeValueLength))) {
    return attributeValueReason;
  }
  return null;
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
  const importedColumns = mapping.flatMap((target, index) =>
    target.kind === 'ignore' ? [] : [index],
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
    // Text cannot hold NUL: the database would refuse the row, so it is refused here already.
    if (importedColumns.some((column) => row[column]?.includes('\0'))) {
      invalid.push({ line, value: raw, reason: nulCharacterReason });
      return;
    }
    const number = normalizePhone(raw, defaultCountry);
    if (!number.ok) {
      invalid.push({ line, value: raw, reason: number.reason });
      return;
    }

    const tags = tagsOf(row, tagColumns);
    const attributes: Record<string, string> = {};
    for (const { index: column, key } of attributeColumns) {
      const value = row[column];
      if (value) attributes[key] = value;
    }
    const excess = overLimit(tags, attributes);
    if (excess !== null) {
      invalid.push({ line, value: raw, reason: excess });
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

    contacts.push({
      line,
      phone: number.phone,
      country_code: number.country,
      name: name ? name.slice(0, MAX_NAME).trim() : null,
      email,
      tags,
      attributes,
    });
  });

  return { contacts, invalid, duplicates, warnings };
}
