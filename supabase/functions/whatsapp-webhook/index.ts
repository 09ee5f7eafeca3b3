import { afterResponse } from '../_shared/after-response.ts';
import { boundedBytes, nestedDeeperThan } from '../_shared/bounded-json.ts';
import { sameSecret } from '../_shared/constant-time.ts';
import { requireEnv } from '../_shared/env.ts';
import { errorResponse, json, methodNotAllowed, serveJson } from '../_shared/http.ts';
import { isWhatsAppProvider, type WhatsAppProvider } from '../_shared/platform-whatsapp/client.ts';
import {
  verifyMetaSignature,
  verifyTwilioSignature,
} from '../_shared/platform-whatsapp/signatures.ts';
import { handleMessage } from './follow-up.ts';
import { metaMessages, twilioMessages, type InboundMessage } from './inbound.ts';
import { fileNewMessages } from './store.ts';

// Meta posts up to 1,000 updates at a time, 3 MB at most; Twilio one message's form fields.
const BODY_LIMITS: Record<WhatsAppProvider, number> = {
  meta: 3 * 1024 * 1024,
  twilio: 64 * 1024,
};
// Meta's updates nest a handful of levels; far deeper would only exhaust whatever reads them.
const MAX_JSON_DEPTH = 32;
const MAX_CHALLENGE_LENGTH = 256;

const invalidSignature = () =>
  errorResponse(401, 'invalid_signature', 'Signature du webhook absente ou invalide.');

const invalidBody = () =>
  errorResponse(400, 'invalid_body', 'Le corps de la requête n’est pas un événement lisible.');

/**
 * Meta's verification handshake, when the callback URL is saved in the app's dashboard: the
 * challenge is echoed only to whoever knows the verify token.
 */
async function handshake(url: URL): Promise<Response> {
  const challenge = url.searchParams.get('hub.challenge') ?? '';
  const token = url.searchParams.get('hub.verify_token') ?? '';
  const verified =
    url.searchParams.get('hub.mode') === 'subscribe' &&
    challenge !== '' &&
    challenge.length <= MAX_CHALLENGE_LENGTH &&
    (await sameSecret(token, requireEnv('META_VERIFY_TOKEN')));
  if (!verified) {
    return errorResponse(403, 'invalid_verify_token', 'Jeton de vérification invalide.');
  }
  return new Response(challenge, {
    status: 200,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decoded(raw: Uint8Array): string | undefined {
  try {
    return utf8.decode(raw);
  } catch {
    return undefined;
  }
}

/** Meta's messages, once the body's bytes carry the app secret's signature. */
async function readMeta(raw: Uint8Array, headers: Headers): Promise<InboundMessage[] | Response> {
  const signature = headers.get('x-hub-signature-256');
  if (!(await verifyMetaSignature(raw, signature, requireEnv('META_APP_SECRET')))) {
    return invalidSignature();
  }
  const text = decoded(raw);
  if (text === undefined || nestedDeeperThan(text, MAX_JSON_DEPTH)) return invalidBody();
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return invalidBody();
  }
  return metaMessages(payload, requireEnv('META_PHONE_NUMBER_ID'));
}

/**
 * Twilio's message, once its fields carry the auth token's signature over the URL Twilio was
 * given: the function's public address (WHATSAPP_WEBHOOK_URL, which the gateway hides from it)
 * followed by the query string received. A request signed for any other address is refused.
 */
async function readTwilio(
  raw: Uint8Array,
  headers: Headers,
  search: string,
): Promise<InboundMessage[] | Response> {
  const text = decoded(raw);
  const params = new URLSearchParams(text ?? '');
  const signed = await verifyTwilioSignature(
    requireEnv('TWILIO_AUTH_TOKEN'),
    headers.get('x-twilio-signature'),
    `${requireEnv('WHATSAPP_WEBHOOK_URL')}${search}`,
    params,
  );
  if (text === undefined || !signed) return invalidSignature();
  return twilioMessages(params, requireEnv('TWILIO_WHATSAPP_FROM'));
}

/** Twilio expects TwiML; an empty response sends nothing (the answers go by the API). */
const emptyTwiml = () =>
  new Response('<?xml version="1.0" encoding="UTF-8"?><Response></Response>', {
    status: 200,
    headers: { 'Content-Type': 'text/xml; charset=utf-8' },
  });

/**
 * The platform number's webhooks: Meta's (`POST` JSON signed with `X-Hub-Signature-256`) and
 * Twilio's (`?provider=twilio`, a form signed with `X-Twilio-Signature`). The signature is checked
 * on the body's bytes before anything is read from them; a missing or wrong one is refused with
 * 401 and nothing is stored. Each message is then filed once (a redelivery changes nothing) and
 * acknowledged at once; what it asks is done after the answer. Statuses are acknowledged and
 * ignored.
 */
async function receive(request: Request, url: URL): Promise<Response> {
  const provider = url.searchParams.get('provider') ?? 'meta';
  if (!isWhatsAppProvider(provider)) {
    return errorResponse(400, 'unknown_provider', 'Fournisseur WhatsApp inconnu : meta ou twilio.');
  }
  const raw = await boundedBytes(request, BODY_LIMITS[provider]);
  if (raw === undefined) {
    return errorResponse(
      413,
      'payload_too_large',
      `Événement trop volumineux : ${Math.floor(BODY_LIMITS[provider] / 1024)} Kio au plus.`,
    );
  }
  const read =
    provider === 'meta'
      ? await readMeta(raw, request.headers)
      : await readTwilio(raw, request.headers, url.search);
  if (read instanceof Response) return read;

  const fresh = await fileNewMessages(read);
  if (fresh.length > 0) {
    afterResponse('whatsapp-webhook', async () => {
      // One after the other: a person's messages are answered in the order they came.
      for (const message of fresh) await handleMessage(message);
    });
  }
  return provider === 'twilio'
    ? emptyTwiml()
    : json({ ok: true, messages: read.length, duplicates: read.length - fresh.length });
}

Deno.serve(
  serveJson(async (request) => {
    const url = new URL(request.url);
    if (request.method === 'GET') return await handshake(url);
    if (request.method === 'POST') return await receive(request, url);
    return methodNotAllowed(['GET', 'POST', 'OPTIONS']);
  }),
);
