import { describe, expect, it } from 'vitest';
import { eventText } from './labels';
import type { Json } from '../../lib/database.types';
import { readEvent } from './message-content';

const zone = 'Africa/Douala';
const text = (event: { [key: string]: Json }) => eventText(readEvent(event)!, zone);

describe('system events of the thread', () => {
  it('say who did what', () => {
    expect(text({ type: 'assigned', assigneeName: 'Paul', actorName: 'Awa' })).toBe(
      'Awa a assigné la conversation à Paul.',
    );
    expect(text({ type: 'assigned', assigneeName: 'Awa', actorName: 'Awa' })).toBe(
      'Awa a pris la conversation.',
    );
    expect(text({ type: 'assigned', assigneeName: 'Awa', automatic: true })).toBe(
      'Conversation assignée automatiquement à Awa.',
    );
    expect(text({ type: 'team', teamName: 'Support', actorName: 'Awa' })).toBe(
      'Awa a confié la conversation à l’équipe Support.',
    );
    expect(text({ type: 'resolved', actorName: 'Awa' })).toBe('Awa a résolu la conversation.');
    expect(text({ type: 'reopened', byContact: true })).toBe(
      'Le contact a écrit : conversation rouverte.',
    );
    expect(text({ type: 'handed_to_bot' })).toBe('Conversation confiée au bot.');
  });

  it('date a snooze in the organisation’s time', () => {
    expect(text({ type: 'snoozed', until: '2026-12-10T07:00:00Z', actorName: 'Awa' })).toBe(
      'Awa a reporté la conversation au 10 décembre 2026 à 08:00.',
    );
    expect(text({ type: 'snoozed' })).toBe('Conversation reportée jusqu’à la réponse du contact.');
  });

  it('say when the satisfaction survey could not go', () => {
    expect(text({ type: 'csat_not_sent' })).toMatch(/^Enquête de satisfaction non envoyée/);
  });
});
