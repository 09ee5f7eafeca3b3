import { boundedText } from '../_shared/bounded-json.ts';
import { serviceDatabase } from '../_shared/database.ts';
import { requireEnv } from '../_shared/env.ts';
import { json, methodNotAllowed, serveJson } from '../_shared/http.ts';
import {
  ADDRESS_LIMIT_SPAN,
  addressKey,
  addressLimits,
  newOtpCode,
  OTP_LIFETIME,
  otpDigest,
} from '../_shared/otp/codes.ts';
import { platformWhatsApp } from '../_shared/platform-whatsapp/client.ts';
import { sealSecret } from '../_shared/secret-box.ts';
import { hookVerifiers, readCodeRequest, signedByAuth, type CodeRequest } from './hook-request.ts';

/** Auth's hook input is a user and a code: a few kilobytes. */
const MAX_BODY_BYTES = 64 * 1024;

// Auth reads `{}` as success and `{"error": {http_code, message}}` as the refusal to pass on to
// the app, but only on a 200: any other status becomes a 500 (see the Auth reference, §3.3).
const accepted = () => json({});
const refused = (httpCode: number, message: string) =>
  json({ error: { http_code: httpCode, message } });

const WAIT_MESSAGE = 'Trop de demandes de code : patientez avant d’en demander un nouveau.';

function waitMessage(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return seconds <= 60
    ? `Patientez ${seconds} s avant de demander un nouveau code.`
    : `Trop de codes demandés pour ce numéro : réessayez dans ${minutes} min.`;
}

async function languageOf(request: CodeRequest): Promise<'fr' | 'en'> {
  if (request.language) return request.language;
  const [row] = await serviceDatabase()<{ language: string }[]>`
    select language from private.platform_contacts where phone = ${request.phone}`;
  return row?.language === 'en' ? 'en' : 'fr';
}

/**
 * Opens a WCAP challenge for Auth's code and sends its own code on WhatsApp. Auth's code is
 * sealed and never sent: the person can only get a session through verify-otp, which limits
 * wrong guesses.
 */
async function sendCode(request: CodeRequest): Promise<Response> {
  const sql = serviceDatabase();
  const [{ whatsapp }] = await sql<{ whatsapp: boolean }[]>`
    select private.take_platform_login(${request.phone}) as whatsapp`;
  if (!whatsapp && request.address) {
    const bucket = `send:${await addressKey(request.address)}`;
    const [{ allowed }] = await sql<{ allowed: boolean }[]>`
      select private.note_otp_request(${bucket}, ${addressLimits().sends},
                                     ${ADDRESS_LIMIT_SPAN}::interval) as allowed`;
    if (!allowed) return refused(429, WAIT_MESSAGE);
  }
  const challengeId = crypto.randomUUID();
  const code = newOtpCode();
  const digest = await otpDigest(challengeId, request.purpose, request.phone, code);
  const [opened] = await sql<{ refusal: string | null; retry_after: number | null }[]>`
    select * from private.open_otp_challenge(
      ${challengeId}, ${request.phone}, ${request.purpose}, ${request.userId}, ${digest},
      ${await sealSecret(request.authCode)}, ${OTP_LIFETIME}::interval)`;
  if (opened?.refusal) return refused(429, waitMessage(opened.retry_after ?? 60));
  try {
    await platformWhatsApp().sendCode(request.phone, code, await languageOf(request));
  } catch (error) {
    // Auth stores no code when the hook refuses: the challenge is dropped, and counts for nothing.
    await sql`select private.drop_otp_challenge(${challengeId})`;
    console.error('send-sms-hook: the code could not be sent', (error as Error).name);
    return refused(
      422,
      'Le code n’a pas pu être envoyé sur WhatsApp. Vérifiez le numéro, puis réessayez.',
    );
  }
  return accepted();
}

/**
 * Supabase Auth's Send SMS hook: checked against the Standard Webhooks signature before anything
 * is read. A forged call gets a 401 (Auth would turn it into a 500 for the app, but only a forger
 * sees it).
 */
Deno.serve(
  serveJson(async (request) => {
    if (request.method !== 'POST') return methodNotAllowed(['POST', 'OPTIONS']);
    const body = await boundedText(request, MAX_BODY_BYTES);
    const verifiers = hookVerifiers(requireEnv('SEND_SMS_HOOK_SECRET'));
    if (body === undefined || !signedByAuth(verifiers, body, request.headers)) {
      return json({ error: { http_code: 401, message: 'Signature du hook invalide.' } }, 401);
    }
    let input: unknown;
    try {
      input = JSON.parse(body);
    } catch {
      input = undefined;
    }
    const codeRequest = readCodeRequest(input);
    if (!codeRequest) return refused(400, 'Demande de code illisible.');
    return await sendCode(codeRequest);
  }),
);
