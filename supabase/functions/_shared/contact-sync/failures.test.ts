import { describe, expect, it } from 'vitest';
import {
  WatiAuthError,
  WatiQuotaError,
  WatiRateLimitError,
  WatiServerError,
  WatiValidationError,
} from '../wati/errors.ts';
import {
  alreadyAtWati,
  describeFailure,
  failureOutcome,
  MAX_AUTOMATIC_ATTEMPTS,
  retryDelaySeconds,
} from './failures.ts';

const init = (detail: string, status: number | null = 400) => ({
  operation: 'addContact',
  status,
  detail,
});

describe('retryDelaySeconds', () => {
  it('doubles from 30 s up to an hour', () => {
    expect([1, 2, 3, 4, 8, 20].map(retryDelaySeconds)).toEqual([30, 60, 120, 240, 3600, 3600]);
  });
});

describe('describeFailure and failureOutcome', () => {
  it('puts contacts back without a failure when Wati asks to slow down, for as long as it says', () => {
    const failure = describeFailure(
      new WatiRateLimitError({ ...init('', 429), retryAfterMs: 9000 }),
      3,
    );
    expect(failure).toMatchObject({ requeue: true, blockSeconds: 9, stopRun: true });
    expect(failureOutcome(failure, 2)).toEqual({
      outcome: 'pending',
      error: null,
      retry_in_seconds: 9,
    });
  });

  it('does not retry on its own a number Wati refuses, and says why in French', () => {
    const failure = describeFailure(new WatiValidationError(init('Invalid WhatsApp number.')), 1);
    expect(failureOutcome(failure, 0)).toEqual({
      outcome: 'failed',
      error: 'Numéro refusé par Wati : ce n’est pas un numéro WhatsApp valide.',
      retry_in_seconds: null,
    });
  });

  it('sends each contact alone after a refused batch', () => {
    const failure = describeFailure(new WatiValidationError(init('bad customParams')), 5);
    expect(failure).toMatchObject({ permanent: false, stopRun: false, blockSeconds: null });
    expect(failureOutcome(failure, 0)).toMatchObject({ outcome: 'failed', retry_in_seconds: 30 });
  });

  it('backs off on server errors, and stops after too many tries', () => {
    const failure = describeFailure(new WatiServerError(init('Service Unavailable', 503)), 1);
    expect(failure).toMatchObject({ stopRun: true, blockSeconds: null });
    expect(failureOutcome(failure, 2)).toEqual({
      outcome: 'failed',
      error:
        'Wati ne répond pas correctement pour le moment. Un nouvel essai aura lieu automatiquement.',
      retry_in_seconds: 120,
    });
    expect(failureOutcome(failure, MAX_AUTOMATIC_ATTEMPTS - 1)).toEqual({
      outcome: 'failed',
      error: expect.stringMatching(/arrêtée après 8 essais : cliquez sur « Réessayer »\.$/),
      retry_in_seconds: null,
    });
  });

  it('waits longer when the whole account is refused (token, monthly quota)', () => {
    const auth = describeFailure(new WatiAuthError(init('', 401)), 1);
    expect(failureOutcome(auth, 0)).toMatchObject({
      retry_in_seconds: 600,
      error: expect.stringMatching(/jeton/),
    });
    const quota = describeFailure(new WatiQuotaError(init('usage limit reached', 429)), 1);
    expect(quota.blockSeconds).toBe(3600);
    expect(failureOutcome(quota, 0).retry_in_seconds).toBe(3600);
  });
});

describe('alreadyAtWati', () => {
  it('recognises only the refusal of a number Wati already has', () => {
    expect(
      alreadyAtWati(
        new WatiValidationError(init('A contact with this WhatsApp number already exists.')),
      ),
    ).toBe(true);
    expect(alreadyAtWati(new WatiValidationError(init('Invalid WhatsApp number.')))).toBe(false);
    expect(alreadyAtWati(new Error('already exists'))).toBe(false);
  });
});
