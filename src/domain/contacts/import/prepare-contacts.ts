// Turns the rows of a read file into contacts for the `import_contacts` RPC: numbers in E.164,
// names, e-mails, tags and attributes cleaned, and every row that cannot be imported explained
// (the RPC refuses the same rows for the same reasons).
import { normalizePhone } from '@shared/phone.ts';
import { phoneRefusal } from '../phone-refusal';
import {
  longerThan,
  maxAttributeKeyLength,
  maxAttributes,
  maxAttributeValueLength,
  maxEmailLength,
  maxNameLength,
  maxTagLength,
  maxTags,
} from './contact-limits';
import { ImportFileError } from './errors';
import { rowProblem, type RowRefusal } from './messages';
import type {
  ColumnTarget,
  ParsedTable,
  PreparedContact,
  PreparedImport,
  RowProblem,
} from './types';

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

/** The row's tags, each trimmed and cut to the longest a tag may be; `cut` says whether one was. */
function tagsOf(row: string[], columns: number[]): { tags: string[]; cut: boolean } {
  const tags: string[] = [];
  let cut = false;
  for (const column of columns) {
    const cell = row[column];
    if (!cell) continue;
    for (const part of cell.split(TAG_SEPARATORS)) {
      let tag = part.trim();
      if (longerThan(tag, maxTagLength)) {
        tag = Array.from(tag).slice(0, maxTagLength).join('').trim();
        cut = true;
      }
      if (tag && !tags.includes(tag)) tags.push(tag);
    }
  }
  return { tags, cut };
}

/** Why a contact holds more than a contact may, or null. */
function overLimit(tags: string[], attributes: Record<string, string>): RowRefusal | null {
  if (tags.length > maxTags) return { code: 'too_many_tags', values: { max: maxTags } };
  const entries = Object.entries(attributes);
  if (entries.length > maxAttributes) {
    return { code: 'too_many_attributes', values: { max: maxAttributes } };
  }
  if (entries.some(([key]) => key === '' || longerThan(key, maxAttributeKeyLength))) {
    return { code: 'attribute_key_invalid', values: { max: maxAttributeKeyLength } };
  }
  if (entries.some(([, value]) => longerThan(value, maxAttributeValueLength))) {
    return { code: 'attribute_value_too_long', values: { max: maxAttributeValueLength } };
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
  if (phoneColumn < 0) throw new ImportFileError({ code: 'no_phone_column' });
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

  /** The contact's name: the full-name columns, else first and last names. */
  const nameOf = (row: string[]): string => {
    const name = joined(row, nameColumns);
    if (name) return name;
    const first = joined(row, firstNameColumns);
    const last = joined(row, lastNameColumns);
    return first && last ? `${first} ${last}` : first || last;
  };
  // Refused rows carry the name too: the error report lets people find them by it.
  const refuse = (
    list: RowProblem[],
    line: number,
    raw: string,
    refusal: RowRefusal,
    row: string[],
  ) => list.push(rowProblem(line, raw, refusal, nameOf(row)));

  table.rows.forEach((row, index) => {
    const line = table.lines[index] ?? index + 2;
    const raw = row[phoneColumn] ?? '';
    // Text cannot hold NUL: the database would refuse the row, so it is refused here already.
    if (importedColumns.some((column) => row[column]?.includes('\0'))) {
      refuse(invalid, line, raw, { code: 'nul_character' }, row);
      return;
    }
    const number = normalizePhone(raw, defaultCountry);
    if (!number.ok) {
      refuse(invalid, line, raw, phoneRefusal(number.reason, raw, defaultCountry), row);
      return;
    }

    const { tags, cut: tagCut } = tagsOf(row, tagColumns);
    const attributes: Record<string, string> = {};
    for (const { index: column, key } of attributeColumns) {
      const value = row[column];
      if (value) attributes[key] = value;
    }
    const excess = overLimit(tags, attributes);
    if (excess !== null) {
      refuse(invalid, line, raw, excess, row);
      return;
    }

    const seenAt = firstLine.get(number.phone);
    if (seenAt !== undefined) {
      refuse(duplicates, line, raw, { code: 'duplicate', values: { line: seenAt } }, row);
      return;
    }
    firstLine.set(number.phone, line);

    let name: string | null = nameOf(row) || null;
    // Longer than a contact's name may be: cut, and said (never silently).
    if (name !== null && longerThan(name, maxNameLength)) {
      name = Array.from(name).slice(0, maxNameLength).join('').trim();
      warnings.push(rowProblem(line, raw, { code: 'name_cut', values: { max: maxNameLength } }));
    }
    if (tagCut) {
      warnings.push(rowProblem(line, raw, { code: 'tag_cut', values: { max: maxTagLength } }));
    }

    let email: string | null = null;
    const emailCell = joined(row, emailColumns);
    if (emailCell) {
      if (emailCell.length <= maxEmailLength && PLAUSIBLE_EMAIL.test(emailCell)) email = emailCell;
      else warnings.push(rowProblem(line, emailCell, { code: 'invalid_email' }));
    }

    contacts.push({
      line,
      phone: number.phone,
      country_code: number.country,
      name,
      email,
      tags,
      attributes,
    });
  });

  return { contacts, invalid, duplicates, warnings };
}
