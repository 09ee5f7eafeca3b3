import { describe, expect, it } from 'vitest';
import { classifyEvent } from './events.ts';
import { ingestWith, statusItem, type IngestRow, type StatusItem } from './status-ingest.ts';

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

describe('ingestWith', () => {
  it('answers each event with its own row, whatever order the database returns them in', async () => {
    const ingest = ingestWith((items) => Promise.resolve(rowsFor(items).reverse()));
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
    });
    await ingest([item('k1', 'm2'), item('k2', 'm1'), item('k3', 'm2'), item('k4', 'm1')]);
    expect(seen).toEqual([['k2', 'k4', 'k1', 'k3']]);
  });

  it('runs the call again after a deadlock, up to three times', async () => {
    let calls = 0;
    const ingest = ingestWith((items) => {
      calls += 1;
      return calls < 3 ? Promise.reject(sqlError('40P01')) : Promise.resolve(rowsFor(items));
    });
    expect(await ingest([item('k1', 'a')])).toEqual([
      { duplicate: false, outcome: 'status:delivered' },
    ]);
    expect(calls).toBe(3);

    const stuck = ingestWith(() => Promise.reject(sqlError('40P01')));
    const [result] = await stuck([item('k1', 'a')]);
    expect(result).toMatchObject({ failed: { code: '40P01' } });
  });

  it('isolates an event the database refuses, so the rest of its batch is stored', async () => {
    const calls: number[] = [];
    const ingest = ingestWith((items) => {
      calls.push(items.length);
      return items.some((entry) => entry.key === 'poison')
        ? Promise.reject(sqlError('22P05'))
        : Promise.resolve(rowsFor(items));
    });
    const batch = ['k1', 'k2', 'poison', 'k4', 'k5'].map((key, index) => item(key, `m${index}`));
    const results = await ingest(batch);
    expect(results.map((result) => ('failed' in result ? 'failed' : 'ok'))).toEqual([
      'ok',
      'ok',
      'failed',
      'ok',
      'ok',
    ]);
    expect(calls[0]).toBe(5);
  });

  it('fails the whole batch when the database cannot be reached', async () => {
    const calls: number[] = [];
    const ingest = ingestWith((items) => {
      calls.push(items.length);
      return Promise.reject(
        Object.assign(new Error('write CONNECTION_CLOSED'), { code: 'CONNECTION_CLOSED' }),
      );
    });
    const results = await ingest([item('k1', 'a'), item('k2', 'b')]);
    expect(results.every((result) => 'failed' in result)).toBe(true);
    expect(calls).toEqual([2]);
  });
});
