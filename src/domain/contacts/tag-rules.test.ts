import { describe, expect, it } from 'vitest';
import { addTags, cleanTag, removeTag, suggestTags, tagProblem } from './tag-rules';

describe('cleanTag', () => {
  it('trims, and turns a blank tag into nothing', () => {
    expect(cleanTag('  vip ')).toBe('vip');
    expect(cleanTag('   ')).toBeNull();
  });
});

describe('tagProblem', () => {
  it('refuses blank, too long and repeated tags, and more than the limit', () => {
    expect(tagProblem('  ', [], 100)).toBe('Saisissez une étiquette.');
    expect(tagProblem('é'.repeat(50), [], 100)).toBeNull();
    expect(tagProblem('é'.repeat(51), [], 100)).toBe('Une étiquette compte 50 caractères au plus.');
    expect(tagProblem(' vip ', ['vip'], 100)).toBe('L’étiquette « vip » est déjà là.');
    expect(tagProblem('Adhérents', ['adhérents'], 100)).toBe(
      'L’étiquette « Adhérents » est déjà là.',
    );
    expect(
      tagProblem(
        'new',
        Array.from({ length: 100 }, (_, index) => `t${index}`),
        100,
      ),
    ).toBe('Pas plus de 100 étiquettes.');
  });
});

describe('addTags', () => {
  it('adds trimmed tags, several at once when separated by commas or semicolons', () => {
    expect(addTags([], '  adhérents ', 20)).toEqual({
      tags: ['adhérents'],
      rest: '',
      problem: null,
    });
    expect(addTags(['a'], 'b, c;d,,', 20)).toEqual({
      tags: ['a', 'b', 'c', 'd'],
      rest: '',
      problem: null,
    });
    expect(addTags(['a'], '   ', 20)).toEqual({ tags: ['a'], rest: '', problem: null });
  });

  it('leaves what it cannot add, repeats whatever their case and too long tags, with why', () => {
    expect(addTags(['Adhérents'], 'adhérents, vip', 20)).toEqual({
      tags: ['Adhérents', 'vip'],
      rest: 'adhérents',
      problem: 'L’étiquette « adhérents » est déjà là.',
    });
    expect(addTags([], `${'x'.repeat(51)}; ok`, 20)).toEqual({
      tags: ['ok'],
      rest: 'x'.repeat(51),
      problem: 'Une étiquette compte 50 caractères au plus.',
    });
  });

  it('stops at the limit', () => {
    const full = Array.from({ length: 20 }, (_, index) => `t${index}`);
    expect(addTags(full, 'encore', 20)).toEqual({
      tags: full,
      rest: 'encore',
      problem: 'Pas plus de 20 étiquettes.',
    });
    expect(addTags(full.slice(1), 'un, deux', 20).tags).toHaveLength(20);
  });
});

describe('removeTag', () => {
  it('removes one tag', () => {
    expect(removeTag(['a', 'b'], 'a')).toEqual(['b']);
  });
});

describe('suggestTags', () => {
  const used = ['employeurs', 'vip', 'Église', 'douala', 'nouveaux-employés', 'VIP'];

  it('offers the tags in use not chosen yet, the most used first', () => {
    expect(suggestTags(used, ['Vip'], '', 3)).toEqual(['employeurs', 'Église', 'douala']);
  });

  it('puts the tags that start with what is typed before those that contain it', () => {
    expect(suggestTags(used, [], 'empl', 10)).toEqual(['employeurs', 'nouveaux-employés']);
    expect(suggestTags(used, [], ' EMPLOYÉ', 10)).toEqual(['employeurs', 'nouveaux-employés']);
  });

  it('ignores case and accents', () => {
    expect(suggestTags(used, [], 'eglise', 10)).toEqual(['Église']);
  });

  it('offers nothing when nothing matches, and at most the limit', () => {
    expect(suggestTags(used, [], 'yaoundé', 10)).toEqual([]);
    expect(suggestTags(used, [], 'e', 2)).toEqual(['employeurs', 'Église']);
  });
});
