import { t } from '@lingui/core/macro';

/** ai-generate takes a brief of 2,000 characters at most (UTF-16 units, as its check counts). */
export const BRIEF_MAX = 2000;

/** The brief a reply starts from, which the agent may change. */
export function replyBrief(): string {
  return t`Répondre au dernier message du client`;
}

/**
 * The brief of an FAQ answer, from the ways contacts ask the question: the first named as the
 * question, the others as its other wordings, as many as fit in BRIEF_MAX (a question has 300
 * characters at most, so the first always fits). Empty without any question.
 */
export function faqAnswerBrief(questions: readonly string[]): string {
  const asked = [...new Set(questions.map((question) => question.trim()).filter(Boolean))];
  const [first, ...others] = asked;
  if (first === undefined) return '';
  const brief = (wordings: readonly string[]) => {
    if (wordings.length === 0) return t`Répondre à la question « ${first} »`;
    const list = wordings.map((question) => `« ${question} »`).join(', ');
    return t`Répondre à la question « ${first} » (aussi posée ainsi : ${list})`;
  };
  let kept: string[] = [];
  for (const other of others) {
    if (brief([...kept, other]).length > BRIEF_MAX) break;
    kept = [...kept, other];
  }
  return brief(kept);
}
