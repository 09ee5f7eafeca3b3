import type { Session, UserIdentity } from '@supabase/supabase-js';
import { callFunction } from '../../lib/functions';
import { supabase } from '../../lib/supabase';

// Auth's phone flows for the WhatsApp sign-in and the profile's link. Apart from api.ts: verify-otp
// goes through callFunction, whose error sentences the e-mail sign-in has no use for.

/**
 * Asks Auth for a sign-in code for `phone` (E.164): Auth calls the Send SMS hook, which sends a
 * WCAP code on WhatsApp. A number without an account gets one, as the same call answers alike for
 * both. Sending again is this same call: Auth's `resend` does nothing for a confirmed number.
 */
export async function sendWhatsAppCode(phone: string): Promise<void> {
  const { error } = await supabase.auth.signInWithOtp({ phone });
  if (error) throw error;
}

/**
 * Has verify-otp check the WhatsApp code (`sms` to sign in, `phone_change` to link a number,
 * with the user's JWT that functions.invoke sends) and installs the Auth session it answers: the
 * session provider then sees SIGNED_IN.
 */
export async function verifyWhatsAppCode(params: {
  phone: string;
  code: string;
  type: 'sms' | 'phone_change';
}): Promise<void> {
  const session = await callFunction<Session>(supabase.functions, 'verify-otp', { body: params });
  const { error } = await supabase.auth.setSession({
    access_token: session.access_token,
    refresh_token: session.refresh_token,
  });
  if (error) throw error;
}

/**
 * Asks Auth to link `phone` (E.164) to the signed-in account: the hook sends a code, which
 * verify-otp redeems with type `phone_change`. Sending again is this same call (Auth's `resend`
 * looks the change up by the current number).
 */
export async function requestPhoneLink(phone: string): Promise<void> {
  const { error } = await supabase.auth.updateUser({ phone });
  if (error) throw error;
}

export type LoginPhone = {
  /** E.164, or null when no number is linked. */
  phone: string | null;
  /** When Auth last confirmed the number by a code. */
  confirmedAt: string | null;
  /** The `phone` identity that unlinkIdentity removes. */
  identity: UserIdentity | null;
};

/** The number the signed-in person can log in with, read from Auth (not from the session's copy). */
export async function fetchLoginPhone(): Promise<LoginPhone> {
  const { data, error } = await supabase.auth.getUser();
  if (error) throw error;
  const { user } = data;
  // Auth keeps numbers without their « + » (237671234567).
  const digits = user.phone?.trim().replace(/^\+/, '');
  return {
    phone: digits ? `+${digits}` : null,
    confirmedAt: user.phone_confirmed_at ?? null,
    identity: user.identities?.find((identity) => identity.provider === 'phone') ?? null,
  };
}

/** Removes the phone identity: Auth clears the number, and refuses when it is the only one. */
export async function unlinkLoginPhone(identity: UserIdentity): Promise<void> {
  const { error } = await supabase.auth.unlinkIdentity(identity);
  if (error) throw error;
}
