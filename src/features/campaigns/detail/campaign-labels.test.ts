import { describe, expect, it } from 'vitest';
import {
  audienceSummary,
  campaignActions,
  campaignOutcomes,
  campaignStatusLabel,
  defaultSegmentName,
  excludedCounts,
  isCampaignRunning,
  outcomeLabel,
  outcomeTitle,
  quietHoursText,
  recipientStatusLabel,
  recipientStatusTone,
  segmentNameMaxLength,
  type CampaignStatus,
} from './campaign-labels';

const statuses: CampaignStatus[] = [
  'draft',
  'scheduled',
  'sending',
  'paused',
  'completed',
  'cancelled',
];

describe('campaign statuses', () => {
  it('are named in French', () => {
    expect(statuses.map(campaignStatusLabel)).toEqual([
      'Brouillon',
      'Programmée',
      'En cours',
      'En pause',
      'Terminée',
      'Annulée',
    ]);
  });

  it('run from launch until completed or cancelled', () => {
    expect(statuses.filter(isCampaignRunning)).toEqual(['scheduled', 'sending', 'paused']);
  });

  it('allow what the SQL functions allow', () => {
    const allowed = (action: keyof ReturnType<typeof campaignActions>) =>
      statuses.filter((status) => campaignActions(status)[action]);
    expect(allowed('edit')).toEqual(['draft']);
    expect(allowed('pause')).toEqual(['scheduled', 'sending']);
    expect(allowed('resume')).toEqual(['paused']);
    expect(allowed('cancel')).toEqual(['scheduled', 'sending', 'paused']);
    expect(allowed('duplicate')).toEqual(statuses);
  });
});

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

describe('outcomes', () => {
  it('are the eight the database knows, named in French', () => {
    expect(campaignOutcomes.map(outcomeLabel)).toEqual([
      'lu sans réponse',
      'délivré non lu',
      'non délivré',
      'échec',
      'a répondu',
      'lu',
      'délivré',
      'envoyé',
    ]);
    expect(outcomeTitle('read_no_reply')).toBe('Lu sans réponse');
  });
});

describe('defaultSegmentName', () => {
  it('is the campaign’s name and the outcome', () => {
    expect(defaultSegmentName('Rappel vaccination', 'read_no_reply')).toBe(
      'Rappel vaccination — lu sans réponse',
    );
  });

  it('shortens a long campaign name to fit a segment name', () => {
    const name = defaultSegmentName('é'.repeat(120), 'delivered_unread');
    expect(Array.from(name)).toHaveLength(segmentNameMaxLength);
    expect(name.endsWith('… — délivré non lu')).toBe(true);
  });
});

describe('audienceSummary', () => {
  it('says who the campaign goes to', () => {
    expect(audienceSummary({ kind: 'all' }, null).text).toBe('Tous les contacts abonnés');
    expect(
      audienceSummary(
        { kind: 'segment', segmentId: 'e0000000-0000-4000-8000-000000000001' },
        'Assurés de Douala',
      ),
    ).toEqual({
      kind: 'segment',
      segmentId: 'e0000000-0000-4000-8000-000000000001',
      text: 'Segment « Assurés de Douala »',
    });
    expect(audienceSummary({ kind: 'tags', tags: ['vip'] }, null).text).toBe(
      'Contacts avec l’étiquette « vip »',
    );
    expect(audienceSummary({ kind: 'tags', tags: ['vip', 'douala'] }, null).text).toBe(
      'Contacts avec l’une des étiquettes : « vip », « douala »',
    );
  });

  it('says when the segment is gone or the audience unreadable', () => {
    expect(audienceSummary({ kind: 'segment', segmentId: 'x' }, null).text).toBe(
      'Un segment supprimé depuis',
    );
    expect(audienceSummary('all', null).text).toBe('Audience inconnue');
  });
});

describe('quietHoursText', () => {
  it('gives the quiet hours as read on a clock', () => {
    expect(quietHoursText('21:00:00', '08:00:00')).toBe('Pas d’envoi entre 21:00 et 08:00');
    expect(quietHoursText(null, null)).toBeNull();
  });
});

describe('excludedCounts', () => {
  it('reads the counts of contacts left out at launch', () => {
    expect(excludedCounts({ opted_out: 3, invalid_number: 1, missing_parameter: 0 })).toEqual({
      optedOut: 3,
      invalidNumber: 1,
      missingParameter: 0,
    });
    expect(excludedCounts(null)).toEqual({ optedOut: 0, invalidNumber: 0, missingParameter: 0 });
  });
});
