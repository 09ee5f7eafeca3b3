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

describe('classifyEvent: what cannot be read is kept, never applied', () => {
  const stop = { eventType: 'message', id: 'm2', waId: '237671234567', timestamp: '1765791600' };

  it.each([
    ['a NUL character', 'STOP\u0000'],
    ['a lone surrogate', 'STOP \ud83d'],
  ])('refuses a message whose text holds %s, naming the field', (_, text) => {
    expect(classifyEvent({ ...stop, text })).toEqual({
      kind: 'invalid',
      eventType: 'message',
      reason:
        'Événement illisible : le champ « text » contient un caractère nul ou un caractère Unicode incomplet.',
    });
  });

  it('reads a whole emoji (a surrogate pair) as text', () => {
    expect(classifyEvent({ ...stop, text: 'STOP 👋' })).toMatchObject({ kind: 'inbound' });
  });

  it('refuses a field WCAP reads when it has the wrong type or an unreadable time', () => {
    expect(classifyEvent({ eventType: 'sentMessageREAD_v2', localMessageId: { $gt: '' } })).toEqual(
      {
        kind: 'invalid',
        eventType: 'sentMessageREAD_v2',
        reason: 'Événement illisible : le champ « localMessageId » n’a pas la forme attendue.',
      },
    );
    expect(classifyEvent({ ...stop, timestamp: '99999999999999999' })).toMatchObject({
      kind: 'invalid',
      reason: 'Événement illisible : le champ « timestamp » n’est pas un horodatage lisible.',
    });
  });

  it('leaves alone the fields it does not read, whatever their shape', () => {
    expect(
      classifyEvent({ ...stop, text: 'Bonjour', listReply: { rows: [[{ id: 1 }]] }, owner: false }),
    ).toMatchObject({ kind: 'inbound', text: 'Bonjour' });
  });
});
