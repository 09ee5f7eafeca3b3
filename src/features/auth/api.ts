import { paths } from '../../lib/paths';
import { supabase } from '../../lib/supabase';
import type { ChangePasswordValues } from './change-password-form';
import type { ForgotPasswordValues } from './forgot-password-form';
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

/**
 * Asks Auth to e-mail a recovery link that opens the new-password page of this very site (Auth
 * refuses addresses outside its allowed redirect URLs). Auth answers alike whether or not an
 * account has the address, so the page says so too.
 */
export async function requestPasswordReset(values: ForgotPasswordValues): Promise<void> {
  const { error } = await supabase.auth.resetPasswordForEmail(values.email, {
    redirectTo: new URL(paths.resetPassword, window.location.origin).href,
  });
  if (error) throw error;
}
