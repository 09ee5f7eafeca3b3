import { supabase } from '../../lib/supabase';

// What an organisation uses of its plan: the subscription page's meters and the import wizard's
// quota hint read it, under one cache entry (queryKeys.organizationUsage), so an import, a new
// member or a deleted contact refreshes both.

export type OrganizationUsage = { contacts: number; messagesThisMonth: number; seats: number };

export async function fetchOrganizationUsage(organizationId: string): Promise<OrganizationUsage> {
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
