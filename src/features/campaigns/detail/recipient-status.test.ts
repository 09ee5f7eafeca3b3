import { describe, expect, it } from 'vitest';
import { recipientStatusLabel, recipientStatusTone } from './recipient-status';

describe('recipientStatusLabel', () => {
  it('says the WhatsApp status once there is one', () => {
    expect(recipientStatusLabel({ dispatch: 'accepted', status: 'sent' })).toBe('Envoyé');
    expect(recipientStatusLabel({ dispatch: 'accepted', status: 'delivered' })).toBe('Délivré');
    expect(recipientStatusLabel({ dispatch: 'accepted', status: 'read' })).toBe('Lu');
    expect(recipientStatusLabel({ dispatch: 'accepted', status: 'replied' })).toBe('A répondu');
    expect(recipientStatusLabel({ dispatch: 'rejected', status: 'failed' })).toBe('Échec');
  });

  it('says where a queued message is in the hand-off to Wati', () => {
    expect(recipientStatusLabel({ dispatch: 'pending', status: 'queued' })).toBe('En attente');
    expect(recipientStatusLabel({ dispatch: 'claimed', status: 'queued' })).toBe(
      'En cours d’envoi',
    );
    expect(recipientStatusLabel({ dispatch: 'unknown', status: 'queued' })).toBe('En vérification');
    expect(recipientStatusLabel({ dispatch: 'accepted', status: 'queued' })).toBe(
      'Accepté par Wati',
    );
    expect(recipientStatusLabel({ dispatch: 'cancelled', status: 'queued' })).toBe('Annulé');
  });

  it('marks failures as dangers and deliveries as successes', () => {
    expect(recipientStatusTone({ dispatch: 'accepted', status: 'failed' })).toBe('danger');
    expect(recipientStatusTone({ dispatch: 'rejected', status: 'queued' })).toBe('danger');
    expect(recipientStatusTone({ dispatch: 'accepted', status: 'read' })).toBe('brand');
    expect(recipientStatusTone({ dispatch: 'pending', status: 'queued' })).toBe('neutral');
  });
});
