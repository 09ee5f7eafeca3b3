import type { Tables } from '../../lib/database.types';
import { assertChanged } from '../../lib/errors';
import { supabase } from '../../lib/supabase';
import type { ProfileValues } from './profile-form';

export type Profile = Tables<'profiles'>;

export async function fetchProfile(userId: string): Promise<Profile | null> {
  const { data, error } = await supabase
    .from('profiles')
    .select('*')
    .eq('id', userId)
    .maybeSingle();
  if (error) throw error;
  return data;
}

export async function updateProfile(userId: string, values: ProfileValues): Promise<void> {
  assertChanged(
    await supabase
      .from('profiles')
      .update(
        {
          full_name: values.fullName,
          phone: values.phone,
          preferred_language: values.preferredLanguage,
        },
        { count: 'exact' },
      )
      .eq('id', userId),
  );
}
