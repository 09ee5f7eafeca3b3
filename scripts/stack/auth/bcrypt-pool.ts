import { Worker } from 'node:worker_threads';

interface Call {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Call>;
}

/**
 * bcrypt on worker threads (see bcrypt-worker.mjs), so that hashes run side by side on several
 * cores, as GoTrue's goroutines do, instead of one after the other on the event loop. Workers are
 * started on demand and unreferenced while idle, so they never keep the process alive; a worker that
 * dies fails its pending calls and is replaced by the next call.
 */
export class BcryptPool {
  private slots: Slot[] = [];
  private nextId = 0;

  constructor(
    private readonly size: number,
    private readonly script: URL,
  ) {}

  /** `bcrypt.hash(password, cost)`. */
  hash(password: string, cost: number): Promise<string> {
    return this.run('hash', password, cost) as Promise<string>;
  }

  /** `bcrypt.compare(password, hash)`. */
  compare(password: string, hash: string): Promise<boolean> {
    return this.run('compare', password, hash) as Promise<boolean>;
  }

  private run(op: 'hash' | 'compare', password: string, salt: number | string): Promise<unknown> {
    const slot = this.pick();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      // Referenced while it owes an answer, so that a script awaiting it does not exit first.
      if (slot.pending.size === 0) slot.worker.ref();
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, op, password, salt });
    });
  }

  /** An idle worker, else a new one, else the least busy. */
  private pick(): Slot {
    const idle = this.slots.find((slot) => slot.pending.size === 0);
    if (idle) return idle;
    if (this.slots.length < this.size) return this.spawn();
    return this.slots.reduce((least, slot) =>
      slot.pending.size < least.pending.size ? slot : least,
    );
  }

  private spawn(): Slot {
    const worker = new Worker(this.script);
    worker.unref();
    const slot: Slot = { worker, pending: new Map() };
    this.slots.push(slot);
    let failure: Error | undefined;
    const retire = () => {
      this.slots = this.slots.filter((other) => other !== slot);
    };
    worker.on('message', (reply: { id: number; value?: unknown; error?: string }) => {
      const call = slot.pending.get(reply.id);
      slot.pending.delete(reply.id);
      if (slot.pending.size === 0) worker.unref();
      if (reply.error === undefined) call?.resolve(reply.value);
      else call?.reject(new Error(reply.error));
    });
    worker.on('error', (error) => {
      failure = error;
      retire();
    });
    worker.on('exit', (code) => {
      retire();
      const error = failure ?? new Error(`bcrypt worker stopped with exit code ${code}`);
      for (const call of slot.pending.values()) call.reject(error);
      slot.pending.clear();
    });
    return slot;
  }
}
