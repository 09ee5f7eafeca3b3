/**
 * What Auth put in the address when a recovery link could not sign the person in (expired, already
 * used): supabase-js leaves such a fragment in place (`#error=…&error_code=otp_expired&…`).
 */
export function recoveryLinkError(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get('error_code') ?? params.get('error');
}
