// HMACs of webhook bodies (Meta, Twilio, Flutterwave), computed over the bytes exactly as received.
const encoder = new TextEncoder();

export async function hmac(
  hash: 'SHA-256' | 'SHA-1',
  secret: string,
  data: Uint8Array,
): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash },
    false,
    ['sign'],
  );
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, data as Uint8Array<ArrayBuffer>));
}

export const hex = (bytes: Uint8Array): string =>
  Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

export const base64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
