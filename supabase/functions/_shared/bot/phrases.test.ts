import { describe, expect, it } from 'vitest';
import { phrase, retryPhrase } from './phrases.ts';

describe('phrases', () => {
  it('says the engine’s sentences in the contact’s language', () => {
    expect(phrase('not_understood', 'fr')).toBe('Je n’ai pas compris votre message.');
    expect(phrase('not_understood', 'en')).toBe('Sorry, I did not understand your message.');
    expect(phrase('handoff', 'fr')).toMatch(/conseiller/);
    expect(phrase('handoff', 'en')).toMatch(/adviser/);
  });

  it('has a retry sentence for every answer type, in both languages', () => {
    for (const type of ['text', 'number', 'date', 'email', 'phone', 'yes_no'] as const) {
      expect(retryPhrase(type, 'fr')).not.toBe(retryPhrase(type, 'en'));
      expect(retryPhrase(type, 'fr').length).toBeGreaterThan(10);
    }
    expect(retryPhrase('yes_no', 'fr')).toBe('Merci de répondre par oui ou par non.');
  });
});
