// Sends prepared contacts to the `import_contacts` RPC in chunks and adds up what each chunk did.
// Each chunk is one transaction: an import that stops (quota, error, cancel) leaves whole chunks
// saved and nothing half-written, and sending the same file again only adds what is missing.
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '../../../lib/database.types';
import { sendChunk, type ChunkResult } from './api';
import { ImportInterruptedError } from './errors';
import {
  french,
  interruptedFallbackText,
  interruptedText,
  refusalText,
  rowProblem,
} from './messages';
import type {
  ImportOptions,
  ImportProgress,
  ImportSummary,
  PreparedContact,
  PreparedImport,
  RowProblem,
} from './types';

/** Rows per RPC call: large enough to amortise a request, small enough to stay ~1 MB of JSON. */
export const CHUNK_SIZE = 4_000;
/** Chunks in flight at once when the quota cannot be reached: the database works on both cores. */
export const PARALLEL_CHUNKS = 2;

export const overQuotaReason = refusalText({ code: 'over_quota' }, french);

type Client = SupabaseClient<Database>;

// SQLSTATEs the database raises with a French sentence for people (its own checks and functions).
const sentencesForPeople = new Set(['P0001', 'P0002', '22023', '42501', '54000']);

/**
 * The server's own French sentence for an error, when it wrote one for people. The wizard says
 * the error in the reader's language instead (src/lib/errors.ts, which Node does not load).
 */
function serverSentence(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code !== 'string' || !sentencesForPeople.has(code)) return null;
  if (typeof message !== 'string' || /^permission denied/i.test(message)) return null;
  return message.trim() || null;
}

/** What the server did with the contacts sent, before the file's own problems are added. */
export interface UploadOutcome {
  imported: number;
  updated: number;
  unchanged: number;
  overQuota: number;
  quotaReached: boolean;
  /** Rows the server refused, and new numbers left out by the quota. */
  rejected: RowProblem[];
  overQuotaRows: RowProblem[];
}

/** A new number left out by the plan's quota. */
function overQuotaRow(row: PreparedContact): RowProblem {
  return rowProblem(row.line, row.phone, { code: 'over_quota' }, row.name ?? undefined);
}

/**
 * Sends contacts as they come (`push`), in chunks, and tells the outcome once `finish` is called.
 * The first chunk goes alone: its answer says whether the plan's quota could be met. If it could
 * not, later chunks go side by side; if it could, one by one in line order, and the first chunk
 * that meets the quota stops the import (every row not sent then counts as over the quota).
 */
export class ChunkUploader {
  private readonly waiting: PreparedContact[][] = [];
  private pending: PreparedContact[] = [];
  private lanes = 1;
  private inFlight = 0;
  private answered = 0;
  private sentRows = 0;
  private savedRows = 0;
  private closed = false;
  private failure: unknown = null;
  private settle: (() => void) | null = null;
  private readonly outcome: UploadOutcome = {
    imported: 0,
    updated: 0,
    unchanged: 0,
    overQuota: 0,
    quotaReached: false,
    rejected: [],
    overQuotaRows: [],
  };

  /**
   * @param expectedRows at most how many rows will be pushed: the progress total, and what the
   *   quota left after the first chunk is compared with.
   */
  constructor(
    private readonly client: Client,
    private readonly options: ImportOptions,
    private readonly expectedRows: number,
    private readonly onProgress?: (progress: ImportProgress) => void,
    private readonly signal?: AbortSignal,
    private readonly tuning: { chunkSize: number; parallel: number } = {
      chunkSize: CHUNK_SIZE,
      parallel: PARALLEL_CHUNKS,
    },
  ) {}

  push(rows: PreparedContact[]): void {
    if (this.closed) throw new Error('push after finish');
    for (const row of rows) {
      this.pending.push(row);
      if (this.pending.length === this.tuning.chunkSize) {
        this.waiting.push(this.pending);
        this.pending = [];
      }
    }
    this.pump();
  }

  async finish(): Promise<UploadOutcome> {
    this.closed = true;
    if (this.pending.length > 0) this.waiting.push(this.pending);
    this.pending = [];
    const done = new Promise<void>((resolve) => (this.settle = resolve));
    this.pump();
    await done;
    if (this.failure !== null) {
      if (this.signal?.aborted) throw this.signal.reason;
      const why = serverSentence(this.failure) ?? interruptedFallbackText(french);
      throw new ImportInterruptedError(
        this.failure,
        this.savedRows,
        interruptedText(why, this.savedRows, french),
      );
    }
    if (this.outcome.quotaReached) {
      for (const chunk of this.waiting) {
        this.outcome.overQuota += chunk.length;
        for (const row of chunk) this.outcome.overQuotaRows.push(overQuotaRow(row));
      }
      this.waiting.length = 0;
    }
    const total = Math.max(this.sentRows, this.expectedRows);
    // Stopped at the quota, every row has had its answer (imported, or not for want of room).
    this.onProgress?.({ done: this.outcome.quotaReached ? total : this.savedRows, total });
    return this.outcome;
  }

