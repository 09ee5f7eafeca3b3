import { describe, expect, it } from 'vitest';
import { BRIEF_MAX, faqAnswerBrief, replyBrief } from './briefs';

describe('faqAnswerBrief', () => {
  it('names the question and its other wordings, each once', () => {
    expect(faqAnswerBrief(['Horaires d’ouverture', ' ', 'Vous ouvrez à quelle heure ?'])).toBe(
      'Répondre à la question « Horaires d’ouverture » (aussi posée ainsi : « Vous ouvrez à quelle heure ? »)',
    );
    expect(faqAnswerBrief([' Horaires ', 'Horaires'])).toBe('Répondre à la question « Horaires »');
  });

  it('is empty without a question', () => {
    expect(faqAnswerBrief([])).toBe('');
    expect(faqAnswerBrief(['', '  '])).toBe('');
  });

  it('keeps the wordings that fit in a brief', () => {
    const questions = Array.from({ length: 20 }, (_, index) => `${index} ${'q'.repeat(296)}`);
    const brief = faqAnswerBrief(questions);
    expect(brief.length).toBeLessThanOrEqual(BRIEF_MAX);
    expect(brief).toContain(questions[4]);
    expect(brief).not.toContain(questions[19]);
  });
});

describe('replyBrief', () => {
  it('asks for an answer to the contact’s last message', () => {
    expect(replyBrief()).toBe('Répondre au dernier message du client');
  });
});
