import { serviceDatabase } from '../_shared/database.ts';
import { requireEnv } from '../_shared/env.ts';
import { sitePage } from '../_shared/site.ts';

/** How Auth took the request: a code is on its way, the number asked too recently, or no code. */
export type LoginRequest = 'sent' | 'throttled' | 'refused';

// Auth answers once its Send SMS hook, which sends the code, has answered (5 s at most).
const AUTH_TIMEOUT_MS = 10_000;

/**
 * Asks Supabase Auth for a login code for the number, as the app's `signInWithOtp` does (a number
 * without an account gets one): Auth calls the Send SMS hook, which sends the code on WhatsApp.
 * The number is noted first: the hook, which sees this function's address rather than the
 * person's, then counts the send against the number alone.
 */
export async function requestLoginCode(phone: string): Promise<LoginRequest> {
  await serviceDatabase()`select private.note_platform_login(${phone})`;
  let response: Response;
  try {
    response = await fetch(`${requireEnv('SUPABASE_URL')}/auth/v1/otp`, {
      method: 'POST',
      headers: { apikey: requireEnv('SUPABASE_ANON_KEY'), 'Content-Type': 'application/json' },
      body: JSON.stringify({ phone, create_user: true }),
      signal: AbortSignal.timeout(AUTH_TIMEOUT_MS),
    });
  } catch (error) {
    console.error(
      `whatsapp-webhook: Auth did not answer a login request (${(error as Error).name})`,
    );
    return 'refused';
  }
  await response.body?.cancel();
  if (response.ok) return 'sent';
  // over_sms_send_rate_limit (a code less than a minute ago), or the hook's own limits.
  if (response.status === 429) return 'throttled';
  console.error(
    `whatsapp-webhook: Auth refused a login code (HTTP ${response.status}` +
      `${response.headers.has('x-sb-error-code') ? `, ${response.headers.get('x-sb-error-code')}` : ''})`,
  );
  return 'refused';
}

/** The login page with the number filled in. */
export const loginLink = (phone: string): string =>
  sitePage(`/connexion?whatsapp=${encodeURIComponent(phone)}`);
