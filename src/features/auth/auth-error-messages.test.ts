import { AuthApiError, AuthRetryableFetchError, AuthUnknownError } from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import { signInFallbackMessage, toSignInErrorMessage } from './auth-error-messages';

describe('toSignInErrorMessage', () => {
  it('says the credentials are wrong without telling which one', () => {
    const error = new AuthApiError('Invalid login credentials', 400, 'invalid_credentials');
    expect(toSignInErrorMessage(error)).toBe('E-mail ou mot de passe incorrect.');
  });

  it('explains rate limiting', () => {
    const error = new AuthApiError('For security purposes…', 429, 'over_request_rate_limit');
    expect(toSignInErrorMessage(error)).toBe(
      'Trop de tentatives. Patientez quelques minutes, puis réessayez.',
    );
  });

  it('falls back to a generic French message for network failures', () => {
    const error = new AuthRetryableFetchError('Failed to fetch', 0);
    expect(toSignInErrorMessage(error)).toBe(signInFallbackMessage);
  });

  it('falls back to the generic message for unknown codes, unknown errors and non-errors', () => {
    expect(toSignInErrorMessage(new AuthApiError('Boom', 500, 'unexpected_failure'))).toBe(
      signInFallbackMessage,
    );
    expect(toSignInErrorMessage(new AuthUnknownError('Boom', new Error('boom')))).toBe(
      signInFallbackMessage,
    );
    expect(toSignInErrorMessage(new TypeError('Failed to fetch'))).toBe(signInFallbackMessage);
    expect(toSignInErrorMessage(undefined)).toBe(signInFallbackMessage);
  });
});
