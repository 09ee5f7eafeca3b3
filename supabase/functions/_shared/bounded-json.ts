/** Why a request body is refused, as the function answers it. */
export interface JsonRefusal {
  status: 400 | 413 | 422;
  code: string;
  message: string;
}

export type BoundedJson =
  { ok: true; value: Record<string, unknown>; raw: string } | { ok: false; refusal: JsonRefusal };

export interface JsonLimits {
  maxBytes: number;
  /** Objects and arrays nested in each other, the outermost one included. */
  maxDepth: number;
}

/**
 * A request's or a response's body as the bytes received, or undefined past `maxBytes` (counted
 * as they arrive, never held whole): signatures are computed over these very bytes.
 */
export async function boundedBytes(
  message: Request | Response,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  const declared = Number(message.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) return undefined;
  if (!message.body) return new Uint8Array();
  const reader = message.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** A request's or a response's body as text, or undefined past `maxBytes`. */
export async function boundedText(
  message: Request | Response,
  maxBytes: number,
): Promise<string | undefined> {
  const bytes = await boundedBytes(message, maxBytes);
  return bytes && new TextDecoder().decode(bytes);
}

/**
 * Whether JSON text nests objects and arrays deeper than `limit`, read without parsing it: the
 * parsed value would otherwise reach recursive code (JSON.stringify, Postgres' jsonb, a schema)
 * that runs out of stack.
 */
export function nestedDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c) index += 1;
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) {
      inString = true;
    } else if (char === 0x7b || char === 0x5b) {
      depth += 1;
      if (depth > limit) return true;
    } else if (char === 0x7d || char === 0x5d) {
      depth -= 1;
    }
  }
  return false;
}

/**
 * Reads a request body that must be one JSON object, within size and depth bounds, before anything
 * else touches it.
 */
export async function readBoundedJson(request: Request, limits: JsonLimits): Promise<BoundedJson> {
  const raw = await boundedText(request, limits.maxBytes);
  if (raw === undefined) {
    return {
      ok: false,
      refusal: {
        status: 413,
        code: 'payload_too_large',
        message: `Événement trop volumineux : ${Math.floor(limits.maxBytes / 1024)} Kio au plus.`,
      },
    };
  }
  if (nestedDeeperThan(raw, limits.maxDepth)) {
    return {
      ok: false,
      refusal: {
        status: 422,
        code: 'payload_too_deep',
        message: `Événement refusé : plus de ${limits.maxDepth} niveaux d’objets imbriqués.`,
      },
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = undefined;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      refusal: {
        status: 400,
        code: 'invalid_json',
        message: 'Le corps de la requête doit être un objet JSON.',
      },
    };
  }
  return { ok: true, value: value as Record<string, unknown>, raw };
}

/** Postgres keeps neither a NUL character nor half of a UTF-16 surrogate pair, in text or jsonb. */
export const isStorableText = (text: string): boolean =>
  !text.includes('\u0000') && !/\p{Cs}/u.test(text);

/**
 * Where a JSON value (bounded in depth) holds a string Postgres cannot store, as a path such as
 * `data.caption`; undefined when there is none.
 */
export function unstorableTextAt(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return isStorableText(value) ? undefined : path || '(racine)';
  if (!value || typeof value !== 'object') return undefined;
  const entries = Array.isArray(value)
    ? value.map((item, index) => [String(index), item] as const)
    : Object.entries(value);
  for (const [name, item] of entries) {
    const at = path ? `${path}.${name}` : name;
    if (!isStorableText(name)) return at;
    const found = unstorableTextAt(item, at);
    if (found !== undefined) return found;
  }
  return undefined;
}

const repaired = (text: string): string =>
  text.replace(/\p{Cs}/gu, '\uFFFD').replaceAll('\u0000', '\uFFFD');

/** A copy Postgres can store: each NUL and each lone surrogate becomes U+FFFD. */
export function storableCopy(value: unknown): unknown {
  if (typeof value === 'string') return repaired(value);
  if (Array.isArray(value)) return value.map(storableCopy);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([name, item]) => [repaired(name), storableCopy(item)]),
  );
}
