// Reads a contact file as people really have them: CSV from French Excel (Windows-1252, `;`), CSV
// UTF-8 with or without BOM, `,` or tab separated, or an .xlsx workbook. Runs in the SPA's Web
// Worker and in Node (ops command, benchmark): no DOM.
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/universal';
import { ImportFileError } from './errors';
import type { FileEncoding, ParsedTable } from './types';

type Delimiter = NonNullable<ParsedTable['delimiter']>;
const DELIMITERS: readonly Delimiter[] = [';', ',', '\t'];

export const emptyFileMessage = 'Le fichier est vide.';
export const headerOnlyMessage =
  'Le fichier ne contient que la ligne des titres : aucun contact à importer.';
export const notATableMessage = 'Choisissez un fichier CSV (.csv, .txt) ou Excel (.xlsx).';
export const oldExcelMessage =
  'Les fichiers .xls (Excel 97-2003) ne sont pas lus : dans Excel, choisissez « Enregistrer sous » puis « Classeur Excel (.xlsx) » ou « CSV (séparateur : point-virgule) ».';
export const utf16Message =
  'Ce fichier est en « Texte Unicode » (UTF-16) : dans Excel, enregistrez-le plutôt en « CSV UTF-8 » ou en classeur .xlsx.';
export const unreadableWorkbookMessage =
  'Ce classeur Excel n’a pas pu être lu. Ouvrez-le dans Excel, enregistrez-le de nouveau en .xlsx, puis réessayez.';

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0]; // .xls, .doc
const UTF8_BOM = [0xef, 0xbb, 0xbf];

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/**
 * Binary files (PDF, images, Word…) are full of control bytes; text files have next to none. A
 * stray NUL in a CSV (an export gone wrong) leaves it a CSV: the rows holding one are refused.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 65_536);
  let controls = 0;
  for (let i = 0; i < end; i += 1) {
    const byte = bytes[i]!;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) controls += 1;
  }
  return controls > 1 && controls * 50 > end;
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
    throw new ImportFileError(
      `Guillemet ouvert et jamais refermé vers la ligne ${line} : corrigez le fichier, puis réessayez.`,
    );
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
    throw new ImportFileError(unreadableWorkbookMessage);
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
  if (!header) throw new ImportFileError(emptyFileMessage);
  const sample = header.cells.find(looksLikeData);
  if (sample !== undefined) {
    throw new ImportFileError(
      `La première ligne du fichier doit donner le titre de chaque colonne (Nom, Téléphone…) ; elle contient déjà des données (« ${sample} »).`,
    );
  }
  if (data.length === 0) throw new ImportFileError(headerOnlyMessage);

  const headers = Array.from(
    { length: width },
    (_, index) => header.cells[index] || `Colonne ${index + 1}`,
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

/** Reads a CSV or .xlsx file into text cells; throws ImportFileError (French) when it cannot. */
export async function readContactFile(bytes: Uint8Array, fileName: string): Promise<ParsedTable> {
  if (bytes.length === 0) throw new ImportFileError(emptyFileMessage);
  const extension = extensionOf(fileName);
  if (extension === 'xls' || startsWith(bytes, OLE2)) throw new ImportFileError(oldExcelMessage);
  if (extension === 'xlsx' || startsWith(bytes, ZIP)) {
    return toTable(await readWorkbook(bytes), 'xlsx');
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    throw new ImportFileError(utf16Message);
  }
  if (looksBinary(bytes)) throw new ImportFileError(notATableMessage);
  const { text, encoding } = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  return toTable(parseCsv(text, delimiter), encoding, delimiter);
}
