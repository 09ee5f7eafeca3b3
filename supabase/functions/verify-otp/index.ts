import { z } from 'zod';
import { readBoundedJson } from '../_shared/bounded-json.ts';
import { identifyCaller } from '../_shared/caller.ts';
import { serviceDatabase } from '../_shared/database.ts';
import { requireEnv } from '../_shared/env.ts';
import { errorResponse, json, methodNotAllowed, serveJson } from '../_shared/http.ts';
import {
  ADDRESS_LIMIT_SPAN,
  addressKey,
  addressLimits,
  otpDigest,
  sameDigest,
  type OtpPurpose,
} from '../_shared/otp/codes.ts';
import { ensurePersonalOrganization } from '../_shared/personal-organization.ts';
import { openSecret } from '../_shared/secret-box.ts';

const BODY_LIMITS = { maxBytes: 4 * 1024, maxDepth: 4 };

const verifyRequest = z.object({
  phone: z.string().regex(/^\+[1-9][0-9]{6,14}$/),
  code: z.string().regex(/^[0-9]{6}$/),
  type: z.enum(['sms', 'phone_change']).default('sms'),
});

// One answer for an unknown number, a wrong, expired, used or dead code: nothing tells them apart.
const invalidCode = () => errorResponse(403, 'otp_invalid', 'Code invalide ou expiré.');

/** The address the request came from, as the platform's proxy reports it. */
function requestAddress(request: Request): string | undefined {
  return request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || undefined;
}

type Attempt = { outcome: 'consumed'; userId: string; authCode: string } | { outcome: 'refused' };

/**
 * Tries the code against the number's live challenge, in one transaction that holds it: a right
 * code uses it up, a wrong one counts (the third ends it). With no live challenge a digest is
 * still computed, so that an unknown number answers in the same time.
 */
function attempt(phone: string, purpose: OtpPurpose, code: string, caller?: string) {
  return serviceDatabase().begin(async (sql): Promise<Attempt> => {
    const [challenge] = await sql<
      { id: string; user_id: string; code_digest: Uint8Array; auth_code: string }[]
    >`select * from private.lock_otp_challenge(${phone}, ${purpose})`;
    const candidate = await otpDigest(challenge?.id ?? crypto.randomUUID(), purpose, phone, code);
    if (!challenge) return { outcome: 'refused' };
    // A number being linked is redeemed only by the account that asked for it.
    const matched =
      sameDigest(new Uint8Array(challenge.code_digest), candidate) &&
      (purpose === 'sms' || challenge.user_id === caller);
    const [{ outcome }] = await sql<{ outcome: string }[]>`
      select private.settle_otp_attempt(${challenge.id}, ${matched}) as outcome`;
    return outcome === 'consumed'
      ? { outcome, userId: challenge.user_id, authCode: challenge.auth_code }
      : { outcome: 'refused' };
  });
}

/** Redeems Auth's own code at Auth's /verify: its answer is the session to hand over. */
async function redeemAuthCode(phone: string, purpose: OtpPurpose, sealed: string) {
  const response = await fetch(`${requireEnv('SUPABASE_URL')}/auth/v1/verify`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', apikey: requireEnv('SUPABASE_ANON_KEY') },
    body: JSON.stringify({ phone, token: await openSecret(sealed), type: purpose }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) {
    console.error('verify-otp: Auth refused its own code', response.headers.get('x-sb-error-code'));
    return undefined;
  }
  return (await response.json()) as Record<string, unknown>;
}

/**
 * A person who logs in by WhatsApp belongs to an organisation from then on, so that they have a
 * wallet: their personal one when they had none, made before they get their session so that the
 * app opens on it. Its failure is logged and the login goes on: the code is used up, and the next
 * login (or the assistant) makes it.
 */
async function giveAWallet(userId: string, phone: string): Promise<void> {
  try {
    await ensurePersonalOrganization(userId, phone);
  } catch (error) {
    console.error(
      'verify-otp: no personal organisation after a login:',
      error instanceof Error ? `${error.name}: ${error.message}` : error,
    );
  }
}

/**
 * Checks a WCAP code sent on WhatsApp (10 minutes, three tries, once) and answers Auth's session
 * for it: `sms` logs in (and gives a person without an organisation their personal one),
 * `phone_change` (by the signed-in account that asked) links the number.
 */
Deno.serve(
  serveJson(async (request) => {
    if (request.method !== 'POST') return methodNotAllowed(['POST', 'OPTIONS']);
    const body = await readBoundedJson(request, BODY_LIMITS);
    if (!body.ok) {
      const { status, code, message } = body.refusal;
      return errorResponse(status, code, message);
    }
    const parsed = verifyRequest.safeParse(body.value);
    if (!parsed.success) {
      return errorResponse(
        400,
        'invalid_request',
        'Indiquez le numéro au format international et le code à 6 chiffres reçu sur WhatsApp.',
      );
    }
    const { phone, code, type } = parsed.data;
    const address = requestAddress(request);
    if (address) {
      const bucket = `verify:${await addressKey(address)}`;
      const [{ allowed }] = await serviceDatabase()<{ allowed: boolean }[]>`
        select private.note_otp_request(${bucket}, ${addressLimits().verifies},
                                       ${ADDRESS_LIMIT_SPAN}::interval) as allowed`;
      if (!allowed) {
        return errorResponse(
          429,
          'too_many_requests',
          'Trop de tentatives depuis cette connexion : réessayez dans quelques minutes.',
        );
      }
    }
    let caller: string | undefined;
    if (type === 'phone_change') {
      const identified = await identifyCaller(request);
      if (identified?.kind !== 'user') {
        return errorResponse(401, 'unauthenticated', 'Connectez-vous pour lier un numéro.');
      }
      caller = identified.userId;
    }
    const tried = await attempt(phone, type, code, caller);
    if (tried.outcome !== 'consumed') return invalidCode();
    // The code proved the number is theirs: their organisation is made while Auth opens the
    // session, rather than after it (a first login costs the time of the slower of the two).
    const [session] = await Promise.all([
      redeemAuthCode(phone, type, tried.authCode),
      type === 'sms' ? giveAWallet(tried.userId, phone) : undefined,
    ]);
    if (!session) return invalidCode();
    return json(session);
  }),
);
