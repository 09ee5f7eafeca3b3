import { describe, expect, it } from 'vitest';
import { initials } from './initials';

describe('initials', () => {
  it('takes the first letter of the first two words, in capitals', () => {
    expect(initials('Awa Proprio')).toBe('AP');
    expect(initials('paul motdepasse junior')).toBe('PM');
    expect(initials('Madeleine')).toBe('M');
  });

  it('reads an e-mail address as words', () => {
    expect(initials('awa@cnsa.cm')).toBe('AC');
    expect(initials('jean-paul_eto')).toBe('JP');
  });

  it('skips emoji and other non-letters instead of cutting them in half', () => {
    expect(initials('Émilie 😀 Ngono')).toBe('ÉN');
    expect(initials('😀 Émilie')).toBe('É');
    expect(initials('👩🏾‍💻 Ngono Awa')).toBe('NA');
    expect(initials('2 Fatou')).toBe('F');
    // A letter after a symbol at the start of a word still counts.
    expect(initials('(Awa) Ngono')).toBe('AN');
  });

  it('keeps a letter written with a combining accent whole', () => {
    // « É » as E followed by U+0301: one grapheme, two code points.
    expect(initials('E\u0301milie Ngono')).toBe('E\u0301N');
  });

  it('says « ? » when there is no letter at all', () => {
    expect(initials('')).toBe('?');
    expect(initials('😀 🎉')).toBe('?');
    expect(initials('   ')).toBe('?');
  });
});
