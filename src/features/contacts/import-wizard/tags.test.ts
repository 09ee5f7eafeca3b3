import { describe, expect, it } from 'vitest';
import { addTags, maxAddedTags, removeTag } from './tags';

describe('addTags', () => {
  it('adds trimmed tags, several at once when separated by commas or semicolons', () => {
    expect(addTags([], '  adhérents ')).toEqual(['adhérents']);
    expect(addTags(['a'], 'b, c;d,,')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('skips repeats whatever their case, and empty text', () => {
    expect(addTags(['Adhérents'], 'adhérents')).toEqual(['Adhérents']);
    expect(addTags(['a'], '   ')).toEqual(['a']);
  });

  it('cuts tags at 50 characters and stops at the limit', () => {
    expect(addTags([], 'x'.repeat(60))).toEqual(['x'.repeat(50)]);
    const full = Array.from({ length: maxAddedTags }, (_, index) => `t${index}`);
    expect(addTags(full, 'encore')).toEqual(full);
  });
});

describe('removeTag', () => {
  it('removes one tag', () => {
    expect(removeTag(['a', 'b'], 'a')).toEqual(['b']);
  });
});
