import { describe, expect, it } from 'vitest';
import { botNormalize, botSingular, isSynonymTerm, unknownWord } from './normalize';

describe('botNormalize', () => {
  it('writes what private.bot_normalize writes', () => {
    // The same cases as scripts/bot/matching.int.test.ts checks in the database.
    expect(botNormalize('  Élève, ŒUVRE !!! Merciiii… d’accord?  ')).toBe(
      'eleve oeuvre merci d accord',
    );
    expect(botNormalize('Ça coûte 5 000 FCFA ?')).toBe('ca coute 5 000 fcfa');
    expect(botNormalize('Bjr')).toBe('bjr');
    expect(botNormalize('👍 ??')).toBe('');
  });
});

describe('botSingular', () => {
  it('drops a plural -s or -x, not a word’s own', () => {
    expect(botSingular('horaires')).toBe('horaire');
    expect(botSingular('bureaux')).toBe('bureau');
    expect(['vous', 'mois', 'plus', 'pays', 'les'].map(botSingular)).toEqual([
      'vous',
      'mois',
      'plus',
      'pays',
      'les',
    ]);
  });
});

describe('isSynonymTerm', () => {
  it('takes one word of letters and digits', () => {
    expect(isSynonymTerm('bjr', 40)).toBe(true);
    expect(isSynonymTerm('c est', 40)).toBe(false);
    expect(isSynonymTerm('', 40)).toBe(false);
    expect(isSynonymTerm('a'.repeat(41), 40)).toBe(false);
  });
});

describe('unknownWord', () => {
  const vocabulary = new Set(['horaire', 'ouverture', 'carte', 'vos', 'quel', 'sont']);
  const synonyms = new Set(['koi', 'c']);

  it('is the first word neither the FAQ nor the synonyms know', () => {
    expect(unknownWord('c koi vos horaires d ouvertur', vocabulary, synonyms)).toBe('ouvertur');
    expect(unknownWord('kel sont vos horaires', vocabulary, synonyms)).toBe('kel');
  });

  it('skips numbers and single letters, and is empty when all is known', () => {
    expect(unknownWord('d 2026 vos cartes', vocabulary, synonyms)).toBe('');
  });
});
