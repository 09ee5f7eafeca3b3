import { describe, expect, it } from 'vitest';
import {
  formatShare,
  liveFiguresKey,
  funnelSteps,
  newerProgress,
  parseProgress,
  processedCount,
  progressAnnouncement,
  progressPercent,
  withBroadcast,
  withReading,
  type CampaignProgress,
  type DatabaseReading,
} from './progress';

function progress(overrides: Partial<CampaignProgress> = {}): CampaignProgress {
  return {
    campaignId: 'c0000000-0000-4000-8000-00000000000a',
    status: 'sending',
    total: 1000,
    remaining: 400,
    accepted: 600,
    sent: 580,
    delivered: 500,
    read: 300,
    replied: 25,
    failed: 20,
    cancelled: 0,
    lastError: null,
    updatedAt: '2026-11-21T10:00:00.123456+00:00',
    ...overrides,
  };
}

describe('progressPercent', () => {
  it('is the share of recipients no longer waiting, rounded down', () => {
    expect(progressPercent({ total: 1000, remaining: 400 })).toBe(60);
    expect(progressPercent({ total: 3, remaining: 1 })).toBe(66);
    expect(progressPercent({ total: 1000, remaining: 1000 })).toBe(0);
  });

  it('reaches 100 only once nobody is left', () => {
    expect(progressPercent({ total: 100_000, remaining: 1 })).toBe(99);
    expect(progressPercent({ total: 1000, remaining: 0 })).toBe(100);
  });

  it('is 0 without recipients', () => {
    expect(progressPercent({ total: 0, remaining: 0 })).toBe(0);
  });

  it('never leaves 0..100 with inconsistent figures', () => {
    expect(progressPercent({ total: 10, remaining: 50 })).toBe(0);
    expect(processedCount({ total: 10, remaining: 50 })).toBe(0);
  });
});

