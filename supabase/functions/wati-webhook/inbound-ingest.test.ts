import { describe, expect, it } from 'vitest';
import { ingestWith } from './batch-ingest.ts';
import { classifyEvent } from './events.ts';
import { inboundItem, inboundLockOrder, type InboundItem, type InboundRow } from './inbound.ts';

const ORG_A = 'a0000000-0000-4000-8000-000000000001';
const ORG_B = 'b0000000-0000-4000-8000-000000000002';

function item(
  org: string,
  key: string,
  waId: string,
  fields: Record<string, unknown> = {},
): InboundItem {
  const payload = {
    eventType: 'message',
    id: `wati-${key}`,
    waId,
    text: `message ${key}`,
    timestamp: '1765791600',
    ...fields,
  };
  const action = classifyEvent(payload);
  if (action.kind !== 'inbound') throw new Error('not a contact message');
  return inboundItem(org, key, payload.eventType, payload, action);
}

/** What `private.ingest_contact_messages` answers: `dup…` keys were applied before. */
const rowsFor = (items: InboundItem[]): InboundRow[] =>
  items.map((entry) => {
    const duplicate = entry.key.startsWith('dup');
    const optOut = entry.message?.optOut ?? false;
    return {
      organization_id: entry.org,
      event_key: entry.key,
      duplicate,
      outcome: duplicate ? null : entry.seen ? 'seen' : optOut ? 'opt_out' : 'inbound',
      send: duplicate ? null : optOut ? [`confirmation-${entry.key}`] : [],
    };
  });

const noDefer = () => Promise.reject(new Error('nothing should be deferred'));

describe('inboundItem', () => {
  it('hands SQL the message as receive_contact_message reads it', () => {
    const payload = {
      eventType: 'message',
      id: 'w1',
      whatsappMessageId: 'wamid.1',
      waId: '237671234567',
      text: 'STOP',
      senderName: 'Awa Ndiaye',
      created: '2025-12-15T09:40:00.123Z',
    };
    const action = classifyEvent(payload);
    if (action.kind !== 'inbound') throw new Error('not a contact message');
    expect(inboundItem(ORG_A, 'k1', 'message', payload, action)).toEqual({
      org: ORG_A,
      key: 'k1',
      type: 'message',
      payload,
      message: {
        phone: '+237671234567',
        country: 'CM',
        senderName: 'Awa Ndiaye',
        kind: 'text',
        body: 'STOP',
        media: undefined,
        replyToWamid: null,
        watiMessageId: 'w1',
        whatsappMessageId: 'wamid.1',
        at: '2025-12-15T09:40:00.123Z',
        optOut: true,
      },
    });
  });

  it('drops a sender name that is only the number, and reads STOP in words only', () => {
    expect(
      item(ORG_A, 'k1', '237671234567', { senderName: '+237 6 71 23 45 67' }).message,
    ).toMatchObject({ senderName: null, optOut: false });
    const caption = item(ORG_A, 'k2', '237671234567', {
      type: 'image',
      data: 'https://cdn.example.org/stop.jpg',
      text: 'STOP',
    });
    expect(caption.message!).toMatchObject({
      kind: 'image',
      body: 'STOP',
      media: { url: 'https://cdn.example.org/stop.jpg', caption: 'STOP' },
      optOut: false,
    });
  });
});

describe('inboundItem, for Wati’s notice of a first message', () => {
  it('hands SQL the contact’s number, as contacts are stored, and when it wrote', () => {
    const payload = {
      eventType: 'newContactMessageReceived',
      id: 'n1',
      waId: '237671234567',
      senderName: 'Awa',
      created: '2025-12-15T09:40:00.123Z',
    };
    const action = classifyEvent(payload);
    if (action.kind !== 'seen') throw new Error('not a notice');
    expect(inboundItem(ORG_A, 'k1', payload.eventType, payload, action)).toEqual({
      org: ORG_A,
      key: 'k1',
      type: 'newContactMessageReceived',
      payload,
      seen: { phone: '+237671234567', at: '2025-12-15T09:40:00.123Z' },
    });
  });
});

