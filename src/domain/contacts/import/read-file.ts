// Reads a contact file as people really have them: CSV from French Excel (Windows-1252, `;`), CSV
// UTF-8 with or without BOM, `,` or tab separated, or an .xlsx workbook. Runs in the SPA's Web
// Worker and in Node (ops command, benchmark): no DOM.
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/universal';
import { ImportFileError } from './errors';
import { untitledColumn } from './messages';
import type { FileEncoding, ParsedTable } from './types';

type Delimiter = NonNullable<ParsedTable['delimiter']>;
const DELIMITERS: readonly Delimiter[] = [';', ',', '\t'];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0]; // .xls, .doc
const UTF8_BOM = [0xef, 0xbb, 0xbf];

// Files people rename to .csv (or pick by mistake) that are not text, by their first bytes: the
// format is named in the message, the same in every language.
const MAGIC_NUMBERS: readonly { format: string; bytes: readonly number[] }[] = [
  { format: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { format: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { format: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { format: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46] },
  { format: 'GZIP', bytes: [0x1f, 0x8b] },
  { format: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { format: 'RAR', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
];

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** The format a binary file's first bytes announce, or null. */
function magicFormat(bytes: Uint8Array): string | null {
  return MAGIC_NUMBERS.find(({ bytes: magic }) => startsWith(bytes, magic))?.format ?? null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    // A sample may end in the middle of a character: the last three bytes do not count.
    if (bytes.length < 4) return false;
    try {
      new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
        bytes.subarray(0, bytes.length - 3),
      );
      return true;
    } catch {
      return false;
    }
  }
}

// The five bytes Windows-1252 leaves undefined: no text French Excel writes holds them.
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Binary files (PDF, images, Word…) are full of control bytes; text files have next to none. A
 * stray NUL in a CSV (an export gone wrong) leaves it a CSV: the rows holding one are refused.
 * Bytes that are neither UTF-8 nor Windows-1252 text count as control bytes too, and so does a
 * NUL in the first kilobyte (where the titles are) of a file that is not UTF-8 text.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 65_536);
  const utf8 = isValidUtf8(bytes.subarray(0, end));
  let controls = 0;
  let earlyNul = false;
  for (let i = 0; i < end; i += 1) {
    const byte = bytes[i]!;
    if (
      (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) ||
      (!utf8 && CP1252_UNDEFINED.has(byte))
    ) {
      controls += 1;
      if (byte === 0 && i < 1_024) earlyNul = true;
    }
  }
  if (controls > 1 && controls * 50 > end) return true;
  return !utf8 && earlyNul && controls > 1;
}

