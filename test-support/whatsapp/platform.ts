import { stackInfo } from '../clients';
import { poller } from '../wait';

/** The platform WhatsApp sandbox of the test stack (the ready line's `sandboxes.whatsapp`). */
export interface PlatformSandbox {
  url: string;
  token: string;
  platformNumber: string;
  meta: {
    appSecret: string;
    verifyToken: string;
    phoneNumberId: string;
    accessToken: string;
    graphVersion: string;
  };
  twilio: { accountSid: string; authToken: string; from: string };
  webhookUrls: { meta: string; twilio: string };
}

export interface SentMessage {
  id: string;
  provider: 'meta' | 'twilio';
  to: string;
  kind: 'text' | 'template';
  text: string;
  code?: string;
  at: string;
}

export const platformSandbox = (): PlatformSandbox =>
  stackInfo().sandboxes.whatsapp as PlatformSandbox;

const waitUntil = poller({ timeoutMs: 20_000, intervalMs: 50 });

/** What the platform number sent to `phone`, oldest first. */
export async function messagesTo(phone: string): Promise<SentMessage[]> {
  const sandbox = platformSandbox();
  const response = await fetch(`${sandbox.url}/_sandbox/messages?to=${encodeURIComponent(phone)}`, {
    headers: { authorization: `Bearer ${sandbox.token}` },
  });
  if (!response.ok) throw new Error(`sandbox messages: HTTP ${response.status}`);
  return ((await response.json()) as { messages: SentMessage[] }).messages;
}

/** The next message the platform number sends to `phone` after the `already` it had. */
export async function nextMessageTo(phone: string, already = 0): Promise<SentMessage> {
  let messages: SentMessage[] = [];
  await waitUntil(async () => {
    messages = await messagesTo(phone);
    return messages.length > already;
  }, `a WhatsApp message to ${phone}`);
  return messages[already]!;
}

/** A person writing to the platform number: the webhook's HTTP status and the message's id. */
export async function writeToPlatform(
  from: string,
  text: string,
  provider: 'meta' | 'twilio' = 'meta',
  signature: 'valid' | 'wrong' | 'missing' = 'valid',
): Promise<{ status: number; messageId: string }> {
  const sandbox = platformSandbox();
  const response = await fetch(`${sandbox.url}/_sandbox/inbound`, {
    method: 'POST',
    headers: { authorization: `Bearer ${sandbox.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ from, text, provider, signature }),
  });
  if (!response.ok) throw new Error(`sandbox inbound: HTTP ${response.status}`);
  return (await response.json()) as { status: number; messageId: string };
}

/** A fresh Cameroonian mobile number, so that tests never share one. */
export function randomPhone(): string {
  return `+2376${String(Math.floor(Math.random() * 100_000_000)).padStart(8, '0')}`;
}
