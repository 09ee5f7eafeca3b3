import { z } from 'zod';
import { strictObject, structured } from '../ai-writing/model.ts';
import type { FaqCandidate, FaqJudge } from './faq-decision.ts';

/**
 * The contact waits for the bot's answer: past this, the matcher's own decision is taken. Short
 * classification answers come back in well under a second.
 */
const JUDGE_TIMEOUT_MS = 4_000;

/** Enough of an answer for the model to see what it responds to. */
const ANSWER_EXCERPT = 500;

/** The matcher reads a message's first 1,000 characters (private.faq_match); so does the model. */
const MESSAGE_EXCERPT = 1_000;

const excerpt = (text: string, length: number) => [...text].slice(0, length).join('');

const NONE = 'none';

const INSTRUCTIONS =
  'You route the WhatsApp messages an organisation receives to the answers of its FAQ. Messages ' +
  'are in French or English, often without accents, with chat abbreviations (bjr, svp, koi, c, ' +
  'kan, jai…) and typos. Given one message and up to three FAQ entries found by word overlap, ' +
  'answer the number of the entry whose answer responds to what the message asks. Answer "none" ' +
  'when no answer responds to it: the message is about another organisation, product or service, ' +
  'is small talk, or asks something these answers do not say. Shared words are not enough.';

function describe(candidates: FaqCandidate[]): string {
  return candidates
    .map(
      (candidate, index) =>
        `Entry ${index + 1}\nQuestion: ${candidate.question}\n` +
        `Answer: ${excerpt(candidate.answer, ANSWER_EXCERPT)}`,
    )
    .join('\n\n');
}

/**
 * The OpenAI-compatible model (_shared/ai-writing/model.ts) as the FAQ's judge, with a strict
 * structured answer: one of the entries' numbers, or none. Its failures throw a ModelFailure.
 */
export const modelFaqJudge: FaqJudge = async (message, candidates) => {
  const choices = [...candidates.map((_, index) => String(index + 1)), NONE];
  const answer = await structured(
    'faq_choice',
    strictObject({ entry: { type: 'string', enum: choices } }),
    z.object({ entry: z.enum(choices as [string, ...string[]]) }),
    [
      { role: 'system', content: INSTRUCTIONS },
      { role: 'user', content: describe(candidates) },
      { role: 'user', content: `Message: ${excerpt(message, MESSAGE_EXCERPT)}` },
    ],
    { timeoutMs: JUDGE_TIMEOUT_MS, retry: false },
  );
  return answer.entry === NONE ? null : Number(answer.entry) - 1;
};
