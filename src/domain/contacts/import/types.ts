// The contract of the contact import pipeline, shared by the SPA wizard (in a Web Worker) and by
// `npm run contacts:import`. Implementations live beside this file.
import type { RowRefusal } from './messages';

/** How the file's bytes were read. */
export type FileEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'xlsx';

/** A spreadsheet as text cells: the first non-empty row is the header row. */
export interface ParsedTable {
  headers: string[];
  /** Data rows, each as long as `headers` (missing cells are ''). */
  rows: string[][];
  /** 1-based line (CSV) or row (xlsx) number of each data row in the original file. */
  lines: number[];
  encoding: FileEncoding;
  /** The CSV delimiter detected; absent for xlsx. */
  delimiter?: ';' | ',' | '\t';
}

/** What a column of the file becomes. */
export type ColumnTarget =
  | { kind: 'phone' }
  | { kind: 'name' }
  | { kind: 'first_name' }
  | { kind: 'last_name' }
  | { kind: 'email' }
  | { kind: 'tags' }
  | { kind: 'attribute'; key: string }
  | { kind: 'ignore' };

/** The columns of a contact that an import writes, as the contact form also does. */
export interface ContactColumns {
  /** E.164, e.g. +237671234567. */
  phone: string;
  country_code: string | null;
  name: string | null;
  email: string | null;
  tags: string[];
  attributes: Record<string, string>;
}

/** One row ready for the `import_contacts` RPC (its JSON shape). */
export interface PreparedContact extends ContactColumns {
  line: number;
}

/** A row that was not imported, for the summary and the downloadable error report. */
export interface RowProblem {
  line: number;
  value: string;
  /**
   * In French, the source language: what the ops command prints. People read `refusal` in their
   * language (rowProblemText); a reason without one (from an older server) is found back from it.
   */
  reason: string;
  refusal?: RowRefusal;
  /** The contact's name as the mapping reads it (full name, or first and last names), if any. */
  name?: string;
}

export interface PreparedImport {
  contacts: PreparedContact[];
  /** Rows without a usable number. */
  invalid: RowProblem[];
  /** Rows repeating a number already seen earlier in the same file. */
  duplicates: RowProblem[];
  /** Usable rows with a remark that did not stop them (e.g. an e-mail dropped). */
  warnings: RowProblem[];
}

export interface ImportOptions {
  organizationId: string;
  updateExisting: boolean;
  /** Tags added to every imported row. */
  addTags: string[];
}

/** Progress while uploading: rows sent so far out of all prepared rows. */
export interface ImportProgress {
  done: number;
  total: number;
}

/** The outcome of an import, as the ops command prints it and the wizard shows it. */
export interface ImportSummary {
  imported: number;
  updated: number;
  /** Numbers already in the organisation and left as they were. */
  unchanged: number;
  duplicates: number;
  invalid: number;
  /** New numbers not imported because the plan's contact quota was reached. */
  overQuota: number;
  /** The import stopped at the plan's contact quota (`overQuota` rows were left out). */
  quotaReached: boolean;
  errors: RowProblem[];
}
