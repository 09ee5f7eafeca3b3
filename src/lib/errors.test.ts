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

function postgrestError(code: string, message: string, hint = '', details = ''): PostgrestError {
  return new PostgrestError({ code, message, details, hint });
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

  it('says a SQL error from its code and the values of its detail', () => {
    const quota = postgrestError(
      'P0001',
      'Quota mensuel insuffisant : 1,200 messages à envoyer, 300 restants ce mois-ci.',
      'message_quota_insufficient',
      '{"recipients": 1200, "remaining": 300}',
    );
    expect(toUserMessage(quota)).toBe(
      'Quota mensuel insuffisant : 1\u202f200 messages à envoyer, 300 restants ce mois-ci.',
    );
    expect(errorHint(quota)).toBe('message_quota_insufficient');
    const refused = postgrestError(
      '23514',
      'Le pays indiqué (CM) ne correspond pas au numéro (GA)',
      'contact_refused',
      '{"reason": "country_mismatch", "country": "CM", "region": "GA"}',
    );
    expect(toUserMessage(refused)).toBe('Le pays indiqué (CM) ne correspond pas au numéro (GA)');
    // Codes raised with a SQLSTATE the SPA did not show before (a duplicate, too much at once).
    expect(
      toUserMessage(postgrestError('23505', 'Un segment porte déjà ce nom.', 'segment_name_taken')),
    ).toBe('Un segment porte déjà ce nom.');
    expect(
      toUserMessage(
        postgrestError(
          '54000',
          'Envoyez au plus 10 000 lignes à la fois.',
          'import_too_many_rows',
          '{"max": 10000}',
        ),
      ),
    ).toBe('Envoyez au plus 10\u202f000 lignes à la fois.');
  });

  it('shows the server’s French sentence for a code it does not know, or without its values', () => {
    expect(
      toUserMessage(
        postgrestError('P0001', 'Une règle toute neuve.', 'brand_new_rule', '{"a": 1}'),
      ),
    ).toBe('Une règle toute neuve.');
    expect(
      toUserMessage(
        postgrestError('23514', 'Un refus tout neuf.', 'contact_refused', '{"reason": "new"}'),
      ),
    ).toBe('Un refus tout neuf.');
    expect(
      toUserMessage(
        postgrestError(
          'P0001',
          'Quota de contacts atteint : votre abonnement permet 3 contacts.',
          'contact_quota_reached',
        ),
      ),
    ).toBe('Quota de contacts atteint : votre abonnement permet 3 contacts.');
    // PostgREST's and Postgres's hints are English advice, not codes.
    expect(
      toUserMessage(
        postgrestError(
          'PGRST202',
          'Could not find the function public.nope without parameters in the schema cache',
          'Perhaps you meant to call the function public.nop',
        ),
        'Échec.',
      ),
    ).toBe('Échec.');
  });

  it('replaces Postgres’s English refusals with a French one', () => {
    expect(toUserMessage(postgrestError('42501', 'permission denied for table plans'))).toBe(
      forbiddenMessage(),
    );
    expect(
      toUserMessage(
        postgrestError('42501', 'new row violates row-level security policy for table "x"'),
      ),
    ).toBe(forbiddenMessage());
  });

  it('hides other technical errors behind the fallback', () => {
    expect(toUserMessage(postgrestError('23505', 'duplicate key value violates…'))).toBe(
      genericErrorMessage(),
    );
    expect(toUserMessage(postgrestError('PGRST116', 'JSON object requested…'), 'Échec.')).toBe(
      'Échec.',
    );
    expect(toUserMessage(new Error('boom\n    at foo (bar.ts:1:1)'))).toBe(genericErrorMessage());
    expect(toUserMessage(undefined)).toBe(genericErrorMessage());
    expect(toUserMessage('boom')).toBe(genericErrorMessage());
  });

  it('explains network failures and expired sessions', () => {
    expect(toUserMessage({ code: '', message: 'TypeError: Failed to fetch' })).toBe(
      networkErrorMessage(),
    );
    expect(toUserMessage(postgrestError('PGRST301', 'JWT expired'))).toBe(sessionExpiredMessage());
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
    expect(() => assertChanged({ error: null, count: 0 })).toThrow(forbiddenMessage());
    expect(() => assertChanged({ error: null, count: 0 }, 'Ce membre est déjà parti.')).toThrow(
      'Ce membre est déjà parti.',
    );
    const failure = new Error('boom');
    expect(() => assertChanged({ error: failure, count: null })).toThrow(failure);
  });
});
