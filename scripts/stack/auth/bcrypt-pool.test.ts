import { describe, expect, it } from 'vitest';
import { BcryptPool } from './bcrypt-pool';

const realWorker = new URL('./bcrypt-worker.mjs', import.meta.url);

// Answers as bcrypt-worker.mjs does, but dies on the password `crash`.
const fragileWorker = new URL(
  `data:text/javascript,${encodeURIComponent(`
    import { parentPort } from 'node:worker_threads';
    parentPort.on('message', ({ id, password }) => {
      if (password === 'crash') throw new Error('worker crashed');
      parentPort.postMessage({ id, value: 'hashed:' + password });
    });
  `)}`,
);

describe('BcryptPool', () => {
  it('answers each of many simultaneous calls with its own result', async () => {
    const pool = new BcryptPool(3, realWorker);
    const passwords = Array.from({ length: 8 }, (_, n) => `mot-de-passe-${n}`);
    const hashes = await Promise.all(passwords.map((password) => pool.hash(password, 10)));
    for (const hash of hashes) expect(hash).toMatch(/^\$2b\$10\$[./A-Za-z0-9]{53}$/);
    const checks = await Promise.all(
      passwords.flatMap((password, n) => [
        pool.compare(password, hashes[n]!),
        pool.compare(password, hashes[(n + 1) % hashes.length]!),
      ]),
    );
    expect(checks).toEqual(passwords.flatMap(() => [true, false]));
  });

  it('fails the calls a dying worker owed, then carries on with a new one', async () => {
    const pool = new BcryptPool(1, fragileWorker);
    const crashed = pool.hash('crash', 10);
    const queuedBehind = pool.hash('queued', 10);
    await expect(crashed).rejects.toThrow('worker crashed');
    await expect(queuedBehind).rejects.toThrow('worker crashed');
    expect(await pool.hash('later', 10)).toBe('hashed:later');
  });
});
