import { useMutation, useQuery } from '@tanstack/react-query';
import type { TablesUpdate } from '../../../../lib/database.types';
import {
  deleteSynonym,
  fetchBotSettings,
  fetchSynonyms,
  saveSynonym,
  updateBotSettings,
  type BotSynonym,
} from '../api';
import { knowledgeKeys } from '../query-keys';
import { useKnowledgeRefresh } from './use-knowledge-refresh';

export function useBotSettings(organizationId: string) {
  return useQuery({
    queryKey: knowledgeKeys.settings(organizationId),
    queryFn: () => fetchBotSettings(organizationId),
  });
}

export function useUpdateBotSettings(organizationId: string) {
  const refresh = useKnowledgeRefresh(organizationId);
  return useMutation({
    mutationFn: (update: TablesUpdate<'bot_settings'>) => updateBotSettings(organizationId, update),
    onSuccess: refresh,
  });
}

export function useSynonyms(organizationId: string) {
  return useQuery({
    queryKey: knowledgeKeys.synonyms(organizationId),
    queryFn: () => fetchSynonyms(organizationId),
  });
}

/** Adds a synonym, or changes the one whose term is given. */
export function useSaveSynonym(organizationId: string, previousTerm: string | null) {
  const refresh = useKnowledgeRefresh(organizationId);
  return useMutation({
    mutationFn: (synonym: BotSynonym) => saveSynonym(organizationId, synonym, previousTerm),
    onSuccess: refresh,
  });
}

export function useDeleteSynonym(organizationId: string) {
  const refresh = useKnowledgeRefresh(organizationId);
  return useMutation({
    mutationFn: (term: string) => deleteSynonym(organizationId, term),
    onSettled: refresh,
  });
}
