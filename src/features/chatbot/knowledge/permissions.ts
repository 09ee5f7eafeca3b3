import { hasRoleAtLeast, type MemberRole } from '../../../domain/organizations/roles';

/**
 * Write the FAQ, import it, change the bot's settings and synonyms, and act on the messages the bot
 * did not understand: owners and admins, as the database decides; agents and viewers read.
 */
export function canEditKnowledgeBase(role: MemberRole): boolean {
  return hasRoleAtLeast(role, 'admin');
}
