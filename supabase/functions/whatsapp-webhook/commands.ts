/** What the platform number does for a message; anything it does not know gets the help. */
export type Command =
  | { name: 'login' | 'help' | 'language' | 'balance' }
  /** GEN <brief>: the brief as written, '' when none was given. */
  | { name: 'generate'; brief: string }
  /** ORG lists the person's organisations; ORG <n> chooses one. */
  | { name: 'organizations'; choice?: number };

type Word = 'login' | 'help' | 'language' | 'balance' | 'generate' | 'organizations';

const WORDS: Record<string, Word> = {
  LOGIN: 'login',
  CONNEXION: 'login',
  AIDE: 'help',
  HELP: 'help',
  LANGUE: 'language',
  LANG: 'language',
  SOLDE: 'balance',
  BALANCE: 'balance',
  GEN: 'generate',
  GENERER: 'generate',
  GENERATE: 'generate',
  ORG: 'organizations',
};

// Marks (accents, emoji variation selectors) and format characters (joiners).
const MARKS = /[\p{M}\p{Cf}]/gu;
// What people put before the word ("*aide*", "« LANGUE »", "👋 lang"), the word itself (letters,
// accents written as separate marks included), and the rest.
const LEADING = /^[\s\p{P}\p{S}\p{Cf}]*/u;
const WORD = /^[\p{L}\p{M}\p{Cf}]+/u;
// Spaces, punctuation and symbols only: « solde ? », « Connexion ! », « lang 👋 ».
const NOTHING_MORE = /^[\s\p{P}\p{S}\p{M}\p{Cf}]*$/u;
// What separates GEN from its brief: « GEN: … », « *GEN* … », « GEN - … ».
const BRIEF_LEAD = /^[\s:*_~\-–—.,]+/u;
// ORG 2, ORG n°2, ORG #2, ORG2.
const CHOICE = /^[\s:#]*(?:n\s*[°o]\s*)?([0-9]{1,3})[\s\p{P}\p{S}]*$/iu;

/**
 * The command a message asks for: its first word decides, whatever its case, accents and what
 * surrounds it; GEN takes the rest of the message as its brief, ORG a number. A known word
 * followed by anything else ("connexion svp") is not that command.
 */
export function commandOf(text: string): Command {
  const start = text.replace(LEADING, '');
  const written = WORD.exec(start)?.[0] ?? '';
  const word = WORDS[written.normalize('NFD').replace(MARKS, '').toUpperCase()];
  const rest = start.slice(written.length);
  switch (word) {
    case undefined:
      return { name: 'help' };
    case 'generate':
      // « GEN ? » asks how GEN works rather than for a message about a question mark.
      return {
        name: 'generate',
        brief: NOTHING_MORE.test(rest) ? '' : rest.replace(BRIEF_LEAD, '').trim(),
      };
    case 'organizations': {
      if (NOTHING_MORE.test(rest)) return { name: 'organizations' };
      const choice = CHOICE.exec(rest)?.[1];
      return choice === undefined ? { name: 'help' } : { name: 'organizations', choice: +choice };
    }
    default:
      return NOTHING_MORE.test(rest) ? { name: word } : { name: 'help' };
  }
}
