import { useQuery } from '@tanstack/react-query';
import { supabase } from '../../../lib/supabase';
import { useWorkspace } from '../../../lib/workspace';
import { fetchFlowStats } from '../flows-api';
import { chatbotKeys } from '../query-keys';

/**
 * A flow's sessions (started, completed, handed over, expired, running) and, per node, those that
 * entered it and those that stopped there. Figures move slowly: read again after half a minute.
 */
export function useFlowStats(flowId: string, { enabled = true }: { enabled?: boolean } = {}) {
  const { organization } = useWorkspace();
  return useQuery({
    queryKey: chatbotKeys.flowStats(organization.id, flowId),
    queryFn: () => fetchFlowStats(supabase, flowId),
    staleTime: 30_000,
    enabled,
  });
}
