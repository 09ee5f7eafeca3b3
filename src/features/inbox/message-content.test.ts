import { describe, expect, it } from 'vitest';
import { csatRating, mapUrl, readEvent, readMedia, readTemplate, safeUrl } from './message-content';

describe('what a message carries', () => {
  it('reads files, with their caption and name', () => {
    expect(
      readMedia('document', {
        url: 'https://exemple.cm/ordonnance.pdf',
        caption: 'Mon ordonnance',
        fileName: 'ordonnance.pdf',
      }),
    ).toEqual({
      type: 'file',
      url: 'https://exemple.cm/ordonnance.pdf',
      caption: 'Mon ordonnance',
      fileName: 'ordonnance.pdf',
    });
  });

  it('never links to anything but the web', () => {
    expect(readMedia('image', { url: 'javascript:alert(1)' })).toBeNull();
    expect(safeUrl('data:text/html,<script>')).toBeNull();
    expect(safeUrl('http://exemple.cm/a b')).toBe('http://exemple.cm/a%20b');
  });

  it('reads locations and links them to the map', () => {
    const location = readMedia('location', {
      latitude: 4.0511,
      longitude: '9.7679',
      name: 'Hôpital Laquintinie',
    });
    expect(location).toEqual({
      type: 'location',
      latitude: 4.0511,
      longitude: 9.7679,
      name: 'Hôpital Laquintinie',
      address: null,
    });
    expect(mapUrl(4.0511, 9.7679)).toBe(
      'https://www.openstreetmap.org/?mlat=4.0511&mlon=9.7679#map=16/4.0511/9.7679',
    );
    expect(readMedia('location', { latitude: 200, longitude: 9 })).toBeNull();
  });

  it('reads contact cards, skipping empty ones', () => {
    expect(
      readMedia('contacts', { contacts: [{ name: 'Paul', phone: '+237690000002' }, {}, 'x'] }),
    ).toEqual({
      type: 'contacts',
      contacts: [{ name: 'Paul', phone: '+237690000002' }],
    });
  });

  it('reads the choices of the satisfaction question', () => {
    expect(readMedia('csat', { rows: ['5', '4'], button: 'Noter' })).toEqual({
      type: 'choices',
      choices: ['5', '4'],
    });
  });

  it('reads templates and the campaign they belong to', () => {
    expect(
      readTemplate({
        name: 'rappel',
        parameters: [{ name: '1', value: 'Awa' }, { value: 'x' }],
        campaignId: 'k1',
      }),
    ).toEqual({ name: 'rappel', parameters: [{ name: '1', value: 'Awa' }], campaignId: 'k1' });
  });

  it('reads events, unknown types included', () => {
    expect(readEvent({ type: 'assigned', assigneeName: 'Awa', automatic: true })).toMatchObject({
      type: 'assigned',
      assigneeName: 'Awa',
      automatic: true,
      actorName: null,
    });
    expect(readEvent({ type: 'handoff', reason: 'keyword' })).toMatchObject({
      type: 'handoff',
      reason: 'keyword',
    });
    expect(readEvent({ type: 'merged' })?.type).toBe('other');
    expect(readEvent(null)).toBeNull();
  });

  it('reads a rating from 1 to 5', () => {
    expect([
      csatRating('4'),
      csatRating(' 5 étoiles'),
      csatRating('45'),
      csatRating('merci'),
    ]).toEqual([4, 5, null, null]);
  });
});
