import { describe, expect, it } from 'vitest';
import { classifyEvent, eventKey } from './events.ts';

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
      content: { kind: 'text', body: 'STOP', media: null, replyToWamid: null },
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
      classifyEvent({
        ...stop,
        text: 'Bonjour',
        templateContent: { rows: [[{ id: 1 }]] },
        owner: false,
      }),
    ).toMatchObject({ kind: 'inbound', content: { kind: 'text', body: 'Bonjour' } });
  });

  it('refuses a reply whose parts have the wrong shape or are too long, naming the field', () => {
    expect(classifyEvent({ ...stop, type: 'interactive', listReply: { title: ['a'] } })).toEqual({
      kind: 'invalid',
      eventType: 'message',
      reason: 'Événement illisible : le champ « listReply.title » n’a pas la forme attendue.',
    });
    expect(
      classifyEvent({ ...stop, type: 'location', location: { latitude: 91, longitude: 0 } }),
    ).toMatchObject({
      kind: 'invalid',
      reason:
        'Événement illisible : le champ « location.latitude » n’est pas une coordonnée entre -90 et 90.',
    });
    expect(
      classifyEvent({ ...stop, type: 'image', data: `https://x.org/${'a'.repeat(3000)}` }),
    ).toMatchObject({ kind: 'invalid' });
  });
});

describe('classifyEvent: what the contact sent', () => {
  const message = {
    eventType: 'message',
    id: 'm3',
    waId: '237671234567',
    timestamp: '1765791600',
    created: '2025-12-15T09:40:00.1234567Z',
  };
  const contentOf = (fields: Record<string, unknown>) => {
    const action = classifyEvent({ ...message, ...fields });
    if (action.kind !== 'inbound') throw new Error(`not inbound: ${JSON.stringify(action)}`);
    return action.content;
  };

  it('dates a message to the millisecond from `created`, so that a burst keeps its order', () => {
    expect(classifyEvent(message)).toMatchObject({ at: '2025-12-15T09:40:00.123Z' });
  });

  it.each([
    [
      'a file, by its URL, with its caption and name',
      { type: 'document', data: 'https://x.org/a.pdf', text: 'Reçu', fileName: 'a.pdf' },
      {
        kind: 'document',
        body: 'Reçu',
        media: { url: 'https://x.org/a.pdf', caption: 'Reçu', fileName: 'a.pdf' },
      },
    ],
    [
      'a voice note as audio, without a media reference that is not a URL',
      { type: 'voice', data: 'data/audios/123.ogg' },
      { kind: 'audio', body: null, media: null },
    ],
    [
      'a sticker',
      { type: 'sticker', data: 'https://x.org/s.webp' },
      { kind: 'sticker', body: null, media: { url: 'https://x.org/s.webp' } },
    ],
    [
      'a place, from `location`',
      {
        type: 'location',
        text: '4.05,9.76',
        location: { latitude: 4.05, longitude: 9.76, name: 'CNSA', address: null },
      },
      { kind: 'location', body: null, media: { latitude: 4.05, longitude: 9.76, name: 'CNSA' } },
    ],
    [
      'a place, from its text when there is no `location`',
      { type: 'location', text: '-4.26,15.28' },
      { kind: 'location', body: null, media: { latitude: -4.26, longitude: 15.28 } },
    ],
    [
      'contact cards',
      { type: 'contacts', messageContact: [{ name: 'Awa', phone: '+237677000001' }] },
      {
        kind: 'contacts',
        body: null,
        media: { contacts: [{ name: 'Awa', phone: '+237677000001' }] },
      },
    ],
    [
      'a template button',
      {
        type: 'button',
        text: 'Oui',
        buttonReply: { text: 'Oui', payload: 'YES' },
        replyContextId: 'wamid.A',
      },
      { kind: 'button_reply', body: 'Oui', media: { payload: 'YES' }, replyToWamid: 'wamid.A' },
    ],
    [
      'a list row',
      {
        type: 'interactive',
        text: 'Douala',
        listReply: { id: 'r2', title: 'Douala', description: null },
      },
      { kind: 'list_reply', body: 'Douala', media: { id: 'r2' } },
    ],
    [
      'an interactive button',
      { type: 'interactive', text: 'Non', interactiveButtonReply: { id: 'b2', title: 'Non' } },
      { kind: 'interactive', body: 'Non', media: { id: 'b2' } },
    ],
    [
      'a reaction, shown as unsupported',
      { type: 'reaction', text: '👍' },
      { kind: 'unsupported', body: '👍', media: null },
    ],
    [
      'a type named like an object property, as unsupported',
      { type: 'constructor', text: 'x' },
      { kind: 'unsupported', body: 'x', media: null },
    ],
  ])('reads %s', (_, fields, expected) => {
    expect(contentOf(fields)).toEqual({ replyToWamid: null, ...expected });
  });
});

describe('templateReviewed', () => {
  // Reference §9.4; Wati sends no time with it.
  const approved = {
    eventType: 'templateReviewed',
    wabaId: '102290129340398',
    templateName: 'rappel_rdv',
    templateId: '1234567890123456',
    watiTemplateId: '65f0c0ffee0000000000a001',
    oldTemplateStatus: 1,
    newTemplateStatus: 2,
    channelId: null,
    channelPhoneNumber: '15550001111',
  };
  const keyOf = (payload: Record<string, unknown>) => eventKey(payload, JSON.stringify(payload));

  it('names the template by its name and Wati’s id, with the status in Wati’s words', () => {
    expect(classifyEvent(approved)).toEqual({
      kind: 'template',
      templateName: 'rappel_rdv',
      watiTemplateId: '65f0c0ffee0000000000a001',
      status: 'APPROVED',
    });
    expect(classifyEvent({ ...approved, watiTemplateId: undefined })).toMatchObject({
      watiTemplateId: null,
    });
  });

  it('keys the reviews of two templates of one name apart, and one delivered twice alike', async () => {
    const english = { ...approved, watiTemplateId: '65f0c0ffee0000000000a002' };
    expect(await keyOf(english)).not.toBe(await keyOf(approved));
    expect(await keyOf({ ...approved })).toBe(await keyOf(approved));
    // Approved again after a pause: not a repeat of its first approval.
    expect(await keyOf({ ...approved, oldTemplateStatus: 7 })).not.toBe(await keyOf(approved));
  });
});
