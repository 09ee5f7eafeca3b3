import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from './api';
import { describeEvent } from './history-labels';
import { mergePages, nextCursor, type HistoryPage } from './history-pages';

function entry(id: string, createdAt: string): HistoryEntry {
  return {
    id,
    conversationId: null,
    author: 'contact',
    authorName: null,
    kind: 'text',
    body: id,
    media: null,
    template: null,
    event: null,
    private: false,
    status: null,
    failureReason: null,
    campaignId: null,
    campaignName: null,
    createdAt,
  };
}

const t1 = '2026-12-09T10:00:03.123456+00:00';
const t2 = '2026-12-09T10:00:02.000000+00:00';

describe('history pages', () => {
  it('stops after a page that was not full', () => {
    expect(nextCursor([{ entries: [entry('a', t1)], full: false }])).toBeUndefined();
    expect(nextCursor([{ entries: [], full: false }])).toBeUndefined();
  });

  it('starts the next page a millisecond after the last instant shown, not to skip its twins', () => {
    const pages: HistoryPage[] = [{ entries: [entry('a', t1), entry('b', t2)], full: true }];
    expect(nextCursor(pages)).toBe('2026-12-09T10:00:02.001Z');
  });

  it('drops what a page brings back twice, and falls back to the strict cursor when it adds nothing', () => {
    const pages: HistoryPage[] = [
      { entries: [entry('a', t1), entry('b', t2)], full: true },
      { entries: [entry('b', t2), entry('c', t2)], full: true },
    ];
    expect(mergePages(pages).map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(nextCursor(pages)).toBe('2026-12-09T10:00:02.001Z');
    const stuck: HistoryPage[] = [
      ...pages,
      { entries: [entry('b', t2), entry('c', t2)], full: true },
    ];
    expect(nextCursor(stuck)).toBe(t2);
  });
});

describe('describeEvent', () => {
  it('says what happened in the conversation', () => {
    expect(describeEvent({ type: 'assigned', assigneeName: 'Awa', actorName: 'Paul' })).toBe(
      'Attribuée à Awa (par Paul)',
    );
    expect(describeEvent({ type: 'assigned', automatic: true, assigneeName: 'Awa' })).toBe(
      'Attribuée automatiquement à Awa',
    );
    expect(describeEvent({ type: 'reopened', byContact: true })).toBe(
      'Conversation rouverte par le contact',
    );
    expect(describeEvent({ type: 'csat_not_sent' })).toBe(
      'Enquête de satisfaction non envoyée : hors fenêtre de 24 heures, sans modèle approuvé',
    );
    expect(describeEvent(null)).toBe('Événement de la conversation');
  });
});
