import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { supabase } from '../../../lib/supabase';
import { useWorkspace } from '../../../lib/workspace';
import { fetchFlowVersions } from '../flows-api';
import { chatbotKeys } from '../query-keys';

/** The flow's published versions, the newest first, and which one runs. */
export function useFlowVersions(flowId: string) {
  const { organization } = useWorkspace();
  return useQuery({
    queryKey: chatbotKeys.flowVersions(organization.id, flowId),
    queryFn: () => fetchFlowVersions(supabase, flowId),
  });
}

/**
 * Publishes an earlier version again; it becomes the draft too. `rollBack` is the editor's
 * (useDraftAutosave), which holds the draft and opens the version in its place.
 */
export function useRollBackFlow(flowId: string, rollBack: (versionId: string) => Promise<void>) {
  const { organization } = useWorkspace();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rollBack,
    // Not awaited: the confirmation waits for the roll-back only.
    onSettled: () => {
      for (const queryKey of [
        chatbotKeys.flowList(organization.id),
        chatbotKeys.flowVersions(organization.id, flowId),
      ]) {
        void queryClient.invalidateQueries({ queryKey });
      }
    },
  });
}