describe('funnelSteps', () => {
  it('lists the five steps in order with counts and shares of all recipients', () => {
    expect(funnelSteps(progress())).toEqual([
      { key: 'sent', label: 'Envoyés', count: 580, share: 0.58 },
      { key: 'delivered', label: 'Délivrés', count: 500, share: 0.5 },
      { key: 'read', label: 'Lus', count: 300, share: 0.3 },
      { key: 'replied', label: 'Réponses', count: 25, share: 0.025 },
      { key: 'failed', label: 'Échecs', count: 20, share: 0.02 },
    ]);
  });

  it('gives shares of 0 without recipients', () => {
    const empty = progress({
      total: 0,
      remaining: 0,
      sent: 0,
      delivered: 0,
      read: 0,
      replied: 0,
      failed: 0,
    });
    expect(funnelSteps(empty).map((step) => step.share)).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('formatShare', () => {
  it('writes French percentages with one decimal at most', () => {
    expect(formatShare(0.025)).toBe('2,5\u00a0%');
    expect(formatShare(0.5)).toBe('50\u00a0%');
    expect(formatShare(1)).toBe('100\u00a0%');
    expect(formatShare(0)).toBe('0\u00a0%');
  });

  it('never rounds a few to nothing nor almost everyone to everyone', () => {
    expect(formatShare(1 / 100_000)).toBe('< 0,1\u00a0%');
    expect(formatShare(99_999 / 100_000)).toBe('99,9\u00a0%');
  });
});

describe('parseProgress', () => {
  it('accepts what campaign_progress returns', () => {
    expect(parseProgress(progress())).toEqual(progress());
  });

  it('refuses anything else', () => {
    expect(parseProgress(null)).toBeNull();
    expect(parseProgress({ ...progress(), total: -1 })).toBeNull();
    expect(parseProgress({ ...progress(), status: 'exploded' })).toBeNull();
    expect(parseProgress({ ...progress(), updatedAt: 'yesterday' })).toBeNull();
    const withoutSent: Partial<CampaignProgress> = progress();
    delete withoutSent.sent;
    expect(parseProgress(withoutSent)).toBeNull();
  });
});

describe('newerProgress', () => {
  const earlier = progress({ sent: 100, updatedAt: '2026-11-21T10:00:00.000+00:00' });
  const later = progress({ sent: 200, updatedAt: '2026-11-21T10:00:01.000+00:00' });

  it('takes what is newer and ignores what is older', () => {
    expect(newerProgress(earlier, later)).toBe(later);
    expect(newerProgress(later, earlier)).toBe(later);
  });

  it('takes the incoming one when nothing is known yet or on a tie', () => {
    expect(newerProgress(undefined, earlier)).toBe(earlier);
    expect(newerProgress(null, earlier)).toBe(earlier);
    const same = progress({ sent: 150, updatedAt: earlier.updatedAt });
    expect(newerProgress(earlier, same)).toBe(same);
  });
});

describe('trusting the database over broadcasts', () => {
  // The page asked at 12:00:00.000 by its own clock, which is an hour behind the server's; the
  // database answered, at 13:00:00.100 by its clock, 200 ms later.
  const askedAt = Date.parse('2026-11-21T12:00:00.000Z');
  const reading: DatabaseReading = {
    progress: progress({ sent: 100, updatedAt: '2026-11-21T13:00:00.100+00:00' }),
    requestedAt: askedAt,
    receivedAt: askedAt + 200,
  };
  const tenSecondsLater = askedAt + 10_000;
  const genuine = progress({ sent: 150, updatedAt: '2026-11-21T13:00:09.000+00:00' });

  it('shows a newer broadcast of the same campaign, whatever the browser’s clock says', () => {
    expect(withBroadcast(reading.progress, genuine, reading, tenSecondsLater)).toBe(genuine);
  });

  it('keeps what it shows when a broadcast is older', () => {
    const older = progress({ sent: 90, updatedAt: '2026-11-21T13:00:00.000+00:00' });
    expect(withBroadcast(genuine, older, reading, tenSecondsLater)).toBe(genuine);
  });

  it('never shows a broadcast dated after what the server’s clock can show', () => {
    const forged = progress({ sent: 999_999, updatedAt: '2099-01-01T00:00:00.000Z' });
    expect(withBroadcast(genuine, forged, reading, tenSecondsLater)).toBe(genuine);
    const justAhead = progress({ sent: 151, updatedAt: '2026-11-21T13:00:30.000+00:00' });
    expect(withBroadcast(genuine, justAhead, reading, tenSecondsLater)).toBe(genuine);
  });

  it('never shows a broadcast for another campaign or another total than the database’s', () => {
    const otherCampaign = progress({
      campaignId: 'c0000000-0000-4000-8000-00000000000b',
      updatedAt: genuine.updatedAt,
    });
    const otherTotal = progress({ total: 5000, updatedAt: genuine.updatedAt });
    expect(withBroadcast(reading.progress, otherCampaign, reading, tenSecondsLater)).toBe(
      reading.progress,
    );
    expect(withBroadcast(reading.progress, otherTotal, reading, tenSecondsLater)).toBe(
      reading.progress,
    );
  });

  it('shows no broadcast before the database has answered', () => {
    expect(withBroadcast(undefined, genuine, null, tenSecondsLater)).toBeUndefined();
  });

  it('takes the database’s figures over anything shown but a broadcast that came in meanwhile', () => {
    const forged = progress({ sent: 999_999, updatedAt: '2099-01-01T00:00:00.000Z' });
    expect(withReading(forged, reading)).toBe(reading.progress);
    expect(withReading(progress({ sent: 50 }), reading)).toBe(reading.progress);
    const meanwhile = progress({ sent: 101, updatedAt: '2026-11-21T13:00:00.250+00:00' });
    expect(withReading(meanwhile, reading)).toBe(meanwhile);
    expect(withReading(undefined, reading)).toBe(reading.progress);
  });
});

describe('progressAnnouncement', () => {
  it('says the status, the percentage and the main figures', () => {
    expect(progressAnnouncement(progress())).toBe(
      'Campagne en cours, envoi à 60 % : 600 sur 1\u202f000 traités, 580 envoyés, 20 en échec.',
    );
  });
});

describe('liveFiguresKey', () => {
  it('changes with the figures and the status, not with the time of reading', () => {
    const now = progress();
    expect(liveFiguresKey(progress({ updatedAt: '2026-11-21T10:00:05Z' }))).toBe(
      liveFiguresKey(now),
    );
    expect(liveFiguresKey(progress({ read: 301 }))).not.toBe(liveFiguresKey(now));
    expect(liveFiguresKey(progress({ status: 'completed' }))).not.toBe(liveFiguresKey(now));
  });
});
