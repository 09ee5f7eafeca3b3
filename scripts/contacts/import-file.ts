import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SupabaseClient } from '@supabase/supabase-js';
import { detectMapping } from '../../src/domain/contacts/import/column-mapping';
import { prepareContacts } from '../../src/domain/contacts/import/prepare-contacts';
import { readContactFile } from '../../src/domain/contacts/import/read-file';
import type {
  ColumnTarget,
  ImportOptions,
  ImportProgress,
  ImportSummary,
  ParsedTable,
  PreparedContact,
  PreparedImport,
  RowProblem,
} from '../../src/domain/contacts/import/types';
import { ChunkUploader, importSummary } from '../../src/domain/contacts/import/upload-contacts';
import type { Database } from '../../src/lib/database.types';
import type { PrepareRequest, PrepareResponse } from './prepare-worker';

/**
 * The import pipeline of the ops command and the benchmark — the same modules as the SPA wizard
 * (read → map → prepare → upload), overlapped: rows are prepared slice by slice (in worker
 * threads when asked) while the slices already prepared are being written by the database.
 */

/** Rows prepared at a time: the first upload starts after one slice, not after the whole file. */
const SLICE_ROWS = 4_000;

/**
 * Worker threads by default. Preparing on the main thread between uploads already overlaps the
 * two; a worker only pays (thread start, copying rows both ways) when cores are left over beside
 * the database: on the 2-core reference machine, 100,000 rows took 4.6 s without one and 5.1 s
 * with one.
 */
export const DEFAULT_IMPORT_WORKERS = os.availableParallelism() >= 4 ? 1 : 0;

export interface FileImportOptions extends ImportOptions {
  defaultCountry: string;
  /** Worker threads that prepare rows; 0 prepares them on the main thread between uploads. */
  workers?: number;
  /** Rows per RPC call and calls in flight (the wizard's defaults otherwise). */
  upload?: { chunkSize: number; parallel: number };
}

export interface FileImportEvents {
  /** The file is read and its columns mapped. */
  onRead?: (table: ParsedTable, mapping: ColumnTarget[]) => void;
  /** Rows prepared so far, and contacts saved so far. */
  onProgress?: (prepared: number, upload: ImportProgress) => void;
}

export interface FileImportResult {
  table: ParsedTable;
  mapping: ColumnTarget[];
  summary: ImportSummary;
  /** Rows imported with a remark (an e-mail left out…). */
  warnings: RowProblem[];
}

/** A worker thread's source: tsx's loader first (workers do not inherit it), then the module. */
function workerSource(): string {
  const module = new URL('./prepare-worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ tsImport }) =>
    tsImport(${JSON.stringify(module)}, ${JSON.stringify(import.meta.url)}))`;
}

/** Worker threads that prepare slices, each answering its requests in order. */
class PreparePool {
  private readonly workers: Worker[];
  private readonly waiting = new Map<
    number,
    { resolve: (prepared: PreparedImport) => void; reject: (error: Error) => void }
  >();
  private next = 0;

  constructor(size: number) {
    // Started before the file is read, so that loading them overlaps with reading it.
    const source = workerSource();
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(source, { eval: true });
      worker.on('message', (response: PrepareResponse) => {
        const waiter = this.waiting.get(response.id);
        this.waiting.delete(response.id);
        if ('error' in response) waiter?.reject(new Error(response.error));
        else waiter?.resolve(response.prepared);
      });
      worker.on('error', (error) => this.failAll(error));
      return worker;
    });
  }

  prepare(table: ParsedTable, mapping: ColumnTarget[], defaultCountry: string) {
    const id = this.next;
    this.next += 1;
    const worker = this.workers[id % this.workers.length]!;
    return new Promise<PreparedImport>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, table, mapping, defaultCountry } satisfies PrepareRequest);
    });
  }

  private failAll(error: Error): void {
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

function slice(table: ParsedTable, start: number): ParsedTable {
  return {
    ...table,
    rows: table.rows.slice(start, start + SLICE_ROWS),
    lines: table.lines.slice(start, start + SLICE_ROWS),
  };
}

/** The cell of a column on a given line of the file (lines only grow: a binary search). */
function cellAt(table: ParsedTable, column: number, line: number): string | undefined {
  let low = 0;
  let high = table.lines.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = table.lines[middle]!;
    if (at === line) return table.rows[middle]?.[column];
    if (at < line) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

const yieldToEvents = () => new Promise((resolve) => setImmediate(resolve));

/** Reads, maps, prepares and uploads a contact file; the summary is the wizard's. */
export async function importContactFile(
  client: SupabaseClient<Database>,
  bytes: Uint8Array,
  fileName: string,
  options: FileImportOptions,
  events: FileImportEvents = {},
): Promise<FileImportResult> {
  const pool = options.workers ? new PreparePool(options.workers) : null;
  try {
    const table = await readContactFile(bytes, fileName);
    const mapping = detectMapping(table.headers);
    // Fails early, with the French message, when no column holds the numbers.
    prepareContacts({ ...table, rows: [], lines: [] }, mapping, options.defaultCountry);
    events.onRead?.(table, mapping);
    const phoneColumn = mapping.findIndex((target) => target.kind === 'phone');

    let upload: ImportProgress = { done: 0, total: table.rows.length };
    let prepared = 0;
    const uploader = new ChunkUploader(
      client,
      options,
      table.rows.length,
      (progress) => {
        upload = progress;
        events.onProgress?.(prepared, upload);
      },
      undefined,
      options.upload,
    );

    const starts: number[] = [];
    for (let start = 0; start < table.rows.length; start += SLICE_ROWS) starts.push(start);
    // With workers, every slice is handed out at once; each worker answers in order.
    const inWorkers = pool
      ? starts.map((start) => pool.prepare(slice(table, start), mapping, options.defaultCountry))
      : null;

    const invalid: RowProblem[] = [];
    const duplicates: RowProblem[] = [];
    const warnings: RowProblem[] = [];
    const firstLine = new Map<string, number>();
    for (const [index, start] of starts.entries()) {
      // A refused chunk ends the import: `finish` says why.
      if (uploader.failed) break;
      let part: PreparedImport;
      if (inWorkers) {
        part = await inWorkers[index]!;
      } else {
        // Lets the answers of chunks in flight be handled between two slices.
        await yieldToEvents();
        part = prepareContacts(slice(table, start), mapping, options.defaultCountry);
      }
      invalid.push(...part.invalid);
      duplicates.push(...part.duplicates);
      warnings.push(...part.warnings);
      // A slice knows only its own repeats: numbers seen in an earlier slice are repeats too.
      const fresh: PreparedContact[] = [];
      for (const contact of part.contacts) {
        const seenAt = firstLine.get(contact.phone);
        if (seenAt === undefined) {
          firstLine.set(contact.phone, contact.line);
          fresh.push(contact);
        } else {
          duplicates.push({
            line: contact.line,
            value: cellAt(table, phoneColumn, contact.line) ?? contact.phone,
            reason: `Numéro déjà présent ligne ${seenAt}`,
          });
        }
      }
      uploader.push(fresh);
      prepared += part.contacts.length + part.invalid.length + part.duplicates.length;
      events.onProgress?.(prepared, upload);
    }
    const outcome = await uploader.finish();
    return { table, mapping, summary: importSummary({ invalid, duplicates }, outcome), warnings };
  } finally {
    await pool?.close();
  }
}
