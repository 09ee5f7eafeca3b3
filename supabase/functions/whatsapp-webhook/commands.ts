/** What the platform number does for a message; anything it does not know gets the help. */
export type Command = 'login' | 'help' | 'language';

const COMMANDS: Record<string, Command> = {
  LOGIN: 'login',
  CONNEXION: 'login',
  AIDE: 'help',
  HELP: 'help',
  LANGUE: 'language',
  LANG: 'language',
};

// Marks (accents, emoji variation selectors), format characters (joiners), and the spaces,
// punctuation and symbols people put around a word ("Connexion !", "*aide*", "« LANGUE »").
const MARKS = /[\p{M}\p{Cf}]/gu;
const AROUND = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;

/** The command a message asks for: case, accents and what surrounds the word do not matter. */
export function commandOf(text: string): Command {
  const word = text.normalize('NFD').replace(MARKS, '').replace(AROUND, '').toUpperCase();
  return COMMANDS[word] ?? 'help';
}
