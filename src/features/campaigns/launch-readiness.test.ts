import { describe, expect, it } from 'vitest';
import { contactCount, launchBlocker } from './launch-readiness';

const estimate = { recipients: 15, optedOut: 0, invalidNumber: 0, missingParameter: 0 };

describe('launchBlocker', () => {
  it('allows a launch within the quota, or without one', () => {
    expect(launchBlocker({ ...estimate, quotaRemaining: 15 })).toBeNull();
    expect(launchBlocker({ ...estimate, quotaRemaining: null })).toBeNull();
  });

  it('blocks an audience without recipients', () => {
    expect(launchBlocker({ ...estimate, recipients: 0, optedOut: 3, quotaRemaining: null })).toBe(
      'Aucun destinataire : l’audience est vide ou tous ses contacts sont exclus.',
    );
  });

  it('blocks a launch beyond the month’s quota, with the figures', () => {
    expect(launchBlocker({ ...estimate, recipients: 12000, quotaRemaining: 9500 })).toBe(
      'Quota mensuel insuffisant : 12\u202f000 messages à envoyer, 9\u202f500 restants ce mois-ci. Réduisez l’audience ou passez à un abonnement supérieur.',
    );
  });
});

describe('contactCount', () => {
  it('agrees in number', () => {
    expect(contactCount(0)).toBe('0 contact');
    expect(contactCount(1)).toBe('1 contact');
    expect(contactCount(15)).toBe('15 contacts');
  });
});
