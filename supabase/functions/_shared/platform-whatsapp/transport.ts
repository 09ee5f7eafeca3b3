import { PlatformWhatsAppError, type WhatsAppProvider } from './errors.ts';

export type ProviderFetch = (url: string, init: RequestInit) => Promise<Response>;

/** What the provider's error answer says: its code and its sentence, when it has them. */
export interface ProviderRefusal {
  code: string | null;
  message: string | null;
}

export interface ProviderCall {
  provider: WhatsAppProvider;
  operation: 'sendText' | 'sendCode';
  url: string;
  headers: Record<string, string>;
  body: string;
  /**
   * What must never reach an error message or a log: the code sent, the recipient, the
   * credentials. Providers echo parameters in their error sentences.
   */
  secrets: string[];
  readRefusal(answer: unknown): ProviderRefusal;
  /** The accepted message's id in a success answer. */
  readId(answer: unknown): string | undefined;
}

export type Json = Record<string, unknown>;

/** An answer's object, or an empty one: provider answers are read field by field. */
export const asRecord = (value: unknown): Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};

export const nonEmptyText = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

/** A provider's error code, numeric in both APIs' answers, as text. */
export const codeText = (value: unknown): string | null =>
  typeof value === 'number' && Number.isFinite(value) ? String(value) : nonEmptyText(value);

const DETAIL_LIMIT = 300;
const REDACTED = '[redacted]';

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > DETAIL_LIMIT ? `${flat.slice(0, DETAIL_LIMIT)}…` : flat;
}

/**
 * Posts one message to the provider, within `timeoutMs` for the whole exchange (the answer's body
 * included). Never retried here: a send whose answer was lost may have gone out, and a second one
 * would reach the person twice.
 */
export async function postToProvider(
  call: ProviderCall,
  fetch: ProviderFetch,
  timeoutMs: number,
): Promise<{ id: string }> {
  // Longest first, so a number is hidden whole before its digits alone are looked for.
  const secrets = call.secrets
    .filter((secret) => secret !== '')
    .sort((a, b) => b.length - a.length);
  const redact = (text: string): string =>
    secrets.reduce((clean, secret) => clean.split(secret).join(REDACTED), text);
  const failure = (
    kind: PlatformWhatsAppError['kind'],
    status: number | null,
    providerCode: string | null,
    detail: string,
  ) =>
    new PlatformWhatsAppError({
      provider: call.provider,
      operation: call.operation,
      kind,
      status,
      providerCode: providerCode === null ? null : redact(providerCode),
      detail: clip(redact(detail)),
    });

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let response: Response;
  let text: string;
  try {
    response = await fetch(call.url, {
      method: 'POST',
      headers: { ...call.headers, Accept: 'application/json' },
      body: call.body,
      redirect: 'error',
      signal: controller.signal,
    });
    text = await response.text();
  } catch (error) {
    if (controller.signal.aborted) {
      throw failure('timeout', null, null, `no answer within ${timeoutMs} ms`);
    }
    // Runtimes put the URL in their messages: it names the account, so it stays out of logs.
    const reason = error instanceof Error ? error.message : String(error);
    throw failure('network', null, null, reason.replace(/https?:\/\/\S+/g, '[url]'));
  } finally {
    clearTimeout(timer);
  }

  const answer = parse(text);
  if (!response.ok) {
    const refusal = call.readRefusal(answer);
    throw failure(
      'refused',
      response.status,
      refusal.code,
      refusal.message ?? (answer === undefined ? 'the answer is not JSON' : 'no message'),
    );
  }
  const id = call.readId(answer);
  if (!id) throw failure('unreadable', response.status, null, 'the answer names no message id');
  return { id };
}
