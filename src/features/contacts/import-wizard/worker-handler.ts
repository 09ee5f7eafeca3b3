// What the import worker does with each request, apart from the Worker plumbing so that it can be
// tested as a plain function. It keeps the last file read: the mapping screen may prepare it again
// and again with another mapping without sending the file back.
import { detectMapping } from '../../../domain/contacts/import/column-mapping';
import { ImportFileError } from '../../../domain/contacts/import/errors';
import { prepareContacts } from '../../../domain/contacts/import/prepare-contacts';
import { readContactFile } from '../../../domain/contacts/import/read-file';
import type { ParsedTable } from '../../../domain/contacts/import/types';
import { fileOverview } from './file-overview';
import { buildPreview } from './preview';
import type { ImportWorkerRequest, ImportWorkerResponse, WorkerFailure } from './worker-protocol';

function failure(error: unknown, fallback: WorkerFailure): WorkerFailure {
  return error instanceof ImportFileError ? { kind: 'file', problem: error.problem } : fallback;
}

export function createImportWorkerHandler(): (
  request: ImportWorkerRequest,
) => Promise<ImportWorkerResponse> {
  let table: ParsedTable | null = null;
  // Requests are answered one at a time, in order: a file picked while another one is still being
  // read replaces it only once that read is over.
  let queue: Promise<unknown> = Promise.resolve();

  async function answer(request: ImportWorkerRequest): Promise<ImportWorkerResponse> {
    switch (request.type) {
      case 'read': {
        table = null;
        try {
          const bytes = new Uint8Array(await request.file.arrayBuffer());
          const read = await readContactFile(bytes, request.fileName);
          table = read;
          const overview = fileOverview(read, request.fileName, detectMapping(read.headers));
          return { id: request.id, type: 'read', overview };
        } catch (error) {
          return {
            id: request.id,
            type: 'failed',
            failure: failure(error, { kind: 'unreadable' }),
          };
        }
      }
      case 'prepare': {
        if (!table) return { id: request.id, type: 'failed', failure: { kind: 'no_file' } };
        try {
          const prepared = prepareContacts(table, request.mapping, request.defaultCountry);
          const preview = buildPreview(table, prepared, request.previewSize);
          return { id: request.id, type: 'prepared', review: { prepared, preview } };
        } catch (error) {
          return {
            id: request.id,
            type: 'failed',
            failure: failure(error, { kind: 'prepare_failed' }),
          };
        }
      }
    }
  }

  return (request) => {
    const response = queue.then(() => answer(request));
    queue = response;
    return response;
  };
}
