import { describe, expect, it } from 'vitest';
import { hasErrors, toFaqEntryWrite, validateFaqEntry } from './faq-entry-form';

describe('validateFaqEntry', () => {
  it('accepts an entry the database accepts', () => {
    const errors = validateFaqEntry({
      category: '',
      answer: 'a'.repeat(1024),
      questions: ['x'.repeat(300), ''],
    });
    expect(hasErrors(errors)).toBe(false);
  });

  it('says what is wrong, field by field', () => {
    const errors = validateFaqEntry({
      category: 'c'.repeat(61),
      answer: 'a'.repeat(1025),
      questions: ['Bonne ?', 'x'.repeat(301)],
    });
    expect(errors).toEqual({
      category: 'La catégorie doit contenir 60 caractères au plus.',
      answer: 'La réponse doit contenir 1\u202f024 caractères au plus (un message WhatsApp).',
      questions: [undefined, 'La question doit contenir 300 caractères au plus.'],
      questionList: undefined,
    });
    expect(validateFaqEntry({ category: '', answer: ' ', questions: [' '] })).toMatchObject({
      answer: 'Écrivez la réponse que le bot enverra.',
      questionList: 'Écrivez au moins une question.',
    });
    const many = Array.from({ length: 21 }, (_, i) => `Q${i}`);
    expect(validateFaqEntry({ category: '', answer: 'R', questions: many }).questionList).toBe(
      'Une réponse compte 20 questions au plus.',
    );
  });
});

describe('toFaqEntryWrite', () => {
  it('trims, drops empty phrasings and repeats', () => {
    expect(
      toFaqEntryWrite({ category: '  ', answer: ' Oui ', questions: [' A ? ', '', 'A ?', 'B ?'] }),
    ).toEqual({ category: null, answer: 'Oui', questions: ['A ?', 'B ?'] });
  });
});
