import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { BadgeTone } from '../../components/ui/badge';
import type { InboxMember } from './api';

// What a member's inbox presence looks like to their admins: the availability they chose, and
// whether the inbox page is open (its heartbeat every 20 s; the server gives conversations only
// to those seen in the last 60 s).

export type Presence = 'online' | 'busy' | 'offline' | 'disconnected' | 'never';

const heartbeatFreshMs = 60_000;

export function agentPresence(
  member: Pick<InboxMember, 'availability' | 'lastHeartbeatAt'>,
  now: number = Date.now(),
): Presence {
  if (member.availability === null) return 'never';
  if (member.availability === 'offline') return 'offline';
  const seen = member.lastHeartbeatAt ? Date.parse(member.lastHeartbeatAt) : Number.NaN;
  if (Number.isNaN(seen) || now - seen > heartbeatFreshMs) return 'disconnected';
  return member.availability;
}

const presenceLabels: Record<Presence, MessageDescriptor> = {
  online: msg`En ligne`,
  busy: msg`Occupé`,
  offline: msg`Hors ligne`,
  disconnected: msg`Déconnecté`,
  never: msg`Jamais connecté`,
};

const presenceTones: Record<Presence, BadgeTone> = {
  online: 'brand',
  busy: 'warning',
  offline: 'neutral',
  disconnected: 'neutral',
  never: 'neutral',
};

export function presenceLabel(presence: Presence): string {
  return i18n._(presenceLabels[presence]);
}

export function presenceTone(presence: Presence): BadgeTone {
  return presenceTones[presence];
}
