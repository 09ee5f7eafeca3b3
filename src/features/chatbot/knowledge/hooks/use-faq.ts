import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import {
  deleteFaqEntry,
  fetchFaqAnswer,
  fetchFaqEntries,
  importFaq,
  saveFaqEntry,
  setFaqEntryEnabled,
  testFaq,
  type FaqEntryWrite,
} from '../api';
import { knowledgeKeys } from '../query-keys';
import { useKnowledgeRefresh } from './use-knowledge-refresh';

export function useFaqEntries(organizationId: string) {
  return useQuery({
    queryKey: knowledgeKeys.faq(organizationId),
    queryFn: () => fetchFaqEntries(organizationId),
  });
}

/** Creates an entry, or changes the one whose id is given. */
export function useSaveFaqEntry(organizationId: string, id: string | null) {
  const refresh = useKnowledgeRefresh(organizationId);
  return useMutation({
    mutationFn: (entry: FaqEntryWrite) => saveFaqEntry(organizationId, id, entry),
    onSuccess: refresh,
  });
}

export function useSetFaqEntryEnabled(organizationId: string) {
  const refresh = useKnowledgeRefresh(organizationId);
  return useMutation({
    mutationFn: ({ id, enabled }: { id: string; enabled: boolean }) =>
      setFaqEntryEnabled(id, enabled),
    onSettled: refresh,
  });
}

export function useDeleteFaqEntry(organizationId: string) {
  const refresh = useKnowledgeRefresh(organizationId);
  return useMutation({ mutationFn: deleteFaqEntry, onSettled: refresh });
}

export function useImportFaq(organizationId: string) {
  const refresh = useKnowledgeRefresh(organizationId);
  return useMutation({
    mutationFn: ({ entries, replaceAll }: { entries: FaqEntryWrite[]; replaceAll: boolean }) =>
      importFaq(organizationId, entries, replaceAll),
    onSuccess: refresh,
  });
}

/** « Tester »: the entries `message` would get; nothing is asked while it is empty. */
export function useFaqTest(organizationId: string, message: string) {
  return useQuery({
    queryKey: knowledgeKeys.faqTest(organizationId, message),
    queryFn: () => testFaq(organizationId, message),
    enabled: message.trim() !== '',
    // The previous answer stays while the next is asked, so the results do not flicker.
    placeholderData: keepPreviousData,
  });
}

/**
 * « Vérifier avec l’IA »: the bot's answer to a message, with the AI check. Asked on request only,
 * since each check is a model call; the message asked is the mutation's variables.
 */
export function useFaqAnswer(organizationId: string) {
  return useMutation({ mutationFn: (message: string) => fetchFaqAnswer(organizationId, message) });
}
