import { i18n } from '@lingui/core';
import {
  CONTACT_REFUSAL_DETAIL_KEYS,
  CONTACT_REFUSAL_REASONS,
  FUNCTION_ERROR_CODES,
  SERVER_ERROR_CODES,
  SQL_ERROR_CODES,
  SQL_ERROR_DETAIL_KEYS,
} from '@shared/server-error-codes.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { intlLocales } from '../i18n/locales';
import {
  CONTACT_REFUSAL_MESSAGES,
  SERVER_ERROR_MESSAGES,
  serverErrorMessage,
  type ServerMessage,
} from './server-error-messages';

const french = { messages: i18n.messages };
afterEach(() =>
  i18n.loadAndActivate({ locale: 'fr', locales: intlLocales.fr, messages: french.messages }),
);

/** Values of the right kind for every key a message quotes. */
function sampleValues(entry: ServerMessage): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(entry.values ?? {}).map(([key, kind]) => [key, kind === 'text' ? 'CM' : 2]),
  );
}

const sorted = (keys: readonly string[] | undefined) => [...(keys ?? [])].sort();

describe('SERVER_ERROR_MESSAGES', () => {
  it('has a message for every code of the server, and every cause of a contact refusal', () => {
    expect(Object.keys(SERVER_ERROR_MESSAGES).sort()).toEqual([...SERVER_ERROR_CODES].sort());
    expect(Object.keys(CONTACT_REFUSAL_MESSAGES).sort()).toEqual(
      [...CONTACT_REFUSAL_REASONS].sort(),
    );
  });

  it('quotes exactly the values the server gives in its detail', () => {
    const detailKeys: Record<string, readonly string[]> = SQL_ERROR_DETAIL_KEYS;
    for (const code of SQL_ERROR_CODES) {
      const entry = SERVER_ERROR_MESSAGES[code];
      if ('reasons' in entry) continue;
      expect([code, sorted(Object.keys(entry.values ?? {}))]).toEqual([
        code,
        sorted(detailKeys[code]),
      ]);
    }
    const refusalKeys: Record<string, readonly string[]> = CONTACT_REFUSAL_DETAIL_KEYS;
    for (const reason of CONTACT_REFUSAL_REASONS) {
      expect([reason, sorted(Object.keys(CONTACT_REFUSAL_MESSAGES[reason].values ?? {}))]).toEqual([
        reason,
        sorted(refusalKeys[reason]),
      ]);
    }
    // Edge Functions answer a code and a message, without values.
    for (const code of FUNCTION_ERROR_CODES) {
      expect([code, SERVER_ERROR_MESSAGES[code]]).not.toHaveProperty([1, 'values']);
    }
  });

  it('writes every message whole, in French and in English', () => {
    for (const locale of ['fr', 'en'] as const) {
      i18n.loadAndActivate({ locale, locales: intlLocales[locale], messages: french.messages });
      for (const code of SERVER_ERROR_CODES) {
        const entry = SERVER_ERROR_MESSAGES[code];
        const texts =
          'reasons' in entry
            ? CONTACT_REFUSAL_REASONS.map((reason) =>
                serverErrorMessage(code, {
                  reason,
                  ...sampleValues(CONTACT_REFUSAL_MESSAGES[reason]),
                }),
              )
            : [serverErrorMessage(code, sampleValues(entry))];
        for (const text of texts) {
          expect(text, code).toBeTruthy();
          expect(text, code).not.toMatch(/[{}#]/);
        }
      }
    }
  });
});

describe('serverErrorMessage', () => {
  it('writes the server’s French sentence from the code and the detail’s values', () => {
    expect(
      serverErrorMessage('message_quota_insufficient', { recipients: 1200, remaining: 300 }),
    ).toBe('Quota mensuel insuffisant : 1\u202f200 messages à envoyer, 300 restants ce mois-ci.');
    expect(serverErrorMessage('contact_quota_reached', { limit: 25000 })).toBe(
      'Quota de contacts atteint : votre abonnement permet 25\u202f000 contacts.',
    );
    expect(serverErrorMessage('seat_limit_reached', { plan: 'Starter', limit: 2 })).toBe(
      'Votre offre Starter comprend 2 agents au plus : retirez un membre ou passez à une offre supérieure.',
    );
    expect(serverErrorMessage('import_too_many_rows', { max: 10000 })).toBe(
      'Envoyez au plus 10\u202f000 lignes à la fois.',
    );
    expect(serverErrorMessage('segment_tag_missing', { condition: 1 })).toBe(
      'Critères de segment invalides : étiquette manquante (condition 1).',
    );
    expect(
      serverErrorMessage('template_not_approved', { template: 'promo_noel', status: 'PENDING' }),
    ).toBe("Le modèle « promo_noel » n'est pas approuvé par WhatsApp (statut PENDING).");
    expect(serverErrorMessage('invitation_not_found')).toBe("Cette invitation n'existe pas.");
    expect(serverErrorMessage('wati_not_configured')).toBe(
      'Aucune connexion Wati : renseignez l’adresse et le jeton dans Paramètres › Intégration Wati.',
    );
  });

  it('says one of a count where the server says « 1 restants »', () => {
    expect(serverErrorMessage('message_quota_insufficient', { recipients: 1, remaining: 1 })).toBe(
      'Quota mensuel insuffisant : 1 message à envoyer, 1 restant ce mois-ci.',
    );
    expect(serverErrorMessage('seat_limit_reached', { plan: 'Free', limit: 1 })).toMatch(
      /^Votre offre Free comprend 1 agent au plus/,
    );
  });

  it('says a refused contact from the refusal’s reason and values', () => {
    expect(
      serverErrorMessage('contact_refused', {
        reason: 'country_mismatch',
        country: 'CM',
        region: 'GA',
      }),
    ).toBe('Le pays indiqué (CM) ne correspond pas au numéro (GA)');
    expect(serverErrorMessage('contact_refused', { reason: 'name_too_long', max: 120 })).toBe(
      'Nom de plus de 120 caractères',
    );
    expect(serverErrorMessage('contact_refused', { reason: 'landline' })).toBe(
      'Numéro fixe : pas de WhatsApp',
    );
    expect(serverErrorMessage('contact_refused', { reason: 'unheard_of' })).toBeUndefined();
    expect(serverErrorMessage('contact_refused', {})).toBeUndefined();
  });

  it('gives nothing when the detail lacks a value the sentence quotes', () => {
    expect(serverErrorMessage('contact_quota_reached', {})).toBeUndefined();
    expect(serverErrorMessage('contact_quota_reached', { limit: 'beaucoup' })).toBeUndefined();
    expect(serverErrorMessage('seat_limit_reached', { limit: 2 })).toBeUndefined();
    expect(serverErrorMessage('contact_quota_reached', { limit: '300' })).toBe(
      'Quota de contacts atteint : votre abonnement permet 300 contacts.',
    );
  });

  it('keeps the server’s more precise French for codes whose sentence varies with the call', () => {
    const precise = 'Wati limite les appels : réessayez dans 12 s.';
    expect(serverErrorMessage('wati_rate_limit', {}, precise)).toBe(precise);
    expect(serverErrorMessage('wati_rate_limit')).toBe(
      'Wati limite les appels : réessayez dans quelques instants.',
    );
    // Another language reads the code's own sentence (here the source, for want of a catalogue).
    i18n.loadAndActivate({ locale: 'en', locales: intlLocales.en, messages: {} });
    expect(serverErrorMessage('wati_rate_limit', {}, precise)).toBe(
      'Wati limite les appels : réessayez dans quelques instants.',
    );
    // A code with a fixed sentence never shows the server's.
    expect(serverErrorMessage('wati_quota', {}, 'Autre chose.')).toBe(
      'Le quota de votre abonnement Wati est atteint pour ce mois.',
    );
  });
});
