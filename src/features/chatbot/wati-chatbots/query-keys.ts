import { queryKeys } from '../../../lib/query-keys';

// This feature's query keys, under the organisation's prefix like the shared ones
// (src/lib/query-keys.ts), so switching or leaving an organisation drops them too.
export const watiChatbotKeys = {
  chatbots: (organizationId: string, page: number) =>
    [...queryKeys.organization(organizationId), 'wati-chatbots', page] as const,
  // The runs and their failures share this prefix: a start or a cancel refreshes them all.
  runs: (organizationId: string) =>
    [...queryKeys.organization(organizationId), 'wati-chatbot-runs'] as const,
  runFailures: (organizationId: string, runId: string) =>
    [...queryKeys.organization(organizationId), 'wati-chatbot-runs', runId, 'failures'] as const,
  // Under the segments' prefix: a segment renamed or deleted refreshes the choice.
  segmentChoices: (organizationId: string) =>
    [...queryKeys.segments(organizationId), 'wati-chatbot-choices'] as const,
  // Under the contacts' prefix: whatever changes contacts makes these stale.
  segmentAudience: (organizationId: string, segmentId: string) =>
    [...queryKeys.contacts(organizationId), 'wati-chatbot-audience', segmentId] as const,
  contactSearch: (organizationId: string, search: string) =>
    [...queryKeys.contacts(organizationId), 'wati-chatbot-search', search] as const,
};
