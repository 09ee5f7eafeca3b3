import { supabase } from '../../lib/supabase';
import type { SignInValues } from './schemas';

export async function signInWithPassword(values: SignInValues): Promise<void> {
  const { error } = await supabase.auth.signInWithPassword(values);
  if (error) throw error;
}

export async function signOut(): Promise<void> {
  // "local" ends this browser's session only; the user stays signed in on their other devices.
  const { error } = await supabase.auth.signOut({ scope: 'local' });
  if (error) throw error;
}
