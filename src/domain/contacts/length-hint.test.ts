import { describe, expect, it } from 'vitest';
import { characterCount, lengthHint, tagCountHint } from './length-hint';

describe('lengthHint', () => {
  it('says nothing far from the limit, counts near it and says the excess past it', () => {
    expect(lengthHint('Awa Mbárga', 120)).toBeNull();
    expect(lengthHint('x'.repeat(95), 120)).toBeNull();
    expect(lengthHint('x'.repeat(96), 120)).toBe('96 / 120 caractères');
    expect(lengthHint('x'.repeat(120), 120)).toBe('120 / 120 caractères');
    expect(lengthHint('x'.repeat(121), 120)).toBe('121 / 120 caractères : 1 de trop');
    expect(lengthHint('x'.repeat(600), 500)).toBe('600 / 500 caractères : 100 de trop');
  });

  it('counts characters as the database does, an emoji once', () => {
    expect(characterCount('😀😀')).toBe(2);
    expect(lengthHint('😀'.repeat(50), 50)).toBe('50 / 50 caractères');
  });
});

describe('tagCountHint', () => {
  it('counts tags once they near the limit', () => {
    expect(tagCountHint(10, 100)).toBeNull();
    expect(tagCountHint(92, 100)).toBe('92 / 100 étiquettes');
  });
});
