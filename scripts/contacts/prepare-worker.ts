// A worker thread of the ops import: prepares slices of rows (phone parsing is most of the work)
// while the main thread uploads the slices already prepared.
import { parentPort } from 'node:worker_threads';
import { prepareContacts } from '../../src/domain/contacts/import/prepare-contacts';
import type {
  ColumnTarget,
  ParsedTable,
  PreparedImport,
} from '../../src/domain/contacts/import/types';

export interface PrepareRequest {
  id: number;
  table: ParsedTable;
  mapping: ColumnTarget[];
  defaultCountry: string;
}

export type PrepareResponse =
  { id: number; prepared: PreparedImport } | { id: number; error: string };

parentPort?.on('message', (request: PrepareRequest) => {
  let response: PrepareResponse;
  try {
    response = {
      id: request.id,
      prepared: prepareContacts(request.table, request.mapping, request.defaultCountry),
    };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(response);
});