describe('ingestWith, for contact messages', () => {
  it('files by organisation then contact, each contact’s messages in their arrival order', async () => {
    const seen: string[][] = [];
    const ingest = ingestWith(
      (items) => {
        seen.push(items.map((entry) => entry.key));
        return Promise.resolve(rowsFor(items));
      },
      noDefer,
      { lockOrder: inboundLockOrder },
    );
    await ingest([
      item(ORG_B, 'b1', '237670000002'),
      item(ORG_A, 'a1', '237670000002'),
      item(ORG_A, 'a2', '237670000001'),
      item(ORG_A, 'a3', '237670000002'),
      item(ORG_B, 'b2', '237670000001'),
      item(ORG_A, 'a4', '237670000001'),
    ]);
    expect(seen).toEqual([['a2', 'a4', 'a1', 'a3', 'b2', 'b1']]);
  });

  it('keeps a contact’s notice and messages in their arrival order', async () => {
    const seen: string[][] = [];
    const ingest = ingestWith(
      (items) => {
        seen.push(items.map((entry) => entry.key));
        return Promise.resolve(rowsFor(items));
      },
      noDefer,
      { lockOrder: inboundLockOrder },
    );
    const notice = { eventType: 'newContactMessageReceived', id: 'n1', waId: '237670000002' };
    const action = classifyEvent(notice);
    if (action.kind !== 'seen') throw new Error('not a notice');
    await ingest([
      item(ORG_A, 'm1', '237670000002'),
      inboundItem(ORG_A, 'n1', notice.eventType, notice, action),
      item(ORG_A, 'm2', '237670000001'),
      item(ORG_A, 'm3', '237670000002'),
    ]);
    expect(seen).toEqual([['m2', 'm1', 'n1', 'm3']]);
  });

  it('answers each event with its outcome and the messages to send once committed', async () => {
    const ingest = ingestWith((items) => Promise.resolve(rowsFor(items).reverse()), noDefer, {
      lockOrder: inboundLockOrder,
    });
    expect(
      await ingest([
        item(ORG_A, 'k1', '237670000001'),
        item(ORG_A, 'dup1', '237670000002'),
        item(ORG_A, 'k2', '237670000003', { text: 'stop' }),
      ]),
    ).toEqual([
      { duplicate: false, outcome: 'inbound', send: [] },
      { duplicate: true },
      { duplicate: false, outcome: 'opt_out', send: ['confirmation-k2'] },
    ]);
  });

  it('keeps apart the message that fails, files the rest of its batch and sends their answers', async () => {
    const kept: string[] = [];
    const calls: string[][] = [];
    const ingest = ingestWith(
      (items) => {
        calls.push(items.map((entry) => entry.key));
        if (items.some((entry) => entry.key === 'poison')) {
          return Promise.reject(Object.assign(new Error('canceled'), { code: '57014' }));
        }
        return Promise.resolve(rowsFor(items));
      },
      (entry) => {
        kept.push(entry.key);
        return Promise.resolve('deferred');
      },
      { lockOrder: inboundLockOrder },
    );
    const results = await ingest([
      item(ORG_A, 'k1', '237670000001', { text: 'STOP' }),
      item(ORG_A, 'poison', '237670000002'),
      item(ORG_A, 'k3', '237670000003'),
    ]);
    expect(results).toEqual([
      { duplicate: false, outcome: 'opt_out', send: ['confirmation-k1'] },
      { duplicate: false, outcome: 'deferred' },
      { duplicate: false, outcome: 'inbound', send: [] },
    ]);
    expect(kept).toEqual(['poison']);
    expect(calls[0]).toEqual(['k1', 'poison', 'k3']);
  });
});
