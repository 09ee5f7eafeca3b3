import {
  AuthApiError,
  AuthRetryableFetchError,
  AuthSessionMissingError,
} from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../lib/errors';
import { FunctionCallError } from '../../lib/functions';
import {
  retryAfterSeconds,
  toLinkPhoneErrorMessage,
  toSendCodeErrorMessage,
  toUnlinkPhoneErrorMessage,
  toVerifyCodeErrorMessage,
} from './whatsapp-error-messages';

const sendFallback = 'Envoi du code impossible pour le moment. Réessayez dans un instant.';
const tooManyRequests = 'Trop de demandes. Patientez quelques minutes, puis réessayez.';
const networkFailure =
  'Le serveur est injoignable. Vérifiez votre connexion Internet, puis réessayez.';

// GoTrue's max_frequency refusal, with the seconds left.
const tooSoon = (seconds: number) =>
  new AuthApiError(
    `For security purposes, you can only request this after ${seconds} seconds.`,
    429,
    'over_sms_send_rate_limit',
  );

describe('toSendCodeErrorMessage', () => {
  it('says how long to wait before another code, when Auth says it', () => {
    expect(toSendCodeErrorMessage(tooSoon(42))).toBe(
      'Patientez encore 42 secondes avant de demander un nouveau code.',
    );
    expect(toSendCodeErrorMessage(tooSoon(1))).toBe(
      'Patientez encore 1 seconde avant de demander un nouveau code.',
    );
  });

  it('asks to wait a few minutes for the other rate limits', () => {
    // The global SMS cap, without seconds.
    expect(
      toSendCodeErrorMessage(
        new AuthApiError('SMS rate limit exceeded', 429, 'over_sms_send_rate_limit'),
      ),
    ).toBe(tooManyRequests);
    expect(
      toSendCodeErrorMessage(
        new AuthApiError('Request rate limit reached', 429, 'over_request_rate_limit'),
      ),
    ).toBe(tooManyRequests);
  });

  it('says « too many requests » for a hook refusal with 429, the generic failure for the others', () => {
    // Auth answers the hook's status and French message; its code says nothing.
    const refusal = (status: number) =>
      new AuthApiError('Trop de codes demandés pour ce numéro.', status, 'unknown');
    expect(toSendCodeErrorMessage(refusal(429))).toBe(tooManyRequests);
    expect(toSendCodeErrorMessage(refusal(400))).toBe(sendFallback);
    expect(toSendCodeErrorMessage(new AuthApiError('Hook timed out', 422, 'hook_timeout'))).toBe(
      sendFallback,
    );
  });

  it('names a malformed number and a disabled phone login', () => {
    expect(
      toSendCodeErrorMessage(new AuthApiError('Invalid phone', 400, 'validation_failed')),
    ).toBe('Numéro invalide : vérifiez-le, avec l’indicatif du pays.');
    expect(
      toSendCodeErrorMessage(
        new AuthApiError('Unsupported phone provider', 400, 'phone_provider_disabled'),
      ),
    ).toBe('La connexion par WhatsApp n’est pas disponible pour le moment.');
  });

  it('never tells whether the number has an account', () => {
    // Only a new number can meet closed sign-ups; only an existing account can be banned.
    expect(
      toSendCodeErrorMessage(new AuthApiError('Signups not allowed', 422, 'signup_disabled')),
    ).toBe(sendFallback);
    expect(toSendCodeErrorMessage(new AuthApiError('User is banned', 403, 'user_banned'))).toBe(
      sendFallback,
    );
  });

  it('says a network failure as such, and falls back for the rest', () => {
    expect(toSendCodeErrorMessage(new AuthRetryableFetchError('Failed to fetch', 0))).toBe(
      networkFailure,
    );
    expect(toSendCodeErrorMessage(new Error('boom'))).toBe(sendFallback);
    expect(toSendCodeErrorMessage(undefined)).toBe(sendFallback);
  });
});

describe('toLinkPhoneErrorMessage', () => {
  it('says the number belongs to another account', () => {
    expect(
      toLinkPhoneErrorMessage(new AuthApiError('Phone already registered', 422, 'phone_exists')),
    ).toBe('Ce numéro est déjà lié à un autre compte.');
  });

  it('says what the send of a sign-in code says, and the page’s own sentences', () => {
    expect(toLinkPhoneErrorMessage(tooSoon(30))).toBe(
      'Patientez encore 30 secondes avant de demander un nouveau code.',
    );
    expect(toLinkPhoneErrorMessage(new UserFacingError('Ce numéro est déjà le vôtre.'))).toBe(
      'Ce numéro est déjà le vôtre.',
    );
  });
});

describe('toVerifyCodeErrorMessage', () => {
  it('says verify-otp’s refusals by their code', () => {
    expect(
      toVerifyCodeErrorMessage(new FunctionCallError('Code invalide.', 403, 'otp_invalid')),
    ).toBe('Code invalide ou expiré.');
    expect(
      toVerifyCodeErrorMessage(new FunctionCallError('Trop.', 429, 'too_many_requests')),
    ).toMatch(/^Trop de tentatives/);
    expect(
      toVerifyCodeErrorMessage(new FunctionCallError('Invalide.', 400, 'invalid_request')),
    ).toMatch(/code à 6 chiffres/);
  });

  it('falls back when the session could not be installed', () => {
    expect(toVerifyCodeErrorMessage(new AuthSessionMissingError())).toBe(
      'Le code n’a pas pu être vérifié pour le moment. Réessayez.',
    );
  });
});

describe('toUnlinkPhoneErrorMessage', () => {
  it('explains that the only way to log in cannot be removed', () => {
    const error = new AuthApiError(
      'User must have at least 1 identity after unlinking',
      422,
      'single_identity_not_deletable',
    );
    expect(toUnlinkPhoneErrorMessage(error)).toBe(
      'Ce numéro est votre seul moyen de connexion : il ne peut pas être retiré.',
    );
  });

  it('falls back for the rest', () => {
    expect(
      toUnlinkPhoneErrorMessage(
        new AuthApiError('Manual linking is disabled', 404, 'manual_linking_disabled'),
      ),
    ).toBe('Le numéro n’a pas pu être retiré pour le moment. Réessayez.');
  });
});

describe('retryAfterSeconds', () => {
  it('reads the seconds of Auth’s max_frequency refusal only', () => {
    expect(retryAfterSeconds(tooSoon(57))).toBe(57);
    expect(
      retryAfterSeconds(
        new AuthApiError('SMS rate limit exceeded', 429, 'over_sms_send_rate_limit'),
      ),
    ).toBeNull();
    expect(
      retryAfterSeconds(
        new AuthApiError(
          'you can only request this after 42 seconds',
          429,
          'over_email_send_rate_limit',
        ),
      ),
    ).toBeNull();
  });
});
