import { describe, expect, it } from 'vitest';
import { MicroBatcher, type BatchClock } from './micro-batcher.ts';

/** Time that moves only when the test says so. */
class ManualClock implements BatchClock {
  private now = 0;
  private tasks: Array<{ at: number; task: () => void; id: number }> = [];
  private nextId = 1;

  setTimeout(task: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.tasks.push({ at: this.now + ms, task, id });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.tasks = this.tasks.filter((entry) => entry.id !== handle);
  }

  advance(ms: number): void {
    this.now += ms;
    const due = this.tasks.filter((entry) => entry.at <= this.now);
    this.tasks = this.tasks.filter((entry) => entry.at > this.now);
    for (const { task } of due) task();
  }

  get scheduled(): number {
    return this.tasks.length;
  }
}

/** A flush the test finishes by hand, recording each batch it was given. */
function manualFlush() {
  const batches: string[][] = [];
  const finishers: Array<(error?: Error) => void> = [];
  const flush = (items: string[]) =>
    new Promise<string[]>((resolve, reject) => {
      batches.push(items);
      finishers.push((error) =>
        error ? reject(error) : resolve(items.map((item) => `done:${item}`)),
      );
    });
  return { batches, flush, finish: (index: number, error?: Error) => finishers[index]!(error) };
}

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function setup(overrides: { maxItems?: number; maxInFlight?: number } = {}) {
  const clock = new ManualClock();
  const flusher = manualFlush();
  const batcher = new MicroBatcher<string, string>({
    maxItems: overrides.maxItems ?? 10,
    maxWaitMs: 5,
    maxInFlight: overrides.maxInFlight ?? 1,
    // Items `a#1` and `a#2` share the key `a`.
    keyOf: (item) => item.split('#')[0]!,
    flush: flusher.flush,
    clock,
  });
  return { clock, batcher, ...flusher };
}

describe('MicroBatcher', () => {
  it('waits a few milliseconds for company, then flushes what arrived together once', async () => {
    const { clock, batcher, batches, finish } = setup();
    const answers = ['a', 'b', 'c'].map((item) => batcher.submit(item));
    clock.advance(4);
    expect(batches).toEqual([]);
    clock.advance(1);
    expect(batches).toEqual([['a', 'b', 'c']]);
    finish(0);
    expect(await Promise.all(answers)).toEqual([
      { result: 'done:a', repeated: false },
      { result: 'done:b', repeated: false },
      { result: 'done:c', repeated: false },
    ]);
  });

  it('flushes at once when the batch is full, and starts the next batch with what follows', async () => {
    const { clock, batcher, batches, finish } = setup({ maxItems: 2, maxInFlight: 2 });
    const first = [batcher.submit('a'), batcher.submit('b')];
    expect(batches).toEqual([['a', 'b']]);
    const third = batcher.submit('c');
    expect(batches).toHaveLength(1);
    clock.advance(5);
    expect(batches).toEqual([['a', 'b'], ['c']]);
    finish(1);
    finish(0);
    expect((await third).result).toBe('done:c');
    expect((await Promise.all(first)).map(({ result }) => result)).toEqual(['done:a', 'done:b']);
  });

  it('keeps one flush in flight: what arrives meanwhile leaves as one batch right after', async () => {
    const { clock, batcher, batches, finish } = setup();
    const first = batcher.submit('a');
    clock.advance(5);
    const later = ['b', 'c', 'd'].map((item) => batcher.submit(item));
    clock.advance(50);
    expect(batches).toEqual([['a']]);
    finish(0);
    await first;
    await settle();
    expect(batches).toEqual([['a'], ['b', 'c', 'd']]);
    finish(1);
    expect((await Promise.all(later)).map(({ result }) => result)).toEqual([
      'done:b',
      'done:c',
      'done:d',
    ]);
    expect(clock.scheduled).toBe(0);
  });

  it('flushes a full batch only when a flush is free, oldest batch first', async () => {
    const { batcher, batches, finish } = setup({ maxItems: 1 });
    const answers = ['a', 'b', 'c'].map((item) => batcher.submit(item));
    expect(batches).toEqual([['a']]);
    finish(0);
    await settle();
    expect(batches).toEqual([['a'], ['b']]);
    finish(1);
    await settle();
    finish(2);
    expect((await Promise.all(answers)).map(({ result }) => result)).toEqual([
      'done:a',
      'done:b',
      'done:c',
    ]);
    expect(batcher.running).toBe(0);
  });

  it('carries out a key once per batch: the repeat answers with the first one’s result', async () => {
    const { clock, batcher, batches, finish } = setup();
    const first = batcher.submit('a#1');
    const repeat = batcher.submit('a#2');
    const other = batcher.submit('b#1');
    clock.advance(5);
    expect(batches).toEqual([['a#1', 'b#1']]);
    finish(0);
    expect(await first).toEqual({ result: 'done:a#1', repeated: false });
    expect(await repeat).toEqual({ result: 'done:a#1', repeated: true });
    expect(await other).toEqual({ result: 'done:b#1', repeated: false });
  });

  it('fails every item of a batch whose flush fails, repeats included, and goes on', async () => {
    const { clock, batcher, batches, finish } = setup();
    const failing = [batcher.submit('a#1'), batcher.submit('a#2'), batcher.submit('b')];
    clock.advance(5);
    finish(0, new Error('database unreachable'));
    for (const answer of failing) await expect(answer).rejects.toThrow('database unreachable');
    const next = batcher.submit('c');
    clock.advance(5);
    expect(batches).toHaveLength(2);
    finish(1);
    expect((await next).result).toBe('done:c');
  });

  it('refuses a flush that returns fewer results than items', async () => {
    const clock = new ManualClock();
    const batcher = new MicroBatcher<string, string>({
      maxItems: 10,
      maxWaitMs: 1,
      maxInFlight: 1,
      keyOf: (item) => item,
      flush: () => Promise.resolve(['only one']),
      clock,
    });
    const answers = [batcher.submit('a'), batcher.submit('b')];
    clock.advance(1);
    for (const answer of answers) await expect(answer).rejects.toThrow(/2 items/);
  });
});
