// The signatures the platform number's webhooks carry. Checked before the body is read for
// anything else, and compared in constant time.
import { sameSecret } from '../constant-time.ts';
import { base64, hex, hmac } from '../hmac.ts';

const encoder = new TextEncoder();

/**
 * Meta's `X-Hub-Signature-256`: `sha256=` and the hex HMAC-SHA256 of the body's bytes exactly as
 * received, keyed with the app secret (never the verify token). Parsed and re-serialised JSON
 * would not match: Meta signs its own serialisation.
 */
export async function metaSignature(rawBody: Uint8Array, appSecret: string): Promise<string> {
  return `sha256=${hex(await hmac('SHA-256', appSecret, rawBody))}`;
}

export async function verifyMetaSignature(
  rawBody: Uint8Array,
  header: string | null,
  appSecret: string,
): Promise<boolean> {
  if (!header || !appSecret) return false;
  return await sameSecret(header.trim().toLowerCase(), await metaSignature(rawBody, appSecret));
}

/** A form's fields by name; a name sent more than once has several values. */
export type TwilioParams = URLSearchParams | Readonly<Record<string, string | readonly string[]>>;

function valuesByName(params: TwilioParams): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  const entries: Iterable<[string, string | readonly string[]]> =
    params instanceof URLSearchParams ? params.entries() : Object.entries(params);
  for (const [name, value] of entries) {
    byName.set(name, [
      ...(byName.get(name) ?? []),
      ...(typeof value === 'string' ? [value] : value),
    ]);
  }
  return byName;
}

/**
 * Twilio's `X-Twilio-Signature`: the base64 HMAC-SHA1, keyed with the account's auth token, of
 * the full URL Twilio was configured with (scheme, host, port, path, query), followed by every
 * POST field sorted by name as name then value; a repeated name gives each of its distinct
 * values, sorted (as Twilio's own helper does). Values are the decoded ones.
 */
export async function twilioSignature(
  authToken: string,
  url: string,
  params: TwilioParams,
): Promise<string> {
  const byName = valuesByName(params);
  let data = url;
  for (const name of [...byName.keys()].sort()) {
    for (const value of [...new Set(byName.get(name))].sort()) data += name + value;
  }
  return base64(await hmac('SHA-1', authToken, encoder.encode(data)));
}

export async function verifyTwilioSignature(
  authToken: string,
  header: string | null,
  url: string,
  params: TwilioParams,
): Promise<boolean> {
  if (!header || !authToken) return false;
  return await sameSecret(header.trim(), await twilioSignature(authToken, url, params));
}
