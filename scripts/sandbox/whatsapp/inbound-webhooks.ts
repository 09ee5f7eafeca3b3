import { createHmac, randomUUID } from 'node:crypto';
import { unixSeconds, whatsappMessageId } from '../wati/ids';
import type { MetaCredentials, TwilioCredentials } from './credentials';
import { graphJson } from './graph-json';
import { TWILIO_API_VERSION, twilioSid } from './twilio-api';

// The webhooks a provider posts when someone writes to the platform number, built and signed as
// the provider does (reference §A2, §A4 for Meta, §B1, §B3 for Twilio).

export interface InboundText {
  /** The person's number, digits only (Meta's `wa_id`). */
  waId: string;
  text: string;
  profileName: string;
}

/** A webhook ready to post: what is signed is exactly what is sent. */
export interface BuiltWebhook {
  messageId: string;
  body: string;
  /** Signed as asked: the right key, a wrong one, or no signature header at all. */
  headers(signature: 'valid' | 'wrong' | 'missing'): Record<string, string>;
}

/** `sha256=` and the hex HMAC-SHA256 of the raw body, keyed with the app secret. */
export function metaSignature(body: string, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(body, 'utf8').digest('hex')}`;
}

/** Base64 HMAC-SHA1, keyed with the auth token, of the URL and then each `name + value`, by name. */
export function twilioSignature(
  authToken: string,
  url: string,
  params: Record<string, string>,
): string {
  const data = Object.keys(params)
    .sort()
    .reduce((signed, name) => signed + name + params[name], url);
  return createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
}

/** A key that is not the right one, for `signature: 'wrong'`. */
function wrongKey(): string {
  return `wrong-${randomUUID()}`;
}

export function metaInboundWebhook(
  inbound: InboundText,
  meta: MetaCredentials,
  platformNumber: string,
): BuiltWebhook {
  const messageId = whatsappMessageId();
  const body = graphJson({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: meta.businessAccountId,
        changes: [
          {
            value: {
              messaging_product: 'whatsapp',
              metadata: {
                display_phone_number: platformNumber.slice(1),
                phone_number_id: meta.phoneNumberId,
              },
              contacts: [{ profile: { name: inbound.profileName }, wa_id: inbound.waId }],
              messages: [
                {
                  from: inbound.waId,
                  id: messageId,
                  timestamp: unixSeconds(new Date()),
                  type: 'text',
                  text: { body: inbound.text },
                },
              ],
            },
            field: 'messages',
          },
        ],
      },
    ],
  });
  return {
    messageId,
    body,
    headers(signature) {
      return {
        'Content-Type': 'application/json',
        'User-Agent': 'facebookexternalua',
        ...(signature === 'missing'
          ? {}
          : {
              'X-Hub-Signature-256': metaSignature(
                body,
                signature === 'valid' ? meta.appSecret : wrongKey(),
              ),
            }),
      };
    },
  };
}

/** `url` is the webhook URL exactly as configured: Twilio signs it, query string included. */
export function twilioInboundWebhook(
  inbound: InboundText,
  twilio: TwilioCredentials,
  url: string,
): BuiltWebhook {
  const messageId = twilioSid('SM');
  // What Twilio posts for a WhatsApp text (reference §B1), legacy duplicates included: a
  // signature check must cover every parameter, known or not.
  const params: Record<string, string> = {
    SmsMessageSid: messageId,
    NumMedia: '0',
    ProfileName: inbound.profileName,
    MessageType: 'text',
    SmsSid: messageId,
    WaId: inbound.waId,
    SmsStatus: 'received',
    Body: inbound.text,
    To: twilio.from,
    NumSegments: '1',
    ReferralNumMedia: '0',
    MessageSid: messageId,
    AccountSid: twilio.accountSid,
    From: `whatsapp:+${inbound.waId}`,
    ApiVersion: TWILIO_API_VERSION,
  };
  return {
    messageId,
    body: new URLSearchParams(params).toString(),
    headers(signature) {
      return {
        'Content-Type': 'application/x-www-form-urlencoded',
        'User-Agent': 'TwilioProxy/1.1',
        'I-Twilio-Idempotency-Token': randomUUID(),
        ...(signature === 'missing'
          ? {}
          : {
              'X-Twilio-Signature': twilioSignature(
                signature === 'valid' ? twilio.authToken : wrongKey(),
                url,
                params,
              ),
            }),
      };
    },
  };
}
