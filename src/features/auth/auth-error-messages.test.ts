import { AuthApiError, AuthRetryableFetchError, AuthUnknownError } from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import {
  toChangePasswordErrorMessage,
  toPasswordResetErrorMessage,
  toSignInErrorMessage,
  toSignUpErrorMessage,
} from './auth-error-messages';

const signInFallbackMessage = 'Connexion impossible pour le moment. Réessayez.';
const signUpFallbackMessage = 'Inscription impossible pour le moment. Réessayez.';
const changePasswordFallbackMessage =
  'Le mot de passe n’a pas pu être modifié pour le moment. Réessayez.';

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

describe('toSignUpErrorMessage', () => {
  it('tells an existing user to sign in instead', () => {
    const error = new AuthApiError('User already registered', 422, 'user_already_exists');
    expect(toSignUpErrorMessage(error)).toBe(
      'Un compte existe déjà avec cette adresse e-mail. Connectez-vous.',
    );
  });

  it('explains a weak password and falls back for the rest', () => {
    expect(toSignUpErrorMessage(new AuthApiError('weak', 422, 'weak_password'))).toMatch(
      /^Mot de passe trop faible/,
    );
    expect(toSignUpErrorMessage(new AuthRetryableFetchError('Failed to fetch', 0))).toBe(
      signUpFallbackMessage,
    );
  });
});

describe('toChangePasswordErrorMessage', () => {
  it('asks for a password different from the current one', () => {
    const error = new AuthApiError('New password should be different', 422, 'same_password');
    expect(toChangePasswordErrorMessage(error)).toBe(
      'Le nouveau mot de passe doit être différent de l’actuel.',
    );
    expect(toChangePasswordErrorMessage(new Error('boom'))).toBe(changePasswordFallbackMessage);
  });
});

describe('toPasswordResetErrorMessage', () => {
  it('says a recovery e-mail has just left when Auth refuses another within the minute', () => {
    const error = new AuthApiError(
      'For security purposes, you can only request this after 42 seconds.',
      429,
      'over_email_send_rate_limit',
    );
    expect(toPasswordResetErrorMessage(error)).toBe(
      'Un e-mail vient déjà de partir pour cette adresse : patientez une minute avant d’en demander un autre.',
    );
  });

  it('falls back to a sentence of its own', () => {
    expect(toPasswordResetErrorMessage(new AuthRetryableFetchError('Failed to fetch', 0))).toBe(
      'L’e-mail de réinitialisation n’a pas pu être envoyé pour le moment. Réessayez.',
    );
  });
});
