import { createHmac, randomBytes } from 'node:crypto';

/** What WCAP's functions need to talk to the sandbox as to Meta's Cloud API. */
export interface MetaCredentials {
  /** Signs webhooks (`X-Hub-Signature-256`): App Dashboard › App settings › Basic. */
  appSecret: string;
  /** What the `GET` handshake must echo back (`hub.verify_token`). */
  verifyToken: string;
  /** The platform number's id, in the send URL and in webhooks' `metadata.phone_number_id`. */
  phoneNumberId: string;
  /** The WhatsApp Business Account, `entry[].id` of webhooks. */
  businessAccountId: string;
  /** The system user's token, `Authorization: Bearer …` on sends. */
  accessToken: string;
  graphVersion: string;
  /** The approved authentication template (copy-code button), in `fr` and `en`. */
  authTemplate: string;
}

/** What WCAP's functions need to talk to the sandbox as to Twilio's Messages API. */
export interface TwilioCredentials {
  accountSid: string;
  /** HTTP Basic password on sends, and the key of `X-Twilio-Signature`. */
  authToken: string;
  /** The platform sender, `whatsapp:+…`. */
  from: string;
  /** The content template made from the French authentication template; variable `1` = code. */
  authContentSid: string;
}

export const DEFAULT_GRAPH_VERSION = 'v21.0';
export const DEFAULT_AUTH_TEMPLATE = 'wcap_code';

/** A fresh sandbox token, when none is given: every secret then changes at each start. */
export function randomSandboxToken(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * Secrets derived from the sandbox token, as the Wati sandbox derives its tenants' tokens: a
 * fixed token (persistent dev stack, `main.ts`) keeps them across restarts, so a functions `.env`
 * written once stays right, and a random token gives random ones.
 */
export function deriveCredentials(
  sandboxToken: string,
  platformNumber: string,
): { meta: Omit<MetaCredentials, 'graphVersion' | 'authTemplate'>; twilio: TwilioCredentials } {
  const bytes = (label: string) => createHmac('sha256', sandboxToken).update(label).digest();
  const hex = (label: string, length: number) =>
    Buffer.concat([bytes(`${label}/1`), bytes(`${label}/2`)])
      .toString('hex')
      .slice(0, length);
  return {
    meta: {
      appSecret: hex('meta app secret', 32),
      verifyToken: `wcap-verify-${hex('meta verify token', 16)}`,
      phoneNumberId: graphId(bytes('meta phone number id')),
      businessAccountId: graphId(bytes('meta business account id')),
      // Meta's tokens are long opaque strings starting with EAA.
      accessToken: `EAAW${Buffer.concat([bytes('meta access token/1'), bytes('meta access token/2')]).toString('hex')}`,
    },
    twilio: {
      accountSid: `AC${hex('twilio account sid', 32)}`,
      authToken: hex('twilio auth token', 32),
      from: `whatsapp:${platformNumber}`,
      authContentSid: `HX${hex('twilio auth content sid', 32)}`,
    },
  };
}

/** Graph object ids are 15-digit numbers (written as strings). */
function graphId(seed: Buffer): string {
  const span = 9n * 10n ** 14n;
  return String(10n ** 14n + (seed.readBigUInt64BE(0) % span));
}
