/** One entry the matcher offers for a message: its closest phrasing, its answer, its confidence. */
export interface FaqCandidate {
  entryId: string;
  question: string;
  answer: string;
  confidence: number;
}

/**
 * Asks a model which candidate answers the message: the index of the one it chose, or null when
 * none does. Throws when the model cannot be used (down, slow, unreadable answer).
 */
export type FaqJudge = (message: string, candidates: FaqCandidate[]) => Promise<number | null>;

/**
 * The knowledge base's answer, or null for « je n'ai pas compris », and who decided: `ai` when the
 * model chose or declined, `matcher` when the threshold did (no AI check, no candidate worth
 * asking about, or the model failed).
 */
export interface FaqDecision {
  candidate: FaqCandidate | null;
  by: 'matcher' | 'ai';
}

/**
 * With the AI check, the candidates the model chooses among: below this, the words a message
 * shares with an entry are too few for its answer to be worth a question (bot:eval: almost no
 * answerable message has its entry first below it).
 */
export const AI_CHECK_FLOOR = 0.3;

/** The candidates shown to the model, best first: the right entry is nearly always among them. */
export const AI_CHECK_CANDIDATES = 3;

/**
 * The knowledge base's answer to a message. Without the AI check, the matcher's best entry when
 * its confidence reaches the threshold. With it, the model reads the message and the best
 * candidates above AI_CHECK_FLOOR and picks the one that answers it, or none: word overlap cannot
 * tell « la banque ouvre à quelle heure » from the opening hours, nor « mon papa est à la
 * retraite » from the retirement cover. Should the model fail, the matcher's decision stands: an
 * outage leaves the bot as it is without the check. `candidates` come best first.
 */
export async function decideFaqAnswer(
  message: string,
  candidates: FaqCandidate[],
  settings: { threshold: number; aiCheck: boolean },
  judge: FaqJudge,
  onJudgeFailure: (error: unknown) => void = () => {},
): Promise<FaqDecision> {
  const best = candidates[0];
  const byMatcher = (): FaqDecision => ({
    candidate: best && best.confidence >= settings.threshold ? best : null,
    by: 'matcher',
  });
  if (!settings.aiCheck) return byMatcher();
  const offered = candidates
    .filter((candidate) => candidate.confidence >= AI_CHECK_FLOOR)
    .slice(0, AI_CHECK_CANDIDATES);
  // Nothing worth a question: as without the check (a threshold under the floor still answers).
  if (offered.length === 0) return byMatcher();
  let chosen: number | null;
  try {
    chosen = await judge(message, offered);
  } catch (error) {
    onJudgeFailure(error);
    return byMatcher();
  }
  return { candidate: (chosen === null ? undefined : offered[chosen]) ?? null, by: 'ai' };
}
