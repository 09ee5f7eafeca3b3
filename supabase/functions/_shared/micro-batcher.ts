/** Timer functions, injectable so tests can drive time by hand. */
export interface BatchClock {
  setTimeout(task: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface MicroBatcherOptions<I, R> {
  /** A batch leaves as soon as it holds this many items; later ones start the next batch. */
  maxItems: number;
  /** Otherwise this long after its first item arrived (a few milliseconds). */
  maxWaitMs: number;
  /** Flushes running at once; the next batch waits for a free one and grows meanwhile. */
  maxInFlight: number;
  /** Items with the same key in one batch are carried out once (the first one). */
  keyOf(item: I): string;
  /** Carries out a batch: one result per item, in order. Throwing fails every item of it. */
  flush(items: I[]): Promise<R[]>;
  clock?: BatchClock;
}

export interface Submitted<R> {
  result: R;
  /** True when an item with the same key was already in the batch: this one did nothing. */
  repeated: boolean;
}

interface Waiter<R> {
  repeated: boolean;
  resolve(value: Submitted<R>): void;
  reject(error: unknown): void;
}

interface Batch<I, R> {
  items: I[];
  /** Per key: the index of its item and everyone waiting for it. */
  byKey: Map<string, { index: number; waiters: Waiter<R>[] }>;
  /** The wait is over (or the batch is full): it leaves at the first free flush. */
  due: boolean;
  timer: unknown;
}

const systemClock: BatchClock = {
  setTimeout: (task, ms) => setTimeout(task, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Gathers items arriving together into one flush: each caller gets its own item's result once
 * the batch it joined is done. One database round trip then serves many webhooks, and while a
 * flush runs the next batch fills up, so batches grow with the load on their own.
 */
export class MicroBatcher<I, R> {
  /** Batches waiting to leave, oldest first; only the last one takes new items. */
  private readonly queue: Batch<I, R>[] = [];
  private inFlight = 0;
  private readonly clock: BatchClock;

  constructor(private readonly options: MicroBatcherOptions<I, R>) {
    this.clock = options.clock ?? systemClock;
  }

  /** Flushes running now (for tests and logs). */
  get running(): number {
    return this.inFlight;
  }

  submit(item: I): Promise<Submitted<R>> {
    return new Promise((resolve, reject) => {
      const batch = this.openBatch();
      const key = this.options.keyOf(item);
      const known = batch.byKey.get(key);
      if (known) {
        known.waiters.push({ repeated: true, resolve, reject });
        return;
      }
      batch.byKey.set(key, {
        index: batch.items.length,
        waiters: [{ repeated: false, resolve, reject }],
      });
      batch.items.push(item);
      if (batch.items.length >= this.options.maxItems) {
        batch.due = true;
        this.pump();
      }
    });
  }

  /** The batch taking items: the last one, unless it is full. */
  private openBatch(): Batch<I, R> {
    const last = this.queue.at(-1);
    if (last && last.items.length < this.options.maxItems) return last;
    const batch: Batch<I, R> = { items: [], byKey: new Map(), due: false, timer: undefined };
    batch.timer = this.clock.setTimeout(() => {
      batch.timer = undefined;
      batch.due = true;
      this.pump();
    }, this.options.maxWaitMs);
    this.queue.push(batch);
    return batch;
  }

  /** Starts due batches, oldest first, while flushes are free. */
  private pump(): void {
    while (this.inFlight < this.options.maxInFlight) {
      const batch = this.queue[0];
      if (!batch || !batch.due) return;
      this.queue.shift();
      if (batch.timer !== undefined) this.clock.clearTimeout(batch.timer);
      this.inFlight += 1;
      void this.run(batch).finally(() => {
        this.inFlight -= 1;
        // What arrived during the flush has waited long enough: it leaves now.
        const next = this.queue[0];
        if (next) next.due = true;
        this.pump();
      });
    }
  }

  private async run(batch: Batch<I, R>): Promise<void> {
    let results: R[];
    try {
      results = await this.options.flush(batch.items);
      if (results.length !== batch.items.length) {
        throw new Error(`flush returned ${results.length} results for ${batch.items.length} items`);
      }
    } catch (error) {
      for (const { waiters } of batch.byKey.values()) {
        for (const waiter of waiters) waiter.reject(error);
      }
      return;
    }
    for (const { index, waiters } of batch.byKey.values()) {
      const result = results[index] as R;
      for (const waiter of waiters) waiter.resolve({ result, repeated: waiter.repeated });
    }
  }
}
