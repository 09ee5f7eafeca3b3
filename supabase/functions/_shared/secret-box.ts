import { requireEnv } from './env.ts';

/**
 * Secrets at rest (e.g. Wati tokens): AES-GCM with WCAP_SECRETS_KEY (32 bytes, base64), held by the
 * functions only, so the database stores ciphertext it cannot read.
 */
let key: Promise<CryptoKey> | undefined;

function secretsKey(): Promise<CryptoKey> {
  if (!key) {
    const raw = Uint8Array.from(atob(requireEnv('WCAP_SECRETS_KEY')), (c) => c.charCodeAt(0));
    if (raw.length !== 32) throw new Error('WCAP_SECRETS_KEY must be 32 bytes in base64');
    key = crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
  }
  return key;
}

const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));

export async function sealSecret(plain: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv },
      await secretsKey(),
      new TextEncoder().encode(plain),
    ),
  );
  const out = new Uint8Array(iv.length + sealed.length);
  out.set(iv);
  out.set(sealed, iv.length);
  return toBase64(out);
}

export async function openSecret(sealed: string): Promise<string> {
  const bytes = Uint8Array.from(atob(sealed), (c) => c.charCodeAt(0));
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: bytes.slice(0, 12) },
    await secretsKey(),
    bytes.slice(12),
  );
  return new TextDecoder().decode(plain);
}
