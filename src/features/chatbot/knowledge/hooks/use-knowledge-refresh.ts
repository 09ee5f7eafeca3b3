import { useQueryClient } from '@tanstack/react-query';
import { knowledgeKeys } from '../query-keys';

/**
 * After any change to the knowledge base: the FAQ, the synonyms (they change how phrasings are
 * read), « Tester »'s answers and the unmatched messages all depend on each other.
 */
export function useKnowledgeRefresh(organizationId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: knowledgeKeys.all(organizationId) });
}
