import { describe, expect, it } from 'vitest';
import { validateSynonym } from './synonym-form';

describe('validateSynonym', () => {
  it('accepts what the database saves once normalised', () => {
    expect(validateSynonym('Kél', 'Quel')).toEqual({ term: undefined, expansion: undefined });
    expect(validateSynonym('svp', 's’il vous plaît')).toEqual({
      term: undefined,
      expansion: undefined,
    });
  });

  it('refuses two words, nothing, and a term another synonym has', () => {
    expect(validateSynonym('c’est', '')).toEqual({
      term: 'Un seul mot de 1 à 40 lettres ou chiffres, sans espace.',
      expansion: 'De 1 à 120 lettres ou chiffres.',
    });
    expect(validateSynonym('BJR', 'bonjour', new Set(['bjr'])).term).toBe(
      '« bjr » a déjà un équivalent : modifiez-le dans la liste.',
    );
  });
});