  /** A chunk was refused: nothing more will be sent, and `finish` will throw. */
  get failed(): boolean {
    return this.failure !== null;
  }

  private get stopped(): boolean {
    return this.failure !== null || this.outcome.quotaReached;
  }

  private pump(): void {
    while (!this.stopped && this.inFlight < this.lanes && this.waiting.length > 0) {
      // Until the first answer, a single chunk in flight.
      if (this.answered === 0 && this.inFlight > 0) break;
      void this.send(this.waiting.shift()!);
    }
    if (this.closed && this.inFlight === 0 && (this.stopped || this.waiting.length === 0)) {
      this.settle?.();
    }
  }

  private async send(chunk: PreparedContact[]): Promise<void> {
    this.inFlight += 1;
    this.sentRows += chunk.length;
    try {
      const result = await sendChunk(this.client, chunk, this.options, this.signal);
      this.merge(chunk, result);
    } catch (error) {
      this.failure ??= error;
    } finally {
      this.inFlight -= 1;
      this.pump();
    }
  }

  private merge(chunk: PreparedContact[], result: ChunkResult): void {
    const outcome = this.outcome;
    outcome.imported += result.imported;
    outcome.updated += result.updated;
    outcome.unchanged += result.unchanged;
    outcome.overQuota += result.overQuota;
    if (result.invalid.length > 0) {
      // The server's rows, with the name the error report shows beside them.
      const names = new Map(chunk.map((row) => [row.line, row.name]));
      for (const problem of result.invalid) {
        const name = names.get(problem.line);
        outcome.rejected.push(name ? { ...problem, name } : problem);
      }
    }
    if (result.overQuota > 0) {
      outcome.quotaReached = true;
      const lines = new Set(
        result.overQuotaLines ??
          // A server without the list: the lines from the first one left out.
          chunk
            .filter((row) => row.line >= (result.firstOverQuotaLine ?? Infinity))
            .map((row) => row.line),
      );
      for (const row of chunk) {
        if (lines.has(row.line)) outcome.overQuotaRows.push(overQuotaRow(row));
      }
    }
    this.answered += 1;
    this.savedRows += chunk.length;
    if (this.answered === 1) {
      const unsent = this.expectedRows - this.sentRows;
      const roomForAll =
        result.overQuota === 0 && (result.remaining === null || result.remaining >= unsent);
      this.lanes = roomForAll ? this.tuning.parallel : 1;
    }
    this.onProgress?.({ done: this.savedRows, total: Math.max(this.sentRows, this.expectedRows) });
  }
}

/** The summary of an import: what the server did, and the rows the file itself ruled out. */
export function importSummary(
  prepared: Pick<PreparedImport, 'invalid' | 'duplicates'>,
  outcome: UploadOutcome,
): ImportSummary {
  const errors = [
    ...prepared.invalid,
    ...prepared.duplicates,
    ...outcome.rejected,
    ...outcome.overQuotaRows,
  ].sort((a, b) => a.line - b.line);
  return {
    imported: outcome.imported,
    updated: outcome.updated,
    unchanged: outcome.unchanged,
    duplicates: prepared.duplicates.length,
    invalid: prepared.invalid.length + outcome.rejected.length,
    overQuota: outcome.overQuota,
    quotaReached: outcome.quotaReached,
    errors,
  };
}

/**
 * Imports `prepared.contacts` into the organisation. Stops sending at the first chunk that meets
 * the plan's quota: every row not sent then counts as over the quota, with `quotaReached` set.
 * Throws an ImportInterruptedError when the server refuses a chunk (rights, organisation…);
 * whatever was sent before stays saved. Aborting `signal` throws its reason.
 */
export async function uploadContacts(
  client: Client,
  prepared: PreparedImport,
  options: ImportOptions,
  onProgress?: (progress: ImportProgress) => void,
  signal?: AbortSignal,
): Promise<ImportSummary> {
  const uploader = new ChunkUploader(client, options, prepared.contacts.length, onProgress, signal);
  onProgress?.({ done: 0, total: prepared.contacts.length });
  uploader.push(prepared.contacts);
  return importSummary(prepared, await uploader.finish());
}
