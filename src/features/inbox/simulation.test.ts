import { describe, expect, it } from 'vitest';
import { emptyFields, simulationBody } from './simulation';

describe('a simulated message', () => {
  const base = { ...emptyFields, from: '+237 690 00 00 01', senderName: ' Awa ' };

  it('is a text by default, from the digits of the number', () => {
    expect(simulationBody('org', { ...base, text: 'Bonjour' })).toEqual({
      organizationId: 'org',
      from: '237690000001',
      senderName: 'Awa',
      type: 'text',
      text: 'Bonjour',
    });
  });

  it('carries what each type needs', () => {
    expect(
      simulationBody('org', {
        ...base,
        type: 'image',
        url: ' https://exemple.cm/a.jpg ',
        caption: '',
      }),
    ).toMatchObject({
      type: 'image',
      url: 'https://exemple.cm/a.jpg',
      caption: undefined,
    });
    expect(
      simulationBody('org', { ...base, type: 'location', latitude: '4.05', longitude: '9.7' }),
    ).toMatchObject({
      latitude: 4.05,
      longitude: 9.7,
    });
    expect(
      simulationBody('org', {
        ...base,
        type: 'contacts',
        cardName: 'Paul',
        cardPhone: '+237690000002',
      }),
    ).toMatchObject({
      contacts: [{ name: 'Paul', phone: '+237690000002' }],
    });
    expect(simulationBody('org', { ...base, type: 'button', text: 'Je confirme' })).toMatchObject({
      type: 'button',
      text: 'Je confirme',
    });
    expect(simulationBody('org', { ...base, type: 'list_reply', title: 'Mardi' })).toMatchObject({
      id: 'Mardi',
      title: 'Mardi',
    });
  });
});
