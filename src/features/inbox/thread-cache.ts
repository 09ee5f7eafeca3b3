import type { InfiniteData } from '@tanstack/react-query';
import { newerCopy } from './message-status';
import type { Conversation, ConversationSummary, Message } from './types';

// The thread's cache (pages of messages, newest first) kept current by hand: Realtime brings new
// messages and status changes, the send function answers with the stored message, and a message
// being sent shows at once under a local id until its stored copy replaces it.

/** Where the next (older) page starts: the oldest message loaded so far. */
export type ThreadCursor = { createdAt: string; id: string };
export type ThreadData = InfiniteData<Message[]>;

/** Newest first: by time, then by id (as the query orders them). */
export function compareNewestFirst(a: Message, b: Message): number {
  const byTime = Date.parse(b.created_at) - Date.parse(a.created_at);
  if (byTime !== 0) return byTime;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

function sameMessage(a: Message, b: Message): boolean {
  return (
    a.id === b.id || (a.client_message_id !== null && a.client_message_id === b.client_message_id)
  );
}

/**
 * The thread with `message` in it: a copy already there (same id, or same client id for a send
 * in progress) is replaced by the newer of the two; a new message goes where its time puts it,
 * unless it is older than everything loaded while older pages remain (it comes with them).
 */
export function mergeMessage(
  data: ThreadData | undefined,
  message: Message,
  pageSize: number,
): ThreadData | undefined {
  if (!data) return data;
  for (const [pageIndex, page] of data.pages.entries()) {
    const index = page.findIndex((candidate) => sameMessage(candidate, message));
    if (index === -1) continue;
    const existing = page[index]!;
    const kept = newerCopy(existing, message);
    if (kept === existing) return data;
    const pages = data.pages.slice();
    const updated = page.slice();
    updated[index] = kept;
    pages[pageIndex] = updated.sort(compareNewestFirst);
    return { ...data, pages };
  }

  const pages = data.pages.slice();
  if (pages.length === 0) return { ...data, pages: [[message]], pageParams: [null] };
  const lastPage = pages[pages.length - 1]!;
  const oldest = lastPage[lastPage.length - 1];
  if (oldest && compareNewestFirst(message, oldest) > 0 && lastPage.length >= pageSize) {
    return data;
  }
  // The first page whose oldest message is older than this one holds it.
  let target = pages.findIndex((page) => {
    const last = page[page.length - 1];
    return !last || compareNewestFirst(message, last) <= 0;
  });
  if (target === -1) target = pages.length - 1;
  pages[target] = [...pages[target]!, message].sort(compareNewestFirst);
  return { ...data, pages };
}

/** The thread without a message (a send in progress that failed before it was stored). */
export function removeMessage(data: ThreadData | undefined, id: string): ThreadData | undefined {
  if (!data) return data;
  return { ...data, pages: data.pages.map((page) => page.filter((message) => message.id !== id)) };
}

/**
 * Every loaded message, oldest first (as the thread reads). An event filed in the same instant as
 * a message (« Awa a pris la conversation » with her reply) reads before it.
 */
export function chronological(data: ThreadData | undefined): Message[] {
  if (!data) return [];
  return data.pages
    .flat()
    .reverse()
    .sort((a, b) => {
      const byTime = Date.parse(a.created_at) - Date.parse(b.created_at);
      if (byTime !== 0) return byTime;
      return Number(b.kind === 'event') - Number(a.kind === 'event');
    });
}

const summaryFields = [
  'status',
  'priority',
  'assignee_id',
  'team_id',
  'labels',
  'snoozed_until',
  'waiting_since',
  'last_inbound_at',
  'last_activity_at',
  'last_message_preview',
  'last_message_author',
  'campaign_id',
] as const satisfies readonly (keyof Conversation & keyof ConversationSummary)[];

/** A row of the list with what a Realtime change of its conversation says. */
export function patchSummary(
  summary: ConversationSummary,
  conversation: Partial<Conversation>,
): ConversationSummary {
  const patched = { ...summary };
  for (const field of summaryFields) {
    if (field in conversation) Object.assign(patched, { [field]: conversation[field] });
  }
  return patched;
}

/** The lists' pages (one cached list) with the row of conversation `id` changed by `patch`. */
export function patchListRow(
  data: InfiniteData<ConversationSummary[]> | undefined,
  id: string,
  patch: (summary: ConversationSummary) => ConversationSummary,
): InfiniteData<ConversationSummary[]> | undefined {
  return (
    data && {
      ...data,
      pages: data.pages.map((page) =>
        page.map((summary) => (summary.id === id ? patch(summary) : summary)),
      ),
    }
  );
}
