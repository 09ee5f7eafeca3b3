import { inboxAlertKeys } from '../../lib/inbox-notifications';

// The inbox's query keys, under the organisation's (so leaving or switching organisation drops
// them with the rest). The counts and the notifications are the shell's too (src/lib).

export const inboxKeys = {
  all: (organizationId: string) => ['organizations', organizationId, 'inbox'] as const,
  lists: (organizationId: string) => ['organizations', organizationId, 'inbox', 'list'] as const,
  list: (organizationId: string, filters: object) =>
    ['organizations', organizationId, 'inbox', 'list', filters] as const,
  counts: inboxAlertKeys.counts,
  notifications: inboxAlertKeys.notifications,
  conversation: (organizationId: string, conversationId: string) =>
    ['organizations', organizationId, 'inbox', 'conversation', conversationId] as const,
  thread: (organizationId: string, conversationId: string) =>
    ['organizations', organizationId, 'inbox', 'thread', conversationId] as const,
  contactConversations: (organizationId: string, contactId: string) =>
    ['organizations', organizationId, 'inbox', 'contact', contactId, 'conversations'] as const,
  receivedCampaigns: (organizationId: string, contactId: string) =>
    ['organizations', organizationId, 'inbox', 'contact', contactId, 'campaigns'] as const,
  members: (organizationId: string) =>
    ['organizations', organizationId, 'inbox', 'members'] as const,
  teams: (organizationId: string) => ['organizations', organizationId, 'inbox', 'teams'] as const,
  cannedReplies: (organizationId: string) =>
    ['organizations', organizationId, 'inbox', 'canned-replies'] as const,
  templates: (organizationId: string) =>
    ['organizations', organizationId, 'inbox', 'templates'] as const,
  campaignNames: (organizationId: string) =>
    ['organizations', organizationId, 'inbox', 'campaign-names'] as const,
  settings: (organizationId: string) =>
    ['organizations', organizationId, 'inbox', 'settings'] as const,
};
