import { describe, expect, it } from 'vitest';
import { metaMessages, twilioMessages } from './inbound.ts';

const PHONE_NUMBER_ID = '106540352242922';

const metaPayload = (value: Record<string, unknown>, phoneNumberId = PHONE_NUMBER_ID) => ({
  object: 'whatsapp_business_account',
  entry: [
    {
      id: 'WABA_ID',
      changes: [
        {
          field: 'messages',
          value: {
            messaging_product: 'whatsapp',
            metadata: { display_phone_number: '237699000000', phone_number_id: phoneNumberId },
            ...value,
          },
        },
      ],
    },
  ],
});

const message = (id: string, fields: Record<string, unknown>) => ({
  from: '237671234567',
  id,
  timestamp: '1749416383',
  ...fields,
});

describe('metaMessages', () => {
  it('reads texts, button and list replies; media get the help, reactions nothing', () => {
    const payload = metaPayload({
      contacts: [{ profile: { name: 'Awa N.' }, wa_id: '237671234567' }],
      messages: [
        message('wamid.1', { type: 'text', text: { body: 'LOGIN' } }),
        message('wamid.2', { type: 'button', button: { payload: 'P', text: 'Aide' } }),
        message('wamid.3', {
          type: 'interactive',
          interactive: { type: 'list_reply', list_reply: { id: 'r', title: 'Langue' } },
        }),
        message('wamid.4', { type: 'image', image: { id: 'MEDIA', mime_type: 'image/jpeg' } }),
        message('wamid.5', { type: 'reaction', reaction: { message_id: 'wamid.0', emoji: '👍' } }),
      ],
    });
    const from = { provider: 'meta', from: '+237671234567', profileName: 'Awa N.' };
    expect(metaMessages(payload, PHONE_NUMBER_ID)).toEqual([
      { ...from, messageId: 'wamid.1', text: 'LOGIN' },
      { ...from, messageId: 'wamid.2', text: 'Aide' },
      { ...from, messageId: 'wamid.3', text: 'Langue' },
      { ...from, messageId: 'wamid.4', text: '' },
      { ...from, messageId: 'wamid.5', text: null },
    ]);
  });

  it('gives each message its own sender’s profile name, none when not given', () => {
    const payload = metaPayload({
      contacts: [
        { profile: { name: 'Awa N.' }, wa_id: '237671234567' },
        { profile: { name: 'Jean' }, wa_id: '237699887766' },
      ],
      messages: [
        message('wamid.a', { type: 'text', text: { body: 'a' } }),
        message('wamid.b', { from: '237699887766', type: 'text', text: { body: 'b' } }),
        message('wamid.c', { from: '237655443322', type: 'text', text: { body: 'c' } }),
      ],
    });
    expect(
      metaMessages(payload, PHONE_NUMBER_ID).map(({ messageId, profileName }) => ({
        messageId,
        profileName,
      })),
    ).toEqual([
      { messageId: 'wamid.a', profileName: 'Awa N.' },
      { messageId: 'wamid.b', profileName: 'Jean' },
      { messageId: 'wamid.c', profileName: undefined },
    ]);
  });

  it('loops over every entry and change of a batch', () => {
    const first = metaPayload({
      messages: [message('wamid.a', { type: 'text', text: { body: 'a' } })],
    });
    const second = metaPayload({
      messages: [message('wamid.b', { type: 'text', text: { body: 'b' } })],
    });
    const batch = { ...first, entry: [...first.entry, ...second.entry] };
    expect(metaMessages(batch, PHONE_NUMBER_ID).map((m) => m.messageId)).toEqual([
      'wamid.a',
      'wamid.b',
    ]);
  });

  it('leaves out statuses, other numbers, other objects and messages without a phone', () => {
    const statuses = metaPayload({
      statuses: [
        { id: 'wamid.S', status: 'delivered', timestamp: '1', recipient_id: '237671234567' },
      ],
    });
    expect(metaMessages(statuses, PHONE_NUMBER_ID)).toEqual([]);
    const elsewhere = metaPayload(
      { messages: [message('wamid.X', { type: 'text', text: { body: 'LOGIN' } })] },
      '999',
    );
    expect(metaMessages(elsewhere, PHONE_NUMBER_ID)).toEqual([]);
    expect(metaMessages({ ...elsewhere, object: 'page' }, '999')).toEqual([]);
    const usernameOnly = metaPayload({
      messages: [{ id: 'wamid.U', type: 'text', text: { body: 'LOGIN' }, user_id: 'CM.123' }],
    });
    expect(metaMessages(usernameOnly, PHONE_NUMBER_ID)).toEqual([]);
    expect(metaMessages(null, PHONE_NUMBER_ID)).toEqual([]);
    expect(
      metaMessages({ object: 'whatsapp_business_account', entry: 'x' }, PHONE_NUMBER_ID),
    ).toEqual([]);
  });
});

describe('twilioMessages', () => {
  const SENDER = 'whatsapp:+237699000000';
  const inbound = {
    MessageSid: 'SM0123456789abcdef0123456789abcdef',
    SmsSid: 'SM0123456789abcdef0123456789abcdef',
    AccountSid: 'AC0123456789abcdef0123456789abcdef',
    From: 'whatsapp:+237671234567',
    To: SENDER,
    Body: 'Connexion',
    NumMedia: '0',
    ProfileName: 'Awa',
    WaId: '237671234567',
    SmsStatus: 'received',
  };

  it('reads a message a person sent to the platform sender', () => {
    expect(twilioMessages(new URLSearchParams(inbound), SENDER)).toEqual([
      {
        provider: 'twilio',
        messageId: 'SM0123456789abcdef0123456789abcdef',
        from: '+237671234567',
        text: 'Connexion',
        profileName: 'Awa',
      },
    ]);
    const photo = { ...inbound, Body: '', NumMedia: '1' };
    expect(twilioMessages(new URLSearchParams(photo), SENDER)[0]?.text).toBe('');
  });

  it('leaves out status callbacks and messages to another sender', () => {
    const status = {
      MessageSid: inbound.MessageSid,
      AccountSid: inbound.AccountSid,
      From: SENDER,
      To: 'whatsapp:+237671234567',
      MessageStatus: 'delivered',
      SmsStatus: 'delivered',
    };
    expect(twilioMessages(new URLSearchParams(status), SENDER)).toEqual([]);
    const elsewhere = { ...inbound, To: 'whatsapp:+237699999999' };
    expect(twilioMessages(new URLSearchParams(elsewhere), SENDER)).toEqual([]);
    const sms = { ...inbound, From: '+237671234567' };
    expect(twilioMessages(new URLSearchParams(sms), SENDER)).toEqual([]);
  });
});
