import { describe, expect, it } from 'vitest';
import { classifyEvent } from './events.ts';
import { ingestWith as ingestBatchWith, type IngestRow } from './batch-ingest.ts';
import { statusItem, statusLockOrder, type StatusItem } from './status-ingest.ts';

const ORG = 'c0000000-0000-4000-8000-000000000001';

function item(key: string, localMessageId: string, fields: Record<string, unknown> = {}) {
  const payload = {
    eventType: 'sentMessageDELIVERED_v2',
    localMessageId,
    timestamp: '1765791300',
    ...fields,
  };
  const action = classifyEvent(payload);
  if (action.kind !== 'status') throw new Error('not a status');
  return statusItem(ORG, key, payload.eventType, payload, action);
}

const rowsFor = (items: StatusItem[]): IngestRow[] =>
  items.map((entry) => ({
    organization_id: entry.org,
    event_key: entry.key,
    duplicate: entry.key.startsWith('dup'),
    outcome: entry.key.startsWith('dup') ? null : `status:${entry.status}`,
  }));

/** The status batcher's `ingestWith`: status events in the order of their messages. */
const ingestWith = (
  run: (items: StatusItem[]) => Promise<IngestRow[]>,
  defer: (item: StatusItem, error: unknown) => Promise<string | null>,
) => ingestBatchWith(run, defer, { lockOrder: statusLockOrder });

const sqlError = (code: string) => Object.assign(new Error(`error ${code}`), { code });

describe('statusItem', () => {
  it('carries what the SQL needs, failures with their French reason and whether to retry', () => {
    const busy = { eventType: 'templateMessageFailed', localMessageId: 'l1', failedCode: '131016' };
    const action = classifyEvent({ ...busy, timestamp: '1765791500' });
    if (action.kind !== 'status') throw new Error('not a status');
    expect(statusItem(ORG, 'k1', 'templateMessageFailed', busy, action)).toEqual({
      org: ORG,
      key: 'k1',
      type: 'templateMessageFailed',
      payload: busy,
      localMessageId: 'l1',
      watiMessageId: null,
      whatsappMessageId: null,
      status: 'failed',
      at: '2025-12-15T09:38:20.000Z',
      failureCode: '131016',
      failureReason: 'Service WhatsApp momentanément indisponible.',
      transient: true,
    });
    expect(
      item('k2', 'l2', { eventType: 'templateMessageFailed', failedCode: '131026' }),
    ).toMatchObject({ failureCode: '131026', transient: false });
    expect(item('k3', 'l3')).toMatchObject({ status: 'delivered', transient: false });
  });
});

/** A `defer` that records what it kept, as `private.defer_wati_webhook_event` would. */
function deferrals() {
  const kept: Array<{ key: string; code: unknown }> = [];
  const defer = (entry: StatusItem, error: unknown) => {
    kept.push({ key: entry.key, code: (error as { code?: unknown }).code });
    return Promise.resolve('deferred');
  };
  return { kept, defer };
}

const noDefer = () => Promise.reject(new Error('nothing should be deferred'));

describe('ingestWith', () => {
  it('answers each event with its own row, whatever order the database returns them in', async () => {
    const ingest = ingestWith((items) => Promise.resolve(rowsFor(items).reverse()), noDefer);
    expect(await ingest([item('k1', 'b'), item('dup1', 'a')])).toEqual([
      { duplicate: false, outcome: 'status:delivered' },
      { duplicate: true },
    ]);
  });

  it('writes in the order of the messages, each message’s events in their arrival order', async () => {
    const seen: string[][] = [];
    const ingest = ingestWith((items) => {
      seen.push(items.map((entry) => entry.key));
      return Promise.resolve(rowsFor(items));
    }, noDefer);
    await ingest([item('k1', 'm2'), item('k2', 'm1'), item('k3', 'm2'), item('k4', 'm1')]);
    expect(seen).toEqual([['k2', 'k4', 'k1', 'k3']]);
  });

  it('runs the call again after a deadlock, up to three times, then keeps the event for later', async () => {
    let calls = 0;
    const ingest = ingestWith((items) => {
      calls += 1;
      return calls < 3 ? Promise.reject(sqlError('40P01')) : Promise.resolve(rowsFor(items));
    }, noDefer);
    expect(await ingest([item('k1', 'a')])).toEqual([
      { duplicate: false, outcome: 'status:delivered' },
    ]);
    expect(calls).toBe(3);

    const { kept, defer } = deferrals();
    const stuck = ingestWith(() => Promise.reject(sqlError('40P01')), defer);
    expect(await stuck([item('k1', 'a')])).toEqual([{ duplicate: false, outcome: 'deferred' }]);
    expect(kept).toEqual([{ key: 'k1', code: '40P01' }]);
  });

  // Stack depth (a deeply nested body), a missing function, an internal error, a cancelled
  // statement, bad data, a raised error, a bug without a code: none of them is the batch's fault.
  it.each(['54001', '42883', 'XX000', '57014', '22P05', '23505', 'P0001', undefined])(
    'keeps apart the one event whose error is %s, so the rest of its batch is applied',
    async (code) => {
      const calls: number[] = [];
      const { kept, defer } = deferrals();
      const ingest = ingestWith((items) => {
        calls.push(items.length);
        if (!items.some((entry) => entry.key === 'poison')) return Promise.resolve(rowsFor(items));
        return Promise.reject(code === undefined ? new TypeError('boom') : sqlError(code));
      }, defer);
      const batch = ['k1', 'k2', 'poison', 'k4', 'k5'].map((key, index) => item(key, `m${index}`));
      const results = await ingest(batch);
      expect(results).toEqual([
        { duplicate: false, outcome: 'status:delivered' },
        { duplicate: false, outcome: 'status:delivered' },
        { duplicate: false, outcome: 'deferred' },
        { duplicate: false, outcome: 'status:delivered' },
        { duplicate: false, outcome: 'status:delivered' },
      ]);
      expect(kept).toEqual([{ key: 'poison', code }]);
      expect(calls[0]).toBe(5);
    },
  );

  it('says an event is a duplicate when it was applied before it could be kept', async () => {
    const ingest = ingestWith(
      () => Promise.reject(sqlError('54001')),
      () => Promise.resolve(null),
    );
    expect(await ingest([item('k1', 'a')])).toEqual([{ duplicate: true }]);
  });

  it('fails an event that cannot be kept either: Wati will send it again', async () => {
    const refused = sqlError('22P05');
    const ingest = ingestWith(
      () => Promise.reject(sqlError('54001')),
      () => Promise.reject(refused),
    );
    expect(await ingest([item('k1', 'a')])).toEqual([{ failed: refused }]);
  });

  it.each(['CONNECTION_CLOSED', 'CONNECT_TIMEOUT', 'ECONNRESET', '08006', '57P01', '53300'])(
    'fails the whole batch, without splitting it, when the database cannot be reached (%s)',
    async (code) => {
      const calls: number[] = [];
      const ingest = ingestWith((items) => {
        calls.push(items.length);
        return Promise.reject(Object.assign(new Error(`lost: ${code}`), { code }));
      }, noDefer);
      const results = await ingest([item('k1', 'a'), item('k2', 'b')]);
      expect(results.every((result) => 'failed' in result)).toBe(true);
      expect(calls).toEqual([2]);
    },
  );
});
