import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';
import type { ParameterMapping } from '@shared/templates/parameters.ts';
import {
  fetchTemplate,
  fetchTemplates,
  saveParameterMapping,
  syncTemplates,
  type WhatsAppTemplate,
} from '../api';

export function useTemplates(organizationId: string) {
  return useQuery({
    queryKey: queryKeys.whatsappTemplates(organizationId),
    queryFn: () => fetchTemplates(organizationId),
  });
}

export function useTemplate(organizationId: string, templateId: string) {
  const queryClient = useQueryClient();
  const listKey = queryKeys.whatsappTemplates(organizationId);
  return useQuery({
    queryKey: queryKeys.whatsappTemplate(organizationId, templateId),
    queryFn: () => fetchTemplate(organizationId, templateId),
    // Opened from the list: shown at once, refreshed in the background when stale.
    initialData: () =>
      queryClient
        .getQueryData<WhatsAppTemplate[]>(listKey)
        ?.find((template) => template.id === templateId),
    initialDataUpdatedAt: () => queryClient.getQueryState(listKey)?.dataUpdatedAt,
  });
}

export function useSyncTemplates(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => syncTemplates(organizationId),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.whatsappTemplates(organizationId) }),
  });
}

export function useSaveParameterMapping(organizationId: string, templateId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mapping: ParameterMapping) =>
      saveParameterMapping(organizationId, templateId, mapping),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.whatsappTemplates(organizationId) }),
  });
}
