import { AuthApiError, AuthRetryableFetchError, FunctionsFetchError } from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import { isNetworkFailure } from './network-failure';

describe('isNetworkFailure', () => {
  it('recognises a fetch that got no answer', () => {
    expect(isNetworkFailure(new TypeError('Failed to fetch'))).toBe(true);
    expect(
      isNetworkFailure({
        message: 'TypeError: NetworkError when attempting to fetch resource.',
        code: '',
      }),
    ).toBe(true);
    expect(isNetworkFailure(new FunctionsFetchError(new TypeError('Failed to fetch')))).toBe(true);
    expect(isNetworkFailure(new AuthRetryableFetchError('Failed to fetch', 0))).toBe(true);
  });

  it('leaves answers that trying again would not change', () => {
    expect(isNetworkFailure({ code: '42501', message: 'permission denied' })).toBe(false);
    expect(isNetworkFailure({ code: 'PGRST116', message: 'JSON object requested' })).toBe(false);
    expect(isNetworkFailure({ code: '', message: 'Service Unavailable' })).toBe(false);
    expect(isNetworkFailure(new AuthApiError('Invalid', 400, 'invalid_credentials'))).toBe(false);
    expect(isNetworkFailure(undefined)).toBe(false);
  });
});
