import { createHmac } from 'node:crypto';

/** What WCAP's functions need to talk to the sandbox as to Flutterwave v3. */
export interface FlutterwaveCredentials {
  /** `Authorization: Bearer …` on the API (Dashboard › Settings › API keys). */
  secretKey: string;
  /** For inline checkout in a browser; the API refuses it as it refuses any other wrong key. */
  publicKey: string;
  /** Dashboard › Settings › Webhooks: sent as `verif-hash` and keys `flutterwave-signature`. */
  secretHash: string;
}

/**
 * Secrets derived from the sandbox token, as the WhatsApp sandbox derives its own: a fixed token
 * (persistent dev stack, `main.ts`) keeps them across restarts, so a functions `.env` written
 * once stays right, and a random token gives random ones.
 */
export function deriveCredentials(sandboxToken: string): FlutterwaveCredentials & {
  accountId: number;
} {
  const bytes = (label: string) => createHmac('sha256', sandboxToken).update(label).digest();
  const hex = (label: string, length: number) => bytes(label).toString('hex').slice(0, length);
  return {
    // Test-mode keys look like this on Flutterwave.
    secretKey: `FLWSECK_TEST-${hex('flutterwave secret key', 32)}-X`,
    publicKey: `FLWPUBK_TEST-${hex('flutterwave public key', 32)}-X`,
    secretHash: `wcap-flw-hash-${hex('flutterwave secret hash', 32)}`,
    // The merchant account's id, `account_id` in transactions.
    accountId: 1_000_000 + (bytes('flutterwave account id').readUInt32BE(0) % 9_000_000),
  };
}
