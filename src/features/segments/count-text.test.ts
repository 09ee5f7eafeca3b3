import { describe, expect, it } from 'vitest';
import { contactCountText, contactTotal } from './count-text';

describe('contactCountText', () => {
  it('agrees in number, in French', () => {
    expect(contactCountText(0)).toBe('Aucun contact ne correspond');
    expect(contactCountText(1)).toBe('1 contact correspond');
    expect(contactCountText(25000)).toBe('25\u202f000 contacts correspondent');
    expect(contactTotal(0)).toBe('0 contact');
    expect(contactTotal(2)).toBe('2 contacts');
  });
});
