import { isPublicAddress, literalAddress } from './addresses.ts';
import { resolveWithDeno, type ResolveAddresses } from './resolve-addresses.ts';

/** A request whose body can be sent again when a 307 or 308 redirect asks for it. */
export type OutgoingRequestInit = Omit<RequestInit, 'body' | 'redirect'> & { body?: string };

export type OutgoingFetch = (url: string, init?: OutgoingRequestInit) => Promise<Response>;

/**
 * - `scheme`: not http(s);
 * - `name`: a host name that never denotes a public host (single label, `localhost`, `.local`,
 *   `.internal` such as metadata.google.internal);
 * - `address`: the host is, or resolves to, an address outside the public internet;
 * - `unresolved`: the host name has no address;
 * - `redirects`: more redirects than allowed.
 */
export type OutgoingUrlRefusal = 'scheme' | 'name' | 'address' | 'unresolved' | 'redirects';

/** Thrown instead of reaching a destination; its message is for logs, never for the caller. */
export class OutgoingUrlRefusedError extends Error {
  override readonly name = 'OutgoingUrlRefusedError';

  constructor(
    readonly reason: OutgoingUrlRefusal,
    /** A first request did go out (it was answered with a redirect): it may have had effects. */
    readonly afterRedirect: boolean,
  ) {
    super(`outgoing request refused: ${reason}${afterRedirect ? ' (after a redirect)' : ''}`);
  }
}

export interface GuardOptions {
  /**
   * Origins the deployment configured itself (environment), reached without the address check:
   * a development sandbox on 127.0.0.1. Matched on the exact origin, so a user's URL is trusted
   * only when it is that very service; never fill this from what a user typed or stored.
   */
  trustedOrigins?: readonly string[];
  /** Redirects followed, each new destination checked like the first; default 3. */
  maxRedirects?: number;
  resolve?: ResolveAddresses;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const DEFAULT_MAX_REDIRECTS = 3;
// RFC 6761 `localhost`, mDNS `.local` and the private-use `.internal` (cloud metadata names).
const PRIVATE_TOP_LEVEL_DOMAINS = new Set(['localhost', 'local', 'internal']);
// Headers a browser drops when a redirect leaves the origin: credentials meant for the first host.
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

/**
 * `fetch` for URLs a user chose (a Wati endpoint, later a bot's HTTP node or an outbound webhook):
 * the host must be a public address, or resolve only to public addresses, before anything is
 * sent, and every redirect is checked the same way. Fetch resolves the name again when it
 * connects: a name whose records change in between (DNS rebinding) is the one gap left, since
 * Deno's fetch cannot be handed the checked address.
 */
export function guardedFetch(options: GuardOptions = {}): OutgoingFetch {
  const trusted = new Set((options.trustedOrigins ?? []).map((origin) => new URL(origin).origin));
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const resolve = options.resolve ?? resolveWithDeno;

  const check = async (url: URL, afterRedirect: boolean, signal?: AbortSignal | null) => {
    const refused = (reason: OutgoingUrlRefusal) =>
      new OutgoingUrlRefusedError(reason, afterRedirect);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refused('scheme');
    if (trusted.has(url.origin)) return;
    const literal = literalAddress(url.hostname);
    if (literal !== null) {
      if (!isPublicAddress(literal)) throw refused('address');
      return;
    }
    const labels = url.hostname.replace(/\.$/, '').split('.');
    if (labels.length < 2 || PRIVATE_TOP_LEVEL_DOMAINS.has(labels.at(-1)!)) throw refused('name');
    let addresses: string[];
    try {
      addresses = await resolve(url.hostname, signal ?? undefined);
    } catch (error) {
      if (signal?.aborted) throw error;
      throw refused('unresolved');
    }
    if (addresses.length === 0) throw refused('unresolved');
    if (!addresses.every(isPublicAddress)) throw refused('address');
  };

  return async (input, init = {}) => {
    let url = new URL(input);
    let method = (init.method ?? 'GET').toUpperCase();
    let body = init.body;
    const headers = new Headers(init.headers);
    for (let hop = 0; ; hop += 1) {
      await check(url, hop > 0, init.signal);
      const response = await fetch(url, { ...init, method, headers, body, redirect: 'manual' });
      const location = response.headers.get('location');
      if (!REDIRECT_STATUSES.has(response.status) || location === null) return response;
      await response.body?.cancel();
      if (hop >= maxRedirects) throw new OutgoingUrlRefusedError('redirects', true);
      const next = new URL(location, url);
      // As fetch does: 303 turns into a GET, and so do 301 and 302 after a POST.
      const toGet =
        (response.status === 303 && method !== 'HEAD') ||
        ((response.status === 301 || response.status === 302) && method === 'POST');
      if (toGet) {
        method = 'GET';
        body = undefined;
        headers.delete('content-type');
      }
      if (next.origin !== url.origin) CREDENTIAL_HEADERS.forEach((name) => headers.delete(name));
      url = next;
    }
  };
}
