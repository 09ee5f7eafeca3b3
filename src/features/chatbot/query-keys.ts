import { queryKeys } from '../../lib/query-keys';

// The chatbot's query keys, under the organisation's prefix (src/lib/query-keys.ts), so switching
// or leaving an organisation drops them too. Everything about flows shares `flows`, so one
// invalidation refreshes the list, the editor's flow, its versions and its figures.
export const chatbotKeys = {
  flows: (organizationId: string) =>
    [...queryKeys.organization(organizationId), 'bot-flows'] as const,
  flowList: (organizationId: string) => [...chatbotKeys.flows(organizationId), 'list'] as const,
  /** One flow as the editor reads it (its draft). */
  flow: (organizationId: string, flowId: string) =>
    [...chatbotKeys.flows(organizationId), 'flow', flowId] as const,
  flowVersions: (organizationId: string, flowId: string) =>
    [...chatbotKeys.flows(organizationId), 'versions', flowId] as const,
  flowStats: (organizationId: string, flowId: string) =>
    [...chatbotKeys.flows(organizationId), 'stats', flowId] as const,
  // Under the contacts' prefix: an import or an edit refreshes the simulator's choice of contacts.
  simulatorContacts: (organizationId: string, search: string) =>
    [...queryKeys.contacts(organizationId), 'bot-simulator', search] as const,
};
