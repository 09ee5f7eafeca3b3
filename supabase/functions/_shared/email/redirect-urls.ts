/**
 * Where a link sent by email may lead: GoTrue's rule for `redirect_to` (utilities.IsRedirectURLValid),
 * with the project's `site_url` and `additional_redirect_urls`. The local Auth service applies it to
 * recovery links, and functions that email links build them only on an address it accepts, so both
 * trust the same list.
 */
export interface RedirectPolicy {
  siteUrl: string;
  /** Exact URLs or globs: `*` stops at `.` and `/`, `**` does not, `?` is one such character. */
  allowList: string[];
}

const DECIMAL_HOST = /^[0-9]+$/;
const REGULAR_HOSTNAME = /^[a-zA-Z0-9]([a-zA-Z0-9.-]*[a-zA-Z0-9])?$/;
const LOCALHOST = ['localhost', '127.0.0.1', '::1', '0.0.0.0', '::'];

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** The host without IPv6 brackets, as Go's URL.Hostname() gives it. */
const hostname = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/, '$1');

function isLoopbackIp(host: string): boolean | undefined {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return host.startsWith('127.');
  if (host.includes(':')) return /^(0*:)*:?0*1$/.test(host);
  return undefined;
}

/** gobwas/glob with `.` and `/` as separators, for the patterns GoTrue's allow list takes. */
function globRegExp(pattern: string): RegExp {
  let source = '';
  for (let index = 0; index < pattern.length; index += 1) {
    const character = pattern[index]!;
    if (character === '*' && pattern[index + 1] === '*') {
      source += '.*';
      index += 1;
    } else if (character === '*') {
      source += '[^./]*';
    } else if (character === '?') {
      source += '[^./]';
    } else {
      source += character.replace(/[\\^$+.()|[\]{}]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`);
}

/** The host as written: WHATWG URLs turn `http://2130706433` into 127.0.0.1, Go does not. */
const WRITTEN_HOST = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?([^/?#:]*)/i;

export function isRedirectUrlAllowed(policy: RedirectPolicy, redirectUrl: string): boolean {
  if (redirectUrl === '') return false;
  // An address in decimal form is refused, as GoTrue refuses it.
  if (DECIMAL_HOST.test(WRITTEN_HOST.exec(redirectUrl)?.[1] ?? '')) return false;
  const base = parse(policy.siteUrl);
  const target = parse(redirectUrl);
  if (!base || !target) return false;
  const host = hostname(target);
  // Back to the site itself; any port on this machine (native apps pick theirs, RFC 8252).
  if (
    hostname(base) === host &&
    base.protocol === target.protocol &&
    (base.port === target.port || LOCALHOST.includes(host.toLowerCase()))
  ) {
    return true;
  }
  const isHttp = target.protocol === 'http:' || target.protocol === 'https:';
  const loopback = isLoopbackIp(host);
  if (loopback !== undefined) return loopback;
  if (isHttp && !REGULAR_HOSTNAME.test(host)) return false;
  const withoutFragment = redirectUrl.split('#')[0]!;
  return policy.allowList.some((pattern) => globRegExp(pattern).test(withoutFragment));
}

/**
 * GoTrue's referrer: the first allowed candidate (the `redirect_to` asked for, then the Referer
 * header), else the site's address.
 */
export function allowedRedirect(
  policy: RedirectPolicy,
  ...candidates: (string | undefined)[]
): string {
  return (
    candidates.find((candidate) => candidate && isRedirectUrlAllowed(policy, candidate)) ??
    policy.siteUrl
  );
}
