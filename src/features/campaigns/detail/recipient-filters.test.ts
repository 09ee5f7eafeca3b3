import { describe, expect, it } from 'vitest';
import type { CampaignProgress } from './progress';
import {
  isRecipientFilter,
  pageCount,
  pageRange,
  recipientFilterCount,
  recipientFilterLabel,
  recipientFilterQuery,
  recipientFilters,
} from './recipient-filters';

describe('recipientFilterQuery', () => {
  it('adds nothing for « Tous »', () => {
    expect(recipientFilterQuery('all')).toBeNull();
  });

  it('selects the recipients still waiting by their dispatch', () => {
    expect(recipientFilterQuery('pending')).toEqual({
      column: 'dispatch',
      values: ['pending', 'claimed', 'unknown'],
    });
  });

  it('nests the statuses as the funnel does', () => {
    expect(recipientFilterQuery('sent')).toEqual({
      column: 'status',
      values: ['sent', 'delivered', 'read', 'replied'],
    });
    expect(recipientFilterQuery('delivered')).toEqual({
      column: 'status',
      values: ['delivered', 'read', 'replied'],
    });
    expect(recipientFilterQuery('read')).toEqual({ column: 'status', values: ['read', 'replied'] });
    expect(recipientFilterQuery('replied')).toEqual({ column: 'status', values: ['replied'] });
    expect(recipientFilterQuery('failed')).toEqual({ column: 'status', values: ['failed'] });
  });
});

describe('recipient filters', () => {
  it('are named in French', () => {
    expect(recipientFilters.map(recipientFilterLabel)).toEqual([
      'Tous',
      'En attente',
      'Envoyés',
      'Délivrés',
      'Lus',
      'Réponses',
      'Échecs',
    ]);
  });

  it('recognise only their own names', () => {
    expect(isRecipientFilter('failed')).toBe(true);
    expect(isRecipientFilter('queued')).toBe(false);
  });

  it('count what the live progress counts', () => {
    const progress = {
      total: 100,
      remaining: 30,
      sent: 60,
      delivered: 50,
      read: 20,
      replied: 5,
      failed: 10,
    } as CampaignProgress;
    expect(recipientFilters.map((filter) => recipientFilterCount(filter, progress))).toEqual([
      100, 30, 60, 50, 20, 5, 10,
    ]);
  });
});

describe('paging', () => {
  it('gives the rows of a page of 50, both ends included', () => {
    expect(pageRange(0)).toEqual({ from: 0, to: 49 });
    expect(pageRange(2)).toEqual({ from: 100, to: 149 });
    expect(pageRange(-1)).toEqual({ from: 0, to: 49 });
  });

  it('counts at least one page', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(50)).toBe(1);
    expect(pageCount(51)).toBe(2);
    expect(pageCount(100_000)).toBe(2000);
  });
});
