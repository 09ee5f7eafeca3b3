import { describe, expect, it } from 'vitest';
import {
  AuthError,
  HookError,
  OAuthError,
  requestedApiVersion,
  shapeError,
  UNEXPECTED_FAILURE,
} from './errors';

const invalid = new AuthError(400, 'invalid_credentials', 'Invalid login credentials');

describe('shapeError', () => {
  it('answers {code, message} and echoes the version when the request asks for 2024-01-01', () => {
    expect(shapeError(invalid, '2024-01-01')).toEqual({
      status: 400,
      headers: { 'x-sb-error-code': 'invalid_credentials', 'x-supabase-api-version': '2024-01-01' },
      body: { code: 'invalid_credentials', message: 'Invalid login credentials' },
    });
  });

  it('answers the legacy shape without a version header', () => {
    expect(shapeError(invalid, undefined)).toEqual({
      status: 400,
      headers: { 'x-sb-error-code': 'invalid_credentials' },
      body: { code: 400, error_code: 'invalid_credentials', msg: 'Invalid login credentials' },
    });
  });

  it('adds weak_password.reasons in both shapes', () => {
    const weak = new AuthError(422, 'weak_password', 'Password should be at least 8 characters.', [
      'length',
    ]);
    expect(shapeError(weak, '2024-01-01').body).toEqual({
      code: 'weak_password',
      message: 'Password should be at least 8 characters.',
      weak_password: { reasons: ['length'] },
    });
    expect(shapeError(weak).body).toMatchObject({ weak_password: { reasons: ['length'] } });
  });

  it('answers OAuth errors as {error, error_description} with 400', () => {
    expect(
      shapeError(new OAuthError('invalid_request', 'refresh_token required'), '2024-01-01'),
    ).toEqual({
      status: 400,
      headers: {},
      body: { error: 'invalid_request', error_description: 'refresh_token required' },
    });
  });

  it("sends a hook's refusal without x-sb-error-code, as GoTrue has no code for it", () => {
    expect(shapeError(new HookError(429, 'Patientez.'), '2024-01-01')).toEqual({
      status: 429,
      headers: { 'x-supabase-api-version': '2024-01-01' },
      body: { code: 'unknown', message: 'Patientez.' },
    });
    expect(shapeError(new HookError(500, 'Refusé'), undefined)).toEqual({
      status: 500,
      headers: {},
      body: { code: 500, error_code: 'unexpected_failure', msg: 'Refusé' },
    });
  });

  it('hides the cause of unexpected failures', () => {
    expect(shapeError(UNEXPECTED_FAILURE, '2024-01-01').body).toEqual({
      code: 'unexpected_failure',
      message: 'Unexpected failure, please check server logs for more information',
    });
  });
});

describe('requestedApiVersion', () => {
  it('resolves to the newest version not later than the requested date', () => {
    expect(requestedApiVersion('2024-01-01')).toBe('2024-01-01');
    expect(requestedApiVersion('2025-06-30')).toBe('2024-01-01');
    expect(requestedApiVersion('2023-12-31')).toBeNull();
    expect(requestedApiVersion('latest')).toBeNull();
    expect(requestedApiVersion(undefined)).toBeNull();
  });
});
