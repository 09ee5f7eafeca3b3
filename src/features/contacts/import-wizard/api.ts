import { supabase } from '../../../lib/supabase';

// The same cache entry as the subscription page's meters (queryKeys.organizationUsage), so the
// same shape: an import refreshes both.
export type Usage = { contacts: number; messagesThisMonth: number; seats: number };

export async function fetchUsage(organizationId: string): Promise<Usage> {
  const { data, error } = await supabase
    .rpc('organization_usage', { organization_id: organizationId })
    .single();
  if (error) throw error;
  return {
    contacts: data.contacts,
    messagesThisMonth: data.messages_this_month,
    seats: data.seats,
  };
}
