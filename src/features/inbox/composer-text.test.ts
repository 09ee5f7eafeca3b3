import { describe, expect, it } from 'vitest';
import { mentionTrigger, replaceRange, searchKey, slashTrigger } from './composer-text';

describe('the « / » of canned replies', () => {
  it('is found at the start, after a space or a new line', () => {
    expect(slashTrigger('/hor', 4)).toEqual({ start: 0, query: 'hor' });
    expect(slashTrigger('Bonjour /me', 11)).toEqual({ start: 8, query: 'me' });
    expect(slashTrigger('Bonjour\n/', 9)).toEqual({ start: 8, query: '' });
  });

  it('is not part of a word or an address', () => {
    expect(slashTrigger('https://exemple.cm', 18)).toBeNull();
    expect(slashTrigger('1/2', 3)).toBeNull();
    expect(slashTrigger('/horaires et plus', 17)).toBeNull();
  });

  it('reads what is before the cursor only', () => {
    expect(slashTrigger('/horaires', 3)).toEqual({ start: 0, query: 'ho' });
  });
});

describe('the « @ » of mentions', () => {
  it('takes up to three words of a name', () => {
    expect(mentionTrigger('Voir avec @Awa', 14)).toEqual({ start: 10, query: 'Awa' });
    expect(mentionTrigger('@Awa Nd', 7)).toEqual({ start: 0, query: 'Awa Nd' });
    expect(mentionTrigger('@', 1)).toEqual({ start: 0, query: '' });
  });

  it('is not an e-mail address', () => {
    expect(mentionTrigger('awa@wcap.cm', 11)).toBeNull();
  });
});

describe('replacing what was typed', () => {
  it('inserts at the right place and puts the cursor after it', () => {
    expect(replaceRange('Bonjour /hor merci', 8, 12, 'Nous sommes ouverts.')).toEqual({
      text: 'Bonjour Nous sommes ouverts. merci',
      cursor: 28,
    });
  });

  it('compares without case or accents', () => {
    expect(searchKey('Élodie ÉTÉ')).toBe('elodie ete');
  });
});
