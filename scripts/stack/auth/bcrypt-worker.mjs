// One bcryptjs worker of bcrypt-pool.ts. Plain JavaScript so that Node loads it as it is, whether the
// service runs under tsx or vitest (neither hands its TypeScript loader to worker threads).
import { parentPort } from 'node:worker_threads';
import bcrypt from 'bcryptjs';

// The sync calls are the fastest, and this thread has nothing else to do.
parentPort.on('message', ({ id, op, password, salt }) => {
  try {
    const value =
      op === 'hash' ? bcrypt.hashSync(password, salt) : bcrypt.compareSync(password, salt);
    parentPort.postMessage({ id, value });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
