import type { Message, MessageAuthor } from '../inbox/types';

// What « Rédiger avec l'IA » tells the model about a conversation: its last text messages, one line
// each, oldest first, as « Client : … » or « Agent : … ». The lines are the model's input, not
// text people read: they stay in French whatever the interface's language.

/** The most messages of the thread the model reads. */
export const CONTEXT_MESSAGES = 20;
/** ai-generate takes a context of 8,000 characters at most, counted as zod counts (UTF-16 units). */
export const CONTEXT_MAX = 8000;

export type ContextMessage = Pick<Message, 'author' | 'body' | 'private'>;

/** Who speaks, for the authors whose words the contact saw; the platform's own lines are left out. */
/* eslint-disable lingui/no-unlocalized-strings -- the model's input, not text for people */
const SPEAKERS: Readonly<Record<MessageAuthor, string | null>> = {
  contact: 'Client',
  agent: 'Agent',
  bot: 'Agent',
  campaign: 'Agent',
  wati: 'Agent',
  system: null,
};
/* eslint-enable lingui/no-unlocalized-strings */

/** The first `max` UTF-16 units of `text`, never ending on half a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

/**
 * The conversation so far for a reply: the last CONTEXT_MESSAGES messages that carry text (private
 * notes and events left out), oldest first, each on one line; the oldest lines are dropped until
 * the whole fits in CONTEXT_MAX. `messages` are in the thread's order, oldest first.
 */
export function conversationContext(messages: readonly ContextMessage[]): string {
  const newestFirst: string[] = [];
  for (let index = messages.length - 1; index >= 0; index -= 1) {
    if (newestFirst.length === CONTEXT_MESSAGES) break;
    const message = messages[index]!;
    const speaker = SPEAKERS[message.author];
    // One line per message: its own line breaks would read as other speakers.
    const body = message.body?.replace(/\s+/g, ' ').trim();
    if (message.private || !speaker || !body) continue;
    newestFirst.push(`${speaker} : ${body}`);
  }

  const kept: string[] = [];
  let length = 0;
  for (const line of newestFirst) {
    const added = kept.length === 0 ? line.length : line.length + 1;
    if (length + added > CONTEXT_MAX) {
      // A message is 4,096 characters at most, so the newest always fits; cut it if it ever does not.
      if (kept.length === 0) kept.push(cut(line, CONTEXT_MAX));
      break;
    }
    kept.push(line);
    length += added;
  }
  return kept.reverse().join('\n');
}
