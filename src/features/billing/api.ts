import type { Tables } from '../../lib/database.types';
import { supabase } from '../../lib/supabase';

export type Plan = Tables<'plans'>;

export async function fetchPlans(): Promise<Plan[]> {
  const { data, error } = await supabase
    .from('plans')
    .select('*')
    .order('sort_order', { ascending: true });
  if (error) throw error;
  return data;
}

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
