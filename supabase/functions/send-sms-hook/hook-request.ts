import { Webhook } from 'standardwebhooks';
import { z } from 'zod';
import type { OtpPurpose } from '../_shared/otp/codes.ts';

/**
 * The secrets Auth signs the hook with: `v1,whsec_<base64>`, several joined by `|` while one is
 * rotated (Supabase's format). The Standard Webhooks library takes the part after `v1,`.
 */
export function hookVerifiers(secrets: string): Webhook[] {
  return secrets
    .split('|')
    .map((secret) => secret.trim().replace(/^v1,/, ''))
    .filter((secret) => secret.startsWith('whsec_'))
    .map((secret) => new Webhook(secret));
}

/** Whether one of the secrets signed this raw body (±5 minutes on the timestamp). */
export function signedByAuth(verifiers: Webhook[], body: string, headers: Headers): boolean {
  const signed = {
    'webhook-id': headers.get('webhook-id') ?? '',
    'webhook-timestamp': headers.get('webhook-timestamp') ?? '',
    // Auth joins one signature per secret with ", "; the library splits them on spaces alone.
    'webhook-signature': (headers.get('webhook-signature') ?? '').replace(/,\s+/g, ' '),
  };
  return verifiers.some((verifier) => {
    try {
      verifier.verify(body, signed);
      return true;
    } catch {
      return false;
    }
  });
}

const hookInput = z.object({
  metadata: z
    .object({ ip_address: z.string().max(64).optional() })
    .partial()
    .optional(),
  user: z.object({
    id: z.uuid(),
    phone: z.string().max(32).optional(),
    new_phone: z.string().max(32).optional(),
    user_metadata: z.record(z.string(), z.unknown()).optional(),
  }),
  sms: z.object({
    otp: z.string().regex(/^[0-9]{6,10}$/),
    phone: z.string().regex(/^[1-9][0-9]{6,14}$/),
  }),
});

/** What the hook needs from Auth's call: who, which number, what for, and Auth's own code. */
export interface CodeRequest {
  userId: string;
  /** E.164 with `+` (Auth sends the digits alone). */
  phone: string;
  purpose: OtpPurpose;
  authCode: string;
  address: string | undefined;
  language: 'fr' | 'en' | undefined;
}

/**
 * Reads Auth's hook input. The hook is not told what the code is for: a number being linked is
 * the user's `new_phone` (Auth sends `sms.phone` = the new number; `user.phone` is the old one).
 */
export function readCodeRequest(body: unknown): CodeRequest | undefined {
  const parsed = hookInput.safeParse(body);
  if (!parsed.success) return undefined;
  const { user, sms, metadata } = parsed.data;
  const language = user.user_metadata?.language;
  return {
    userId: user.id,
    phone: `+${sms.phone}`,
    purpose: user.new_phone && user.new_phone === sms.phone ? 'phone_change' : 'sms',
    authCode: sms.otp,
    address: metadata?.ip_address || undefined,
    language: language === 'en' || language === 'fr' ? language : undefined,
  };
}
