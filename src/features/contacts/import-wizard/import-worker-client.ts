// The page's side of the import worker: one promise per request, matched to its answer by id.
import { UserFacingError } from '../../../lib/errors';
import type { ColumnTarget } from '../../../domain/contacts/import/types';
import { workerCrashedMessage, workerFailureMessage } from './messages';
import {
  isImportWorkerResponse,
  type FileOverview,
  type ImportWorkerRequest,
  type ImportWorkerResponse,
  type PreparedReview,
} from './worker-protocol';

/** The part of a Worker the client uses, so tests can plug the handler in directly. */
export interface WorkerLike {
  postMessage(message: ImportWorkerRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

type Pending = {
  resolve: (response: ImportWorkerResponse) => void;
  reject: (error: Error) => void;
};

/** A request without its id, which the client assigns (Omit spread over the union). */
type NewRequest<R = ImportWorkerRequest> = R extends unknown ? Omit<R, 'id'> : never;

export class ImportWorkerClient {
  private worker: WorkerLike | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly createWorker: () => WorkerLike) {}

  /** Reads a file in the worker, which keeps it for `prepare`. */
  async read(fileName: string, file: Blob): Promise<FileOverview> {
    const response = await this.send({ type: 'read', fileName, file });
    if (response.type !== 'read') throw this.unexpected(response);
    return response.overview;
  }

  /** Prepares the last file read with a mapping: the rows to upload and a preview. */
  async prepare(
    mapping: ColumnTarget[],
    defaultCountry: string,
    previewSize: number,
  ): Promise<PreparedReview> {
    const response = await this.send({ type: 'prepare', mapping, defaultCountry, previewSize });
    if (response.type !== 'prepared') throw this.unexpected(response);
    return response.review;
  }

  /** Stops the worker; the next request starts a new one (without the file read before). */
  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.failAll(new UserFacingError(workerCrashedMessage()));
  }

  private unexpected(response: ImportWorkerResponse): Error {
    return new UserFacingError(
      response.type === 'failed' ? workerFailureMessage(response.failure) : workerCrashedMessage(),
    );
  }

  private send(request: NewRequest): Promise<ImportWorkerResponse> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id } as ImportWorkerRequest);
    });
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.addEventListener('message', (event) => {
      if (!isImportWorkerResponse(event.data)) return;
      const pending = this.pending.get(event.data.id);
      if (!pending) return;
      this.pending.delete(event.data.id);
      pending.resolve(event.data);
    });
    worker.addEventListener('error', () => {
      // The worker could not start or crashed (out of memory on a huge file): it holds nothing
      // usable any more, so every waiting request fails and the next one starts afresh.
      if (this.worker === worker) this.worker = null;
      worker.terminate();
      this.failAll(new UserFacingError(workerCrashedMessage()));
    });
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const pending of waiting) pending.reject(error);
  }
}

/** The wizard's worker, bundled by Vite as a module worker. */
export function createImportWorker(): WorkerLike {
  return new Worker(new URL('./import.worker.ts', import.meta.url), {
    type: 'module',
    name: 'import-contacts',
  }) as WorkerLike;
}
