import { useEffect, useState } from 'react';
import { createImportWorker, ImportWorkerClient } from './import-worker-client';

/** The wizard's worker client; the worker starts with the first file and stops with the page. */
export function useImportWorker(): ImportWorkerClient {
  const [client] = useState(() => new ImportWorkerClient(createImportWorker));
  useEffect(() => () => client.dispose(), [client]);
  return client;
}
