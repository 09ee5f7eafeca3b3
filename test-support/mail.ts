import type { MailMessage } from '../scripts/sandbox/mail/mailbox';

export type { MailMessage };

const POLL_INTERVAL_MS = 50;
const DEFAULT_TIMEOUT_MS = 10_000;

/** The sandbox's messages to `to`, newest first, as its HTTP API returns them. */
export async function mailTo(sandboxUrl: string, to: string): Promise<MailMessage[]> {
  const response = await fetch(`${sandboxUrl}/api/messages?to=${encodeURIComponent(to)}`);
  if (!response.ok) throw new Error(`mail sandbox answered ${response.status}`);
  return ((await response.json()) as { messages: MailMessage[] }).messages;
}

/**
 * The newest message to `to` that `predicate` accepts, once the mail sandbox has it: tests poll the
 * sandbox's API instead of guessing how long delivery takes.
 */
export async function waitForMail(
  sandboxUrl: string,
  to: string,
  predicate: (message: MailMessage) => boolean = () => true,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<MailMessage> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await mailTo(sandboxUrl, to)).find(predicate);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for a mail to ${to}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}

/** The first link of a message's HTML part that starts with `prefix`. */
export function linkIn(message: MailMessage, prefix: string): string {
  const link = [...message.html.matchAll(/href="([^"]*)"/g)]
    .map((match) => match[1]!.replaceAll('&amp;', '&'))
    .find((href) => href.startsWith(prefix));
  if (!link) throw new Error(`no link starting with ${prefix} in « ${message.subject} »`);
  return link;
}