// Windows-1252's own characters in 0x80–0x9F (’ œ € … – —). Node's TextDecoder decodes
// 'windows-1252' as Latin-1 and leaves them as C1 control codes, so they are mapped here (a
// browser has already done it; the five bytes Windows-1252 leaves undefined stay as they are).
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function windows1252(bytes: Uint8Array): string {
  const text = new TextDecoder('windows-1252').decode(bytes);
  return /[\u0080-\u009f]/.test(text)
    ? text.replace(/[\u0080-\u009f]/g, (char) => CP1252_C1[char.charCodeAt(0) - 0x80]!)
    : text;
}

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252 as French Excel writes it. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: FileEncoding } {
  if (startsWith(bytes, UTF8_BOM)) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: accented letters of a Windows-1252 file are single bytes that UTF-8 rejects.
    return { text: windows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * The separator that splits the first records into the most consistent number of columns (more
 * than one), quotes respected: a French file's `;` wins over the decimal commas inside its cells.
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.slice(0, 65_536);
  let best: { delimiter: Delimiter; consistency: number; columns: number } | null = null;
  for (const delimiter of DELIMITERS) {
    const rows = Papa.parse<string[]>(sample, { delimiter, preview: 50 }).data.filter((row) =>
      row.some((cell) => cell.trim() !== ''),
    );
    const columns = rows[0]?.length ?? 0;
    if (columns < 2) continue;
    // The last sampled record may be cut in the middle: it does not vote.
    const voters = rows.length > 2 ? rows.slice(1, -1) : rows.slice(1);
    const consistency = voters.length
      ? voters.filter((row) => row.length === columns).length / voters.length
      : 1;
    if (
      !best ||
      consistency > best.consistency ||
      (consistency === best.consistency && columns > best.columns)
    ) {
      best = { delimiter, consistency, columns };
    }
  }
  // One column only (a plain list of numbers): any separator reads it the same.
  return best?.delimiter ?? ';';
}

function parseCsv(text: string, delimiter: Delimiter): string[][] {
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const unclosed = result.errors.find((error) => error.code === 'MissingQuotes');
  if (unclosed) {
    const line = (unclosed.row ?? 0) + 1;
    throw new ImportFileError({ code: 'unclosed_quote', line });
  }
  return result.data;
}

/** Writes a number read from a workbook as Excel shows it: every digit, no exponent, no `.0`. */
export function plainNumber(text: string): string {
  let value = text.trim();
  const scientific = /^(-?)(\d+)(?:\.(\d+))?e([+-]?\d+)$/i.exec(value);
  if (scientific) {
    const [, sign, whole = '', fraction = '', exponent = '0'] = scientific;
    const digits = whole + fraction;
    const point = whole.length + Number(exponent);
    if (point >= digits.length) value = digits + '0'.repeat(point - digits.length);
    else if (point <= 0) value = `0.${'0'.repeat(-point)}${digits}`;
    else value = `${digits.slice(0, point)}.${digits.slice(point)}`;
    value = sign + value.replace(/^0+(?=\d)/, '');
  }
  if (/^-?\d+\.\d+$/.test(value)) {
    // Binary floats (0.30000000000000004): Excel shows 15 significant digits, so do we.
    const rounded = Number(Number(value).toPrecision(15));
    value = Number.isInteger(rounded) ? rounded.toFixed(0) : plainNumberOfFloat(rounded);
  }
  return value.replace(/^(-?\d+)\.0*$/, '$1');
}

function plainNumberOfFloat(value: number): string {
  const written = String(value);
  return /e/i.test(written) ? plainNumber(written) : written;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A workbook date as text: 2026-11-21, or 2026-11-21 14:30 when it has a time of day. */
function plainDate(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const hours = date.getUTCHours();
  const minutes = date.getUTCMinutes();
  return hours || minutes ? `${day} ${pad(hours)}:${pad(minutes)}` : day;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'VRAI' : 'FAUX';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : plainDate(value);
  return String(value);
}

async function readWorkbook(bytes: Uint8Array): Promise<string[][]> {
  let data: unknown[][];
  try {
    // Numbers kept as the text the workbook stores, so no digit of a phone number is lost.
    const copy = bytes.slice().buffer;
    data = (await readSheet(copy, {
      parseNumber: (text: string) => plainNumber(text),
    })) as unknown[][];
  } catch {
    throw new ImportFileError({ code: 'unreadable_workbook' });
  }
  return data.map((row) => row.map(cellText));
}

/**
 * Looks like data rather than a column title: a phone number or an e-mail address. A file without
 * a header row would otherwise lose its first contact and map nothing.
 */
function looksLikeData(cell: string): boolean {
  return /@/.test(cell) || (/^[+\d\s().-]+$/.test(cell) && cell.replace(/\D/g, '').length >= 7);
}

/** The first non-empty record is the header; empty records go; every row gets the header's width. */
function toTable(records: string[][], encoding: FileEncoding, delimiter?: Delimiter): ParsedTable {
  const kept: { cells: string[]; line: number }[] = [];
  let width = 0;
  records.forEach((record, index) => {
    const cells = record.map((cell) => cell.trim());
    let last = cells.length - 1;
    while (last >= 0 && cells[last] === '') last -= 1;
    if (last < 0) return;
    cells.length = last + 1;
    if (cells.length > width) width = cells.length;
    // Records as Excel numbers its rows (a cell spanning several text lines is still one row).
    kept.push({ cells, line: index + 1 });
  });
  const [header, ...data] = kept;
  if (!header) throw new ImportFileError({ code: 'empty' });
  const sample = header.cells.find(looksLikeData);
  if (sample !== undefined) throw new ImportFileError({ code: 'header_is_data', sample });
  if (data.length === 0) throw new ImportFileError({ code: 'header_only' });

  const headers = Array.from(
    { length: width },
    (_, index) => header.cells[index] || untitledColumn(index),
  );
  const rows = data.map(({ cells }) => {
    while (cells.length < width) cells.push('');
    return cells;
  });
  return {
    headers,
    rows,
    lines: data.map(({ line }) => line),
    encoding,
    ...(delimiter ? { delimiter } : {}),
  };
}

/** Reads a CSV or .xlsx file into text cells; throws ImportFileError when it cannot. */
export async function readContactFile(bytes: Uint8Array, fileName: string): Promise<ParsedTable> {
  if (bytes.length === 0) throw new ImportFileError({ code: 'empty' });
  const extension = extensionOf(fileName);
  if (extension === 'xls' || startsWith(bytes, OLE2))
    throw new ImportFileError({ code: 'old_excel' });
  if (extension === 'xlsx') return toTable(await readWorkbook(bytes), 'xlsx');
  if (startsWith(bytes, ZIP)) {
    // A workbook under another name; any other archive (a Word document…) is no table.
    let records: string[][];
    try {
      records = await readWorkbook(bytes);
    } catch {
      throw new ImportFileError({ code: 'not_text', format: 'ZIP' });
    }
    return toTable(records, 'xlsx');
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    throw new ImportFileError({ code: 'utf16' });
  }
  const format = magicFormat(bytes);
  if (format !== null) throw new ImportFileError({ code: 'not_text', format });
  if (looksBinary(bytes)) throw new ImportFileError({ code: 'not_text', format: null });
  const { text, encoding } = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  return toTable(parseCsv(text, delimiter), encoding, delimiter);
}
