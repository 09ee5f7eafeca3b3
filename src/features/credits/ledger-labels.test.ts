import { describe, expect, it } from 'vitest';
import {
  formatCreditDelta,
  ledgerActorLabel,
  ledgerChannelLabel,
  ledgerReasonLabel,
} from './ledger-labels';

describe('the ledger’s words', () => {
  it('write the sign of a movement, a true minus for debits', () => {
    expect(formatCreditDelta(50)).toBe('+50');
    expect(formatCreditDelta(-1)).toBe('\u22121');
    expect(formatCreditDelta(1200)).toBe('+1\u202f200');
  });

  it('name reasons and channels, and show an unknown code as it is', () => {
    expect(ledgerReasonLabel('topup')).toBe('Recharge');
    expect(ledgerReasonLabel('generation')).toBe('Rédaction par l’IA');
    expect(ledgerReasonLabel('bonus')).toBe('bonus');
    expect(ledgerChannelLabel('whatsapp')).toBe('WhatsApp');
    expect(ledgerChannelLabel('system')).toBe('Automatique');
  });

  it('say who moved the credits, even when their name is no longer readable', () => {
    expect(ledgerActorLabel({ actorId: 'u1', actorName: 'Awa Ngono' })).toBe('Awa Ngono');
    expect(ledgerActorLabel({ actorId: 'u1', actorName: null })).toBe('Ancien membre');
    expect(ledgerActorLabel({ actorId: null, actorName: null })).toBe('Plateforme WCAP');
  });
});
