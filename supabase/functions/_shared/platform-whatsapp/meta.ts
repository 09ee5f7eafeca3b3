import type { PlatformWhatsApp } from './client.ts';
import {
  asRecord,
  codeText,
  nonEmptyText,
  postToProvider,
  type Json,
  type ProviderFetch,
  type ProviderRefusal,
} from './transport.ts';

export interface MetaConfig {
  /** `https://graph.facebook.com`, or the sandbox's URL locally. */
  graphUrl: string;
  /** e.g. `v21.0`. */
  graphVersion: string;
  accessToken: string;
  phoneNumberId: string;
  /** The approved authentication template (copy-code button), in French and English. */
  authTemplate: string;
}

/** `{ error: { message, code, error_data: { details } } }`, HTTP 400 even for rate limits. */
function readRefusal(answer: unknown): ProviderRefusal {
  const error = asRecord(asRecord(answer).error);
  const code = codeText(error.code);
  const details = nonEmptyText(asRecord(error.error_data).details);
  const message = nonEmptyText(error.message);
  return { code, message: [message, details].filter((part) => part !== null).join(' — ') || null };
}

/** `{ messages: [{ id: "wamid…" }] }`: accepted, not yet delivered. */
function readId(answer: unknown): string | undefined {
  const messages = asRecord(answer).messages;
  return Array.isArray(messages)
    ? (nonEmptyText(asRecord(messages[0]).id) ?? undefined)
    : undefined;
}

/** WhatsApp Cloud API: `POST {graph}/{version}/{phone-number-id}/messages` with the system token. */
export function metaWhatsApp(
  config: MetaConfig,
  transport: { fetch: ProviderFetch; timeoutMs: number },
): PlatformWhatsApp {
  const url =
    `${config.graphUrl.replace(/\/+$/, '')}/${encodeURIComponent(config.graphVersion)}` +
    `/${encodeURIComponent(config.phoneNumberId)}/messages`;
  const send = (operation: 'sendText' | 'sendCode', to: string, message: Json, secrets: string[]) =>
    postToProvider(
      {
        provider: 'meta',
        operation,
        url,
        headers: {
          Authorization: `Bearer ${config.accessToken}`,
          'Content-Type': 'application/json',
        },
        // With its `+`: without it, Meta reads the number in the business number's country.
        body: JSON.stringify({
          messaging_product: 'whatsapp',
          recipient_type: 'individual',
          to,
          ...message,
        }),
        secrets: [...secrets, to, to.slice(1), config.accessToken],
        readRefusal,
        readId,
      },
      transport.fetch,
      transport.timeoutMs,
    );

  return {
    sendText: (to, body) =>
      send('sendText', to, { type: 'text', text: { preview_url: false, body } }, []),
    // An authentication template carries the code twice: in its body and in its copy-code
    // button (a `url` button at index 0 once Meta has stored it).
    sendCode: (to, code, language) =>
      send(
        'sendCode',
        to,
        {
          type: 'template',
          template: {
            name: config.authTemplate,
            language: { code: language },
            components: [
              { type: 'body', parameters: [{ type: 'text', text: code }] },
              {
                type: 'button',
                sub_type: 'url',
                index: '0',
                parameters: [{ type: 'text', text: code }],
              },
            ],
          },
        },
        [code],
      ),
  };
}
