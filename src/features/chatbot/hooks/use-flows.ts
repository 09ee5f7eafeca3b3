import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { supabase } from '../../../lib/supabase';
import {
  createFlow,
  deleteFlow,
  fetchFlows,
  renameFlow,
  setFlowEnabled,
  type FlowListItem,
} from '../flows-api';
import { chatbotKeys } from '../query-keys';

// Invalidations are not awaited: a confirmation waits for the write only, not for the list read
// again (under load the refetch outlasts a toast's wait, or remounts what was to confirm).

export function useFlows(organizationId: string) {
  return useQuery({
    queryKey: chatbotKeys.flowList(organizationId),
    queryFn: () => fetchFlows(supabase, organizationId),
  });
}

/**
 * A change to one flow refreshes the list and the flow as the editor holds it; its versions and
 * figures do not change with its name or its switch.
 */
function useFlowChange<Variables extends { flowId: string }>(
  organizationId: string,
  mutationFn: (variables: Variables) => Promise<void>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: (_data, _error, { flowId }) => {
      void queryClient.invalidateQueries({ queryKey: chatbotKeys.flowList(organizationId) });
      void queryClient.invalidateQueries({ queryKey: chatbotKeys.flow(organizationId, flowId) });
    },
  });
}

/** Resolves to the new flow's id. */
export function useCreateFlow(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => createFlow(supabase, organizationId, name),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: chatbotKeys.flowList(organizationId) });
    },
  });
}

export function useRenameFlow(organizationId: string) {
  return useFlowChange(organizationId, ({ flowId, name }: { flowId: string; name: string }) =>
    renameFlow(supabase, flowId, name),
  );
}

export function useSetFlowEnabled(organizationId: string) {
  const queryClient = useQueryClient();
  return useFlowChange(
    organizationId,
    async ({ flowId, enabled }: { flowId: string; enabled: boolean }) => {
      await setFlowEnabled(supabase, flowId, enabled);
      // The switch shows its new position at once, before the list is read again.
      queryClient.setQueryData<FlowListItem[]>(chatbotKeys.flowList(organizationId), (flows) =>
        flows?.map((flow) => (flow.id === flowId ? { ...flow, enabled } : flow)),
      );
    },
  );
}

export function useDeleteFlow(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (flowId: string) => deleteFlow(supabase, flowId),
    onSuccess: (_data, flowId) => {
      for (const queryKey of [
        chatbotKeys.flow(organizationId, flowId),
        chatbotKeys.flowVersions(organizationId, flowId),
        chatbotKeys.flowStats(organizationId, flowId),
      ]) {
        queryClient.removeQueries({ queryKey });
      }
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: chatbotKeys.flowList(organizationId) });
    },
  });
}
