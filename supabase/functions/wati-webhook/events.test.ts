import { describe, expect, it } from 'vitest';
import { classifyEvent } from './events.ts';

describe('classifyEvent: a contact writing', () => {
  it('files the `message` event, with its text, as the inbound message', () => {
    expect(
      classifyEvent({
        eventType: 'message',
        id: 'm1',
        waId: '237671234567',
        text: 'STOP',
        senderName: 'Awa',
        timestamp: '1765791600',
      }),
    ).toEqual({
      kind: 'inbound',
      phone: '+237671234567',
      text: 'STOP',
      watiMessageId: 'm1',
      whatsappMessageId: null,
      senderName: 'Awa',
      at: '2025-12-15T09:40:00.000Z',
    });
  });

  it('only notes the visit for `newContactMessageReceived`, whose text comes as a `message`', () => {
    expect(
      classifyEvent({
        eventType: 'newContactMessageReceived',
        id: 'n1',
        waId: '237671234567',
        created: '2025-11-27T10:14:16.6268572Z',
      }),
    ).toEqual({ kind: 'seen', phone: '+237671234567', at: '2025-11-27T10:14:16.626Z' });
  });
});
