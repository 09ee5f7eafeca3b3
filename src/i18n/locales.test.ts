import { describe, expect, it } from 'vitest';
import { browserLocale, isLocale } from './locales';

describe('browserLocale', () => {
  it('takes the first language the interface speaks among the browser’s preferences', () => {
    expect(browserLocale(['en-CM', 'fr-CM'])).toBe('en');
    expect(browserLocale(['de-DE', 'fr-FR', 'en'])).toBe('fr');
    expect(browserLocale(['EN-gb'])).toBe('en');
  });

  it('falls back to French', () => {
    expect(browserLocale([])).toBe('fr');
    expect(browserLocale(['de', 'pt-BR'])).toBe('fr');
  });
});

describe('isLocale', () => {
  it('accepts only the interface’s languages', () => {
    expect(isLocale('fr')).toBe(true);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('en-GB')).toBe(false);
    expect(isLocale(null)).toBe(false);
  });
});
