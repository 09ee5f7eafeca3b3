import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { supabase } from '../../../lib/supabase';
import { searchSimulatorContacts } from '../flows-api';
import { chatbotKeys } from '../query-keys';

/** A few contacts whose name or number holds `search`, to play in the simulator. */
export function useSimulatorContacts(organizationId: string, search: string) {
  return useQuery({
    queryKey: chatbotKeys.simulatorContacts(organizationId, search),
    queryFn: ({ signal }) => searchSimulatorContacts(supabase, organizationId, search, signal),
    // The previous results stay while the next search runs: the list does not flash empty.
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
