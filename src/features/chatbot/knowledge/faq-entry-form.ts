// The entry form's rules, as save_faq_entry checks them: an answer of 1 to 1,024 characters, an
// optional category of 60 at most, 1 to 20 phrasings of 300 at most.
import { t } from '@lingui/core/macro';
import { characterCount } from '../../../domain/contacts/length-hint';
import { formatNumber } from '../../../lib/format';
import type { FaqEntryWrite } from './api';
import { FAQ_LIMITS } from './limits';

export type FaqEntryValues = { category: string; answer: string; questions: string[] };

export type FaqEntryErrors = {
  category?: string;
  answer?: string;
  /** By phrasing, in the form's order. */
  questions: (string | undefined)[];
  /** About the phrasings as a whole (none, too many). */
  questionList?: string;
};

export function hasErrors(errors: FaqEntryErrors): boolean {
  return Boolean(
    errors.category || errors.answer || errors.questionList || errors.questions.some(Boolean),
  );
}

export function validateFaqEntry(values: FaqEntryValues): FaqEntryErrors {
  const answer = values.answer.trim();
  const category = values.category.trim();
  const answerMax = formatNumber(FAQ_LIMITS.answer);
  const questionMax = formatNumber(FAQ_LIMITS.question);
  const categoryMax = formatNumber(FAQ_LIMITS.category);
  const questionsMax = formatNumber(FAQ_LIMITS.questionsPerEntry);
  const filled = values.questions.filter((question) => question.trim() !== '');
  return {
    category:
      characterCount(category) > FAQ_LIMITS.category
        ? t`La catégorie doit contenir ${categoryMax} caractères au plus.`
        : undefined,
    answer:
      answer === ''
        ? t`Écrivez la réponse que le bot enverra.`
        : characterCount(answer) > FAQ_LIMITS.answer
          ? t`La réponse doit contenir ${answerMax} caractères au plus (un message WhatsApp).`
          : undefined,
    questions: values.questions.map((question) =>
      characterCount(question.trim()) > FAQ_LIMITS.question
        ? t`La question doit contenir ${questionMax} caractères au plus.`
        : undefined,
    ),
    questionList:
      filled.length === 0
        ? t`Écrivez au moins une question.`
        : new Set(filled.map((question) => question.trim())).size > FAQ_LIMITS.questionsPerEntry
          ? t`Une réponse compte ${questionsMax} questions au plus.`
          : undefined,
  };
}

/** What is saved: trimmed, without empty phrasings, each once. */
export function toFaqEntryWrite(values: FaqEntryValues): FaqEntryWrite {
  return {
    category: values.category.trim() || null,
    answer: values.answer.trim(),
    questions: [...new Set(values.questions.map((question) => question.trim()).filter(Boolean))],
  };
}
