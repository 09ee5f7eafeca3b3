import { describe, expect, it } from 'vitest';
import { recoveryLinkError } from './recovery-link';

describe('recoveryLinkError', () => {
  it('reads the code Auth gives a link that no longer works', () => {
    expect(
      recoveryLinkError(
        '#error=access_denied&error_code=otp_expired&error_description=Email+link+is+invalid+or+has+expired',
      ),
    ).toBe('otp_expired');
    expect(recoveryLinkError('#error=server_error')).toBe('server_error');
  });

  it('finds nothing in an address without an error', () => {
    expect(recoveryLinkError('')).toBeNull();
    expect(recoveryLinkError('#type=recovery')).toBeNull();
  });
});
