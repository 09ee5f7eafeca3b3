import { queryKeys } from '../../lib/query-keys';

// This feature's query keys, under the organisation's prefix like the shared ones
// (src/lib/query-keys.ts), so switching or leaving an organisation drops them too.
export const inboxSettingsKeys = {
  settings: (organizationId: string) =>
    [...queryKeys.organization(organizationId), 'inbox-settings'] as const,
  agents: (organizationId: string) =>
    [...queryKeys.organization(organizationId), 'inbox-agents'] as const,
  // Under the templates' prefix: a sync from Wati refreshes the choice of templates.
  approvedTemplates: (organizationId: string) =>
    [...queryKeys.whatsappTemplates(organizationId), 'approved-names'] as const,
  teams: (organizationId: string) => [...queryKeys.organization(organizationId), 'teams'] as const,
  cannedResponses: (organizationId: string) =>
    [...queryKeys.organization(organizationId), 'canned-responses'] as const,
  // Under the contacts' prefix: an import may bring new attributes.
  attributeKeys: (organizationId: string) =>
    [...queryKeys.contacts(organizationId), 'attribute-keys'] as const,
};
