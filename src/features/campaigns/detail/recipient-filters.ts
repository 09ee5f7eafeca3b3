import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { MessageStatus, RecipientDispatch } from './recipient-status';
import type { CampaignProgress } from './progress';

// The recipients table's status filter. The filters nest as the funnel does (« Délivrés » also
// lists those who read or replied), so each one's count is the funnel's figure.

export const recipientFilters = [
  'all',
  'pending',
  'sent',
  'delivered',
  'read',
  'replied',
  'failed',
] as const;
export type RecipientFilter = (typeof recipientFilters)[number];

const filterLabels: Record<RecipientFilter, MessageDescriptor> = {
  all: msg`Tous`,
  pending: msg`En attente`,
  sent: msg`Envoyés`,
  delivered: msg`Délivrés`,
  read: msg`Lus`,
  replied: msg`Réponses`,
  failed: msg`Échecs`,
};

export function recipientFilterLabel(filter: RecipientFilter): string {
  return i18n._(filterLabels[filter]);
}

export function isRecipientFilter(value: string): value is RecipientFilter {
  return (recipientFilters as readonly string[]).includes(value);
}

/** The PostgREST condition a filter adds to `campaign_id = …` (none for « Tous »). */
export type RecipientFilterQuery =
  | { column: 'status'; values: MessageStatus[] }
  | { column: 'dispatch'; values: RecipientDispatch[] }
  | null;

const filterQueries: Record<RecipientFilter, RecipientFilterQuery> = {
  all: null,
  // Not yet in Wati's hands, or waiting for evidence that Wati took it.
  pending: { column: 'dispatch', values: ['pending', 'claimed', 'unknown'] },
  sent: { column: 'status', values: ['sent', 'delivered', 'read', 'replied'] },
  delivered: { column: 'status', values: ['delivered', 'read', 'replied'] },
  read: { column: 'status', values: ['read', 'replied'] },
  replied: { column: 'status', values: ['replied'] },
  failed: { column: 'status', values: ['failed'] },
};

export function recipientFilterQuery(filter: RecipientFilter): RecipientFilterQuery {
  return filterQueries[filter];
}

/** How many recipients a filter lists, as the live progress counts them. */
export function recipientFilterCount(filter: RecipientFilter, progress: CampaignProgress): number {
  switch (filter) {
    case 'all':
      return progress.total;
    case 'pending':
      return progress.remaining;
    default:
      return progress[filter];
  }
}

export const recipientsPageSize = 50;

/** The rows of a page for `.range(from, to)` (both ends included); pages count from 0. */
export function pageRange(page: number, pageSize: number = recipientsPageSize) {
  const from = Math.max(0, page) * pageSize;
  return { from, to: from + pageSize - 1 };
}

export function pageCount(count: number, pageSize: number = recipientsPageSize): number {
  return Math.max(1, Math.ceil(count / pageSize));
}
