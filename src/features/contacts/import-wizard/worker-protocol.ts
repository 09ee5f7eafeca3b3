// The messages between the import wizard and its Web Worker. The worker keeps the parsed file, so
// only what the screens need crosses over: an overview of the file, then the prepared rows (which
// the upload needs in the page) and a preview of the first lines.
import type { FileProblem } from '../../../domain/contacts/import/messages';
import type {
  ColumnTarget,
  FileEncoding,
  PreparedImport,
  RowProblem,
} from '../../../domain/contacts/import/types';

/** What the mapping screen needs to know about a file the worker has read. */
export interface FileOverview {
  fileName: string;
  encoding: FileEncoding;
  /** null for .xlsx. */
  delimiter: ';' | ',' | '\t' | null;
  headers: string[];
  rowCount: number;
  /** A few non-empty values of each column, in column order. */
  samples: string[][];
  detectedMapping: ColumnTarget[];
}

export type PreviewStatus = 'valid' | 'invalid' | 'duplicate';

/** One line of the file as the check screen shows it. */
export interface PreviewRow {
  line: number;
  /** The row's cells as read, in column order. */
  cells: string[];
  status: PreviewStatus;
  /** The number in E.164 when the row is usable. */
  phone: string | null;
  /** Why the row is not imported (invalid or duplicate). */
  problem: RowProblem | null;
  /** Remarks that did not stop the row (an e-mail dropped…). */
  warnings: RowProblem[];
}

export interface PreparedReview {
  prepared: PreparedImport;
  preview: PreviewRow[];
}

export type ImportWorkerRequest =
  // A File is a Blob: posted as is, the worker reads its bytes itself, off the page's thread.
  | { id: number; type: 'read'; fileName: string; file: Blob }
  | {
      id: number;
      type: 'prepare';
      mapping: ColumnTarget[];
      defaultCountry: string;
      previewSize: number;
    };

/** Why the worker could not read or prepare: said by the page, in the reader's language. */
export type WorkerFailure =
  | { kind: 'file'; problem: FileProblem }
  | { kind: 'unreadable' }
  | { kind: 'no_file' }
  | { kind: 'prepare_failed' };

export type ImportWorkerResponse =
  | { id: number; type: 'read'; overview: FileOverview }
  | { id: number; type: 'prepared'; review: PreparedReview }
  | { id: number; type: 'failed'; failure: WorkerFailure };

const responseTypes = new Set<unknown>(['read', 'prepared', 'failed']);

/** Whether a message from the worker has the protocol's shape (anything else is ignored). */
export function isImportWorkerResponse(message: unknown): message is ImportWorkerResponse {
  if (typeof message !== 'object' || message === null) return false;
  const { id, type } = message as { id?: unknown; type?: unknown };
  return typeof id === 'number' && responseTypes.has(type);
}
