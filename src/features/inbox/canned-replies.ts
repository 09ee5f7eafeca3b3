import type { CannedReply } from './types';
import { searchKey } from './composer-text';

// Canned replies (« réponses enregistrées »): typed as « /code » in the composer, inserted at the
// cursor with their variables filled for the conversation's contact and the agent.

export type CannedReplyContext = {
  contact: { name: string | null; phone: string; attributes: Record<string, unknown> };
  agent: { name: string };
};

const variablePattern = /\{\{\s*(contact|agent)\.([\w.-]+)\s*\}\}/g;

function attributeText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/**
 * The reply's text for this contact: {{contact.name}}, {{contact.phone}}, {{contact.<attribute>}}
 * and {{agent.name}} replaced; a variable the contact has no value for becomes empty (the agent
 * reads the text before sending it).
 */
export function fillCannedReply(content: string, context: CannedReplyContext): string {
  return content.replace(variablePattern, (_whole, scope: string, key: string) => {
    if (scope === 'agent') return key === 'name' ? context.agent.name : '';
    if (key === 'name') return context.contact.name ?? '';
    if (key === 'phone') return context.contact.phone;
    return Object.hasOwn(context.contact.attributes, key)
      ? attributeText(context.contact.attributes[key])
      : '';
  });
}

/** The replies whose short code matches what is typed: those starting with it first. */
export function matchCannedReplies(
  replies: readonly CannedReply[],
  query: string,
  limit = 8,
): CannedReply[] {
  const key = searchKey(query);
  const starting = replies.filter((reply) => reply.short_code.startsWith(key));
  const containing = replies.filter(
    (reply) =>
      !reply.short_code.startsWith(key) &&
      (reply.short_code.includes(key) || searchKey(reply.content).includes(key)),
  );
  return [...starting, ...containing].slice(0, limit);
}
