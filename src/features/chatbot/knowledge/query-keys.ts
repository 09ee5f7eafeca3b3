import { queryKeys } from '../../../lib/query-keys';

// The knowledge base's query keys, under the organisation's prefix (src/lib/query-keys.ts), so
// switching or leaving an organisation drops them too. A synonym changes how the FAQ's phrasings
// are read, and an unmatched message answered changes the FAQ: everything shares `knowledge`, so
// one invalidation refreshes the pages that depend on each other.
export const knowledgeKeys = {
  all: (organizationId: string) =>
    [...queryKeys.organization(organizationId), 'bot-knowledge'] as const,
  faq: (organizationId: string) => [...knowledgeKeys.all(organizationId), 'faq'] as const,
  faqTest: (organizationId: string, message: string) =>
    [...knowledgeKeys.all(organizationId), 'faq-test', message] as const,
  settings: (organizationId: string) => [...knowledgeKeys.all(organizationId), 'settings'] as const,
  synonyms: (organizationId: string) => [...knowledgeKeys.all(organizationId), 'synonyms'] as const,
  unmatched: (organizationId: string) =>
    [...knowledgeKeys.all(organizationId), 'unmatched'] as const,
};
