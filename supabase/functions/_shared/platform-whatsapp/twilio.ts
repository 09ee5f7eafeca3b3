import type { PlatformWhatsApp } from './client.ts';
import {
  asRecord,
  codeText,
  nonEmptyText,
  postToProvider,
  type ProviderFetch,
  type ProviderRefusal,
} from './transport.ts';

export interface TwilioConfig {
  /** `https://api.twilio.com`, or the sandbox's URL locally. */
  apiUrl: string;
  accountSid: string;
  authToken: string;
  /** The platform's WhatsApp sender, `whatsapp:+…`. */
  from: string;
  /** Content templates built from the WhatsApp authentication template; variable `1` is the code. */
  authContentSids: Record<'fr' | 'en', string>;
}

/** `{ code, message, more_info, status }`. */
function readRefusal(answer: unknown): ProviderRefusal {
  const error = asRecord(answer);
  return { code: codeText(error.code), message: nonEmptyText(error.message) };
}

/** The created Message resource: `{ sid: "SM…", status: "queued", … }`. */
const readId = (answer: unknown): string | undefined =>
  nonEmptyText(asRecord(answer).sid) ?? undefined;

const whatsappAddress = (phone: string): string =>
  phone.startsWith('whatsapp:') ? phone : `whatsapp:${phone}`;

/** Twilio's Messages API, form-encoded, with the account's SID and auth token. */
export function twilioWhatsApp(
  config: TwilioConfig,
  transport: { fetch: ProviderFetch; timeoutMs: number },
): PlatformWhatsApp {
  const url =
    `${config.apiUrl.replace(/\/+$/, '')}/2010-04-01/Accounts/` +
    `${encodeURIComponent(config.accountSid)}/Messages.json`;
  const basic = btoa(`${config.accountSid}:${config.authToken}`);
  const send = (
    operation: 'sendText' | 'sendCode',
    to: string,
    fields: Record<string, string>,
    secrets: string[],
  ) =>
    postToProvider(
      {
        provider: 'twilio',
        operation,
        url,
        headers: {
          Authorization: `Basic ${basic}`,
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({
          To: whatsappAddress(to),
          From: whatsappAddress(config.from),
          ...fields,
        }).toString(),
        secrets: [...secrets, to, to.slice(1), config.authToken, basic],
        readRefusal,
        readId,
      },
      transport.fetch,
      transport.timeoutMs,
    );

  return {
    sendText: (to, body) => send('sendText', to, { Body: body }, []),
    // Outside the 24-hour window only a content template goes out (error 63016 otherwise); never
    // with a Body beside it.
    sendCode: (to, code, language) =>
      send(
        'sendCode',
        to,
        {
          ContentSid: config.authContentSids[language],
          ContentVariables: JSON.stringify({ '1': code }),
        },
        [code],
      ),
  };
}
