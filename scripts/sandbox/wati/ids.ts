import { randomBytes, randomUUID } from 'node:crypto';

/** Wati's ids are MongoDB ObjectIds: 24 hex digits, the first 8 a creation time in seconds. */
export function objectId(): string {
  const seconds = Math.floor(Date.now() / 1000)
    .toString(16)
    .padStart(8, '0');
  return `${seconds}${randomBytes(8).toString('hex')}`;
}

/** Meta's message ids look like `wamid.` followed by base64. */
export function whatsappMessageId(): string {
  return `wamid.${randomBytes(30).toString('base64')}`;
}

/** What Wati puts in `local_message_id` when the caller gave none. */
export function localMessageId(): string {
  return randomUUID();
}

/** `created` fields: ISO-8601 UTC with 7 fractional digits, as .NET prints them. */
export function watiCreated(at: Date): string {
  return at.toISOString().replace(/\.(\d{3})Z$/, (_, millis: string) => `.${millis}0000Z`);
}

/** `timestamp` fields: unix seconds, as a string. */
export function unixSeconds(at: Date): string {
  return String(Math.floor(at.getTime() / 1000));
}
