import { expect } from '@playwright/test';
import type { PlatformSandbox, SentMessage } from '../../test-support/whatsapp/platform';
import { stackInfo } from './stack';

// The stack's platform WhatsApp sandbox, as the integration tests' test-support/whatsapp/platform.ts
// reads it (that module gets the stack from Vitest): what the platform number sent, and a person
// writing to it.

const sandbox = () => stackInfo().sandboxes.whatsapp as PlatformSandbox;

/** What the platform number sent to `phone` (E.164), oldest first. */
export async function messagesTo(phone: string): Promise<SentMessage[]> {
  const { url, token } = sandbox();
  const response = await fetch(`${url}/_sandbox/messages?to=${encodeURIComponent(phone)}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok) throw new Error(`WhatsApp sandbox messages: HTTP ${response.status}`);
  return ((await response.json()) as { messages: SentMessage[] }).messages;
}

/**
 * What the platform number sent to `phone` after the `already` messages it had, once there are
 * `count` new ones.
 */
export async function nextMessagesTo(
  phone: string,
  { already = 0, count = 1 }: { already?: number; count?: number } = {},
): Promise<SentMessage[]> {
  let messages: SentMessage[] = [];
  await expect
    .poll(async () => (messages = await messagesTo(phone)).length - already, {
      message: `${count} new WhatsApp message(s) to ${phone}`,
      timeout: 20_000,
    })
    .toBeGreaterThanOrEqual(count);
  return messages.slice(already);
}

/** The code of the next authentication template sent to `phone`, after the `already` messages. */
export async function nextCodeTo(phone: string, already = 0): Promise<string> {
  const [message] = await nextMessagesTo(phone, { already });
  expect(message).toMatchObject({
    kind: 'template',
    to: phone,
    code: expect.stringMatching(/^\d{6}$/),
  });
  return message!.code!;
}

/** `from` (E.164) writes `text` to the platform number on WhatsApp (Meta's webhook, signed). */
export async function writeToPlatform(from: string, text: string): Promise<void> {
  const { url, token } = sandbox();
  const response = await fetch(`${url}/_sandbox/inbound`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ from, text, provider: 'meta' }),
  });
  if (!response.ok) throw new Error(`WhatsApp sandbox inbound: HTTP ${response.status}`);
  expect(((await response.json()) as { status: number }).status, 'the webhook’s answer').toBe(200);
}

/**
 * A fresh Cameroonian mobile number (69x: valid for libphonenumber, as the form checks), as a person
 * types it (`6 91 23 45 67`) and in E.164: tests never share one.
 */
export function freshCameroonianMobile(): { national: string; e164: string } {
  const digits = `69${String(Math.floor(Math.random() * 10_000_000)).padStart(7, '0')}`;
  return {
    national: digits.replace(/^(\d)(\d{2})(\d{2})(\d{2})(\d{2})$/, '$1 $2 $3 $4 $5'),
    e164: `+237${digits}`,
  };
}
