import { describe, expect, it } from 'vitest';
import { languageName, languageOptions } from './language-names';

describe('languageName', () => {
  it('names each interface language in itself, capitalised', () => {
    expect(languageName('fr')).toBe('Français');
    expect(languageName('en')).toBe('English');
    expect(languageOptions()).toEqual([
      { locale: 'fr', label: 'Français' },
      { locale: 'en', label: 'English' },
    ]);
  });
});
