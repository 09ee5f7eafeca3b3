import { PostgrestError } from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import {
  assertChanged,
  errorHint,
  forbiddenMessage,
  genericErrorMessage,
  networkErrorMessage,
  sessionExpiredMessage,
  toUserMessage,
  UserFacingError,
} from './errors';

function postgrestError(code: string, message: string, hint = ''): PostgrestError {
  return new PostgrestError({ code, message, details: '', hint });
}

describe('toUserMessage', () => {
  it('shows the French messages WCAP’s SQL raises for people', () => {
    const seatLimit = postgrestError(
      'P0001',
      'Votre offre Starter comprend 2 agents au plus : retirez un membre ou passez à une offre supérieure.',
      'seat_limit_reached',
    );
    expect(toUserMessage(seatLimit)).toBe(seatLimit.message);
    expect(errorHint(seatLimit)).toBe('seat_limit_reached');
    const lastOwner = postgrestError(
      '42501',
      'Vous ne pouvez pas attribuer ni retirer un rôle supérieur au vôtre.',
    );
    expect(toUserMessage(lastOwner)).toBe(lastOwner.message);
    expect(toUserMessage(postgrestError('22023', 'Choisissez un pays valide.'))).toBe(
      'Choisissez un pays valide.',
    );
  });

  it('replaces Postgres’s English refusals with a French one', () => {
    expect(toUserMessage(postgrestError('42501', 'permission denied for table plans'))).toBe(
      forbiddenMessage,
    );
    expect(
      toUserMessage(
        postgrestError('42501', 'new row violates row-level security policy for table "x"'),
      ),
    ).toBe(forbiddenMessage);
  });

  it('hides other technical errors behind the fallback', () => {
    expect(toUserMessage(postgrestError('23505', 'duplicate key value violates…'))).toBe(
      genericErrorMessage,
    );
    expect(toUserMessage(postgrestError('PGRST116', 'JSON object requested…'), 'Échec.')).toBe(
      'Échec.',
    );
    expect(toUserMessage(new Error('boom\n    at foo (bar.ts:1:1)'))).toBe(genericErrorMessage);
    expect(toUserMessage(undefined)).toBe(genericErrorMessage);
    expect(toUserMessage('boom')).toBe(genericErrorMessage);
  });

  it('explains network failures and expired sessions', () => {
    expect(toUserMessage({ code: '', message: 'TypeError: Failed to fetch' })).toBe(
      networkErrorMessage,
    );
    expect(toUserMessage(postgrestError('PGRST301', 'JWT expired'))).toBe(sessionExpiredMessage);
  });

  it('passes the SPA’s own user-facing errors through', () => {
    expect(toUserMessage(new UserFacingError('Cette invitation n’existe plus.'))).toBe(
      'Cette invitation n’existe plus.',
    );
  });
});

describe('assertChanged', () => {
  it('passes a write that changed rows, and turns a silent refusal into a French error', () => {
    expect(() => assertChanged({ error: null, count: 1 })).not.toThrow();
    expect(() => assertChanged({ error: null, count: 0 })).toThrow(forbiddenMessage);
    expect(() => assertChanged({ error: null, count: 0 }, 'Ce membre est déjà parti.')).toThrow(
      'Ce membre est déjà parti.',
    );
    const failure = new Error('boom');
    expect(() => assertChanged({ error: failure, count: null })).toThrow(failure);
  });
});
