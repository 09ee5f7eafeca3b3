import { describe, expect, it } from 'vitest';
import { headerMediaLabel, readButtons, readHeader } from './template-content';

describe('readHeader', () => {
  it('reads text and media headers', () => {
    expect(readHeader({ format: 'TEXT', text: 'Bienvenue à la CNSA', link: null })).toEqual({
      format: 'TEXT',
      text: 'Bienvenue à la CNSA',
      link: null,
    });
    expect(readHeader({ format: 'image', text: null, link: 'https://cdn.example/a.jpg' })).toEqual({
      format: 'IMAGE',
      text: null,
      link: 'https://cdn.example/a.jpg',
    });
  });

  it('gives no header for null, empty or malformed values', () => {
    expect(readHeader(null)).toBeNull();
    expect(readHeader({ format: 'TEXT', text: '', link: null })).toBeNull();
    expect(readHeader(['TEXT'])).toBeNull();
  });
});

describe('headerMediaLabel', () => {
  it('names a media header in French, and nothing for a text header', () => {
    expect(headerMediaLabel({ format: 'IMAGE', text: null, link: null })).toBe('Image');
    expect(headerMediaLabel({ format: 'LOCATION', text: null, link: null })).toBe('Média');
    expect(headerMediaLabel({ format: 'TEXT', text: 'Bonjour', link: null })).toBeNull();
    expect(headerMediaLabel(null)).toBeNull();
  });
});

describe('readButtons', () => {
  it('reads Wati’s button objects', () => {
    expect(
      readButtons([
        { type: 'quick_reply', parameter: { text: 'Nos services' } },
        { type: 'url', parameter: { text: 'En savoir plus', url: 'https://www.cnsa.example' } },
        { type: 'call', parameter: { text: 'Appeler la CNSA', phoneNumber: '237222000000' } },
      ]),
    ).toEqual([
      { kind: 'quick_reply', text: 'Nos services', target: null },
      { kind: 'url', text: 'En savoir plus', target: 'https://www.cnsa.example' },
      { kind: 'call', text: 'Appeler la CNSA', target: '237222000000' },
    ]);
  });

  it('reads Meta’s shape too and skips what has no label', () => {
    expect(
      readButtons([
        { type: 'QUICK_REPLY', text: 'Oui' },
        { type: 'PHONE_NUMBER', text: 'Appeler', phone_number: '+237222000000' },
        { type: 'COPY_CODE', text: 'Copier le code' },
        { type: 'url' },
        'texte',
      ]),
    ).toEqual([
      { kind: 'quick_reply', text: 'Oui', target: null },
      { kind: 'call', text: 'Appeler', target: '+237222000000' },
      { kind: 'other', text: 'Copier le code', target: null },
    ]);
    expect(readButtons({ type: 'url' })).toEqual([]);
  });
});
