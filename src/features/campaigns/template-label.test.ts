import { describe, expect, it } from 'vitest';
import { templateLabel } from './template-label';

describe('templateLabel', () => {
  it('names a template by its name, with its language only when the name is shared', () => {
    const templates = [
      { name: 'bienvenue', language: 'fr' },
      { name: 'rappel', language: 'fr' },
      { name: 'rappel', language: 'en' },
    ];
    expect(templateLabel(templates[0]!, templates)).toBe('bienvenue');
    expect(templateLabel(templates[1]!, templates)).toBe('rappel (fr)');
    expect(templateLabel(templates[2]!, templates)).toBe('rappel (en)');
  });
});
