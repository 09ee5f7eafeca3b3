// WCAP's own WhatsApp number (the platform's, not an organisation's Wati number): what it sends,
// through the Meta Cloud API or Twilio as the deployment chooses.
import { MissingEnvError, readEnv } from '../env.ts';
import type { WhatsAppProvider } from './errors.ts';
import { metaWhatsApp } from './meta.ts';
import type { ProviderFetch } from './transport.ts';
import { twilioWhatsApp } from './twilio.ts';

export { PlatformWhatsAppError, type WhatsAppProvider } from './errors.ts';

export interface PlatformWhatsApp {
  /** Free text: only inside the 24 hours after the person last wrote to the platform number. */
  sendText(to: string, text: string): Promise<{ id: string }>;
  /** The authentication template with its copy-code button, allowed at any time. */
  sendCode(to: string, code: string, language: 'fr' | 'en'): Promise<{ id: string }>;
}

/** Variables by name; the function's environment when not given. */
export type PlatformWhatsAppEnv = Readonly<Record<string, string | undefined>>;

export interface PlatformWhatsAppOptions {
  /** Instead of `WHATSAPP_PROVIDER`: the webhook answers through the provider a message came by. */
  provider?: WhatsAppProvider;
  fetch?: ProviderFetch;
  /**
   * For the whole of one send. The default leaves room in Auth's 5 s budget for its Send SMS
   * hook, which sends the login code.
   */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 4_000;
const E164 = /^\+[1-9]\d{6,14}$/;
// Meta's limit for an authentication template's code.
const CODE = /^[0-9A-Za-z]{1,15}$/;
const TEXT_LIMIT = 4_096;

export const isWhatsAppProvider = (value: unknown): value is WhatsAppProvider =>
  value === 'meta' || value === 'twilio';

/**
 * The platform number's client, as configured: `WHATSAPP_PROVIDER` = `meta` (`META_GRAPH_URL`,
 * `META_GRAPH_VERSION`, `META_ACCESS_TOKEN`, `META_PHONE_NUMBER_ID`, `META_AUTH_TEMPLATE`) or
 * `twilio` (`TWILIO_API_URL`, `TWILIO_ACCOUNT_SID`, `TWILIO_AUTH_TOKEN`, `TWILIO_WHATSAPP_FROM`,
 * `TWILIO_AUTH_CONTENT_SID`, and `TWILIO_AUTH_CONTENT_SID_EN` when English has its own content
 * template). A missing variable fails here, before anything is sent. Errors are
 * `PlatformWhatsAppError`s, with the provider's code and never the code sent.
 */
export function platformWhatsApp(
  env?: PlatformWhatsAppEnv,
  options: PlatformWhatsAppOptions = {},
): PlatformWhatsApp {
  const optional = (name: string): string | undefined =>
    env ? env[name] || undefined : readEnv(name);
  const required = (name: string): string => {
    const value = optional(name);
    if (value === undefined) throw new MissingEnvError(name);
    return value;
  };
  const provider = options.provider ?? required('WHATSAPP_PROVIDER');
  if (!isWhatsAppProvider(provider)) {
    throw new Error('WHATSAPP_PROVIDER must be meta or twilio');
  }
  const transport = {
    fetch: options.fetch ?? ((url: string, init: RequestInit) => fetch(url, init)),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  };
  const client =
    provider === 'meta'
      ? metaWhatsApp(
          {
            graphUrl: optional('META_GRAPH_URL') ?? 'https://graph.facebook.com',
            graphVersion: required('META_GRAPH_VERSION'),
            accessToken: required('META_ACCESS_TOKEN'),
            phoneNumberId: required('META_PHONE_NUMBER_ID'),
            authTemplate: required('META_AUTH_TEMPLATE'),
          },
          transport,
        )
      : twilioWhatsApp(
          {
            apiUrl: optional('TWILIO_API_URL') ?? 'https://api.twilio.com',
            accountSid: required('TWILIO_ACCOUNT_SID'),
            authToken: required('TWILIO_AUTH_TOKEN'),
            from: required('TWILIO_WHATSAPP_FROM'),
            authContentSids: {
              fr: required('TWILIO_AUTH_CONTENT_SID'),
              en: optional('TWILIO_AUTH_CONTENT_SID_EN') ?? required('TWILIO_AUTH_CONTENT_SID'),
            },
          },
          transport,
        );

  // Checked before any request, and named without their values (a code, a number).
  const checkRecipient = (to: string) => {
    if (!E164.test(to)) throw new RangeError('the recipient must be an E.164 number (+…)');
  };
  return {
    async sendText(to, text) {
      checkRecipient(to);
      if (text.trim() === '' || text.length > TEXT_LIMIT) {
        throw new RangeError(`the text must hold 1 to ${TEXT_LIMIT} characters`);
      }
      return await client.sendText(to, text);
    },
    async sendCode(to, code, language) {
      checkRecipient(to);
      if (!CODE.test(code)) throw new RangeError('the code must be 1 to 15 letters or digits');
      if (language !== 'fr' && language !== 'en') {
        throw new RangeError('the language must be fr or en');
      }
      return await client.sendCode(to, code, language);
    },
  };
}
