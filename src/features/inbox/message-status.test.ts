import { describe, expect, it } from 'vitest';
import { canRetry, newerCopy, sendStatusLabel, tickLabel, tickOf } from './message-status';
import { testMessage } from './test-messages';

describe('ticks', () => {
  it('follow WhatsApp: clock, ✓, ✓✓, blue ✓✓', () => {
    expect(
      ['queued', 'sent', 'delivered', 'read', 'replied', 'failed', null].map((status) =>
        tickOf(status as never),
      ),
    ).toEqual(['clock', 'sent', 'delivered', 'read', 'read', 'failed', null]);
  });

  it('say what they mean to screen readers', () => {
    expect((['clock', 'sent', 'delivered', 'read', 'failed'] as const).map(tickLabel)).toEqual([
      'En cours d’envoi',
      'Envoyé',
      'Délivré',
      'Lu',
      'Échec de l’envoi',
    ]);
    expect(sendStatusLabel('replied')).toBe('A répondu');
  });
});

describe('two copies of one message', () => {
  const queued = testMessage({
    author: 'agent',
    status: 'queued',
    updated_at: '2026-12-09T09:00:01Z',
  });
  const sent = testMessage({ author: 'agent', status: 'sent', updated_at: '2026-12-09T09:00:02Z' });

  it('keep the later write', () => {
    expect(newerCopy(queued, sent)).toBe(sent);
    expect(newerCopy(sent, queued)).toBe(sent);
  });

  it('never step back at the same time', () => {
    const sameTimeQueued = { ...queued, updated_at: sent.updated_at };
    expect(newerCopy(sent, sameTimeQueued)).toBe(sent);
  });

  it('always replace the one shown while sending', () => {
    const local = { ...queued, id: 'local-x', updated_at: '2030-01-01T00:00:00Z' };
    expect(newerCopy(local, queued)).toBe(queued);
  });
});

describe('retrying', () => {
  it('is for failed replies and automatic messages only', () => {
    expect(canRetry(testMessage({ author: 'agent', status: 'failed' }))).toBe(true);
    expect(canRetry(testMessage({ author: 'system', status: 'failed' }))).toBe(true);
    expect(canRetry(testMessage({ author: 'campaign', status: 'failed' }))).toBe(false);
    expect(canRetry(testMessage({ author: 'agent', status: 'sent' }))).toBe(false);
  });
});
