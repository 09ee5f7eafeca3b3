import { describe, expect, it } from 'vitest';
import {
  codeRedirect,
  confirmationUrl,
  errorRedirect,
  goQueryEscape,
  sessionRedirect,
} from './email-links';

describe("GoTrue's email links", () => {
  it('escapes as Go does', () => {
    expect(goQueryEscape('a b&c=d/é~*')).toBe('a+b%26c%3Dd%2F%C3%A9~%2A');
  });

  it('builds the confirmation URL, escaping redirect_to only when it must', () => {
    const base = 'http://127.0.0.1:54321/auth/v1';
    expect(
      confirmationUrl(base, {
        token: 'abc',
        type: 'recovery',
        redirectTo: 'http://127.0.0.1:5173/x',
      }),
    ).toBe(
      'http://127.0.0.1:54321/auth/v1/verify?token=abc&type=recovery&redirect_to=http://127.0.0.1:5173/x',
    );
    expect(
      confirmationUrl(base, { token: 'abc', type: 'recovery', redirectTo: 'http://a.b/?x=1' }),
    ).toBe(
      'http://127.0.0.1:54321/auth/v1/verify?token=abc&type=recovery&redirect_to=http%3A%2F%2Fa.b%2F%3Fx%3D1',
    );
  });

  it('puts the session, or the error, in the fragment; the PKCE code in the query', () => {
    expect(
      sessionRedirect(
        'http://127.0.0.1:5173/r',
        {
          access_token: 'a.b.c',
          token_type: 'bearer',
          expires_in: 3600,
          expires_at: 99,
          refresh_token: 'rt',
        },
        'recovery',
      ),
    ).toBe(
      'http://127.0.0.1:5173/r#access_token=a.b.c&expires_at=99&expires_in=3600&refresh_token=rt&sb=&token_type=bearer&type=recovery',
    );
    const error = {
      status: 403,
      code: 'otp_expired',
      message: 'Email link is invalid or has expired',
    };
    expect(errorRedirect('http://127.0.0.1:5173/r#old', error, false)).toBe(
      'http://127.0.0.1:5173/r#error=access_denied&error_code=otp_expired&error_description=Email+link+is+invalid+or+has+expired&sb=',
    );
    expect(errorRedirect('http://127.0.0.1:5173/r', error, true)).toContain(
      '/r?error=access_denied&error_code=otp_expired&error_description=',
    );
    expect(codeRedirect('http://127.0.0.1:5173/r?x=1', 'c0de')).toBe(
      'http://127.0.0.1:5173/r?x=1&code=c0de',
    );
  });
});
