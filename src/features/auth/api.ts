import { supabase } from '../../lib/supabase';
import type { ChangePasswordValues } from './change-password-form';
import type { SignInValues } from './sign-in-form';
import type { SignUpValues } from './sign-up-form';

export async function signInWithPassword(values: SignInValues): Promise<void> {
  const { error } = await supabase.auth.signInWithPassword(values);
  if (error) throw error;
}

export type SignUpResult = { signedIn: boolean };

export async function signUp(values: SignUpValues): Promise<SignUpResult> {
  const { data, error } = await supabase.auth.signUp({
    email: values.email,
    password: values.password,
    // Read by the database trigger that creates the profile.
    options: { data: { full_name: values.fullName } },
  });
  if (error) throw error;
  // No session when the project asks for e-mail confirmation first.
  return { signedIn: data.session !== null };
}

export async function signOut(): Promise<void> {
  // "local" ends this browser's session only; the user stays signed in on their other devices.
  const { error } = await supabase.auth.signOut({ scope: 'local' });
  if (error) throw error;
}

export async function changePassword(values: ChangePasswordValues): Promise<void> {
  const { error } = await supabase.auth.updateUser({ password: values.password });
  if (error) throw error;
}
