// The Web Worker that reads and checks an import file away from the page's thread, so that a
// file of 100,000 rows never freezes the wizard. The work itself is in worker-handler.ts.
import { createImportWorkerHandler } from './worker-handler';
import type { ImportWorkerRequest, ImportWorkerResponse } from './worker-protocol';

// The app's TypeScript project has the DOM's types, not the worker's: this is the part it uses.
type WorkerScope = {
  postMessage(message: ImportWorkerResponse): void;
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<ImportWorkerRequest>) => void,
  ): void;
};

const scope = self as unknown as WorkerScope;
const handle = createImportWorkerHandler();

scope.addEventListener('message', (event) => {
  void handle(event.data).then((response) => scope.postMessage(response));
});
