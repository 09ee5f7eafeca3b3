import { describe, expect, it } from 'vitest';
import { agentPresence } from './agent-presence';
import { matchesSearch } from './canned-response-search';
import { canEditCannedResponses, canEditInboxSettings, canManageTeams } from './permissions';

const now = Date.parse('2026-12-09T10:00:00Z');

describe('agentPresence', () => {
  it('follows the chosen availability while the inbox page beats, « Déconnecté » after 60 s', () => {
    const fresh = '2026-12-09T09:59:30Z';
    const stale = '2026-12-09T09:58:00Z';
    expect(agentPresence({ availability: null, lastHeartbeatAt: null }, now)).toBe('never');
    expect(agentPresence({ availability: 'online', lastHeartbeatAt: fresh }, now)).toBe('online');
    expect(agentPresence({ availability: 'busy', lastHeartbeatAt: fresh }, now)).toBe('busy');
    expect(agentPresence({ availability: 'online', lastHeartbeatAt: stale }, now)).toBe(
      'disconnected',
    );
    expect(agentPresence({ availability: 'online', lastHeartbeatAt: null }, now)).toBe(
      'disconnected',
    );
    expect(agentPresence({ availability: 'offline', lastHeartbeatAt: fresh }, now)).toBe('offline');
  });
});

describe('matchesSearch', () => {
  const reply = { shortCode: 'horaires', content: 'Nous sommes ouverts à Yaoundé.' };
  it('finds a reply by its code (with or without « / ») or its text, ignoring accents', () => {
    expect(matchesSearch(reply, '')).toBe(true);
    expect(matchesSearch(reply, '/hor')).toBe(true);
    expect(matchesSearch(reply, 'HORAIRES')).toBe(true);
    expect(matchesSearch(reply, 'yaounde')).toBe(true);
    expect(matchesSearch(reply, 'douala')).toBe(false);
  });
});

describe('permissions', () => {
  it('lets owners and admins change the inbox settings, teams and canned replies', () => {
    for (const can of [canEditInboxSettings, canManageTeams, canEditCannedResponses]) {
      expect([can('owner'), can('admin'), can('agent'), can('viewer')]).toEqual([
        true,
        true,
        false,
        false,
      ]);
    }
  });
});
