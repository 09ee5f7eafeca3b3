import type { SessionResponse } from './grants';

/** Go's url.QueryEscape: what GoTrue puts in the links and redirects it builds. */
export function goQueryEscape(value: string): string {
  let escaped = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const character = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(character)) escaped += character;
    else if (character === ' ') escaped += '+';
    else escaped += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return escaped;
}

/** Go's url.Values.Encode: keys in order, each pair escaped. */
export function goEncodeValues(values: Record<string, string>): string {
  return Object.keys(values)
    .sort()
    .map((key) => `${goQueryEscape(key)}=${goQueryEscape(values[key]!)}`)
    .join('&');
}

/**
 * `{{ .ConfirmationURL }}` as GoTrue builds it: the verify endpoint with the stored token, and
 * `redirect_to` escaped only when it holds `&`, `=` or `#` (otherwise it goes in as written).
 */
export function confirmationUrl(
  authExternalUrl: string,
  params: { token: string; type: string; redirectTo: string },
): string {
  const redirect = /[&=#]/.test(params.redirectTo)
    ? goQueryEscape(params.redirectTo)
    : params.redirectTo;
  return `${authExternalUrl}/verify?token=${goQueryEscape(params.token)}&type=${goQueryEscape(params.type)}&redirect_to=${redirect}`;
}

/** The session in the URL fragment, for the implicit flow (GoTrue's AsRedirectURL). */
export function sessionRedirect(
  redirectTo: string,
  session: SessionResponse,
  type: string,
): string {
  return `${redirectTo}#${goEncodeValues({
    access_token: session.access_token,
    token_type: String(session.token_type),
    expires_in: String(session.expires_in),
    expires_at: String(session.expires_at),
    refresh_token: session.refresh_token,
    sb: '',
    type,
  })}`;
}

const OAUTH_ERRORS: Record<number, string> = {
  400: 'invalid_request',
  401: 'unauthorized_client',
  403: 'access_denied',
  500: 'server_error',
  503: 'temporarily_unavailable',
};

/**
 * A failed link sends the person back with the error in the fragment (and, for PKCE, in the query
 * too), as GoTrue's prepErrorRedirectURL does.
 */
export function errorRedirect(
  redirectTo: string,
  error: { status: number; code: string; message: string },
  pkce: boolean,
): string {
  const url = new URL(redirectTo);
  const oauthError = OAUTH_ERRORS[error.status];
  const details = {
    ...(oauthError ? { error: oauthError } : {}),
    error_code: error.code,
    error_description: error.message,
  };
  if (pkce) {
    for (const [key, value] of Object.entries(details)) url.searchParams.set(key, value);
  }
  url.hash = goEncodeValues({ ...details, sb: '' });
  return url.toString();
}

/** PKCE: the code in the query, for the client to exchange with its verifier. */
export function codeRedirect(redirectTo: string, code: string): string {
  const url = new URL(redirectTo);
  url.searchParams.set('code', code);
  return url.toString();
}
