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
