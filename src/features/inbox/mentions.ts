import { searchKey } from './composer-text';
import type { InboxMember } from './types';

// @mentions in private notes: the agents typed as « @Nom » are notified (add_note's `mentions`).

/** The members who can be mentioned (those who answer) whose name matches what is typed. */
export function matchMembers(
  members: readonly InboxMember[],
  query: string,
  excludeUserId?: string,
  limit = 6,
): InboxMember[] {
  const key = searchKey(query.trim());
  return members
    .filter((member) => member.role !== 'viewer' && member.userId !== excludeUserId)
    .filter((member) => {
      if (!key) return true;
      const name = searchKey(member.name);
      return name.startsWith(key) || name.split(/\s+/).some((word) => word.startsWith(key));
    })
    .slice(0, limit);
}

/** The ids of the chosen members whose « @Nom » is still in the note when it is sent. */
export function mentionedIds(body: string, chosen: readonly InboxMember[]): string[] {
  const ids = new Set<string>();
  for (const member of chosen) if (body.includes(`@${member.name}`)) ids.add(member.userId);
  return [...ids];
}
