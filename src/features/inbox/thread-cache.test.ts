import { describe, expect, it } from 'vitest';
import {
  chronological,
  mergeMessage,
  patchListRow,
  patchSummary,
  removeMessage,
  type ThreadData,
} from './thread-cache';
import { testMessage } from './test-messages';
import type { ConversationSummary } from './types';

const at = (minute: number) => `2026-12-09T09:${String(minute).padStart(2, '0')}:00.000Z`;
const data = (...pages: string[][]): ThreadData => ({
  pages: pages.map((ids) =>
    ids.map((id) => testMessage({ id, created_at: at(Number(id.slice(1))) })),
  ),
  pageParams: pages.map(() => null),
});
const ids = (thread: ThreadData | undefined) =>
  thread?.pages.map((page) => page.map((message) => message.id));

describe('a message arriving live', () => {
  it('goes first in the newest page', () => {
    expect(
      ids(mergeMessage(data(['m5', 'm4']), testMessage({ id: 'm6', created_at: at(6) }), 2)),
    ).toEqual([['m6', 'm5', 'm4']]);
  });

  it('replaces its own copy, and the one shown while sending', () => {
    const sending = testMessage({
      id: 'local-abc',
      client_message_id: 'abc',
      author: 'agent',
      status: 'queued',
      created_at: at(7),
    });
    const withLocal = mergeMessage(data(['m5']), sending, 50);
    expect(ids(withLocal)).toEqual([['local-abc', 'm5']]);
    const stored = testMessage({
      id: 'm7',
      client_message_id: 'abc',
      author: 'agent',
      status: 'queued',
      created_at: at(7),
    });
    const merged = mergeMessage(withLocal, stored, 50);
    expect(ids(merged)).toEqual([['m7', 'm5']]);
    const delivered = { ...stored, status: 'delivered' as const, updated_at: at(8) };
    expect(mergeMessage(merged, delivered, 50)?.pages[0]?.[0]?.status).toBe('delivered');
    // The function's answer, older than the status Realtime brought: ignored.
    expect(
      mergeMessage(mergeMessage(merged, delivered, 50), stored, 50)?.pages[0]?.[0]?.status,
    ).toBe('delivered');
  });

  it('waits for its page when it is older than everything loaded', () => {
    const thread = data(['m9', 'm8'], ['m7', 'm6']);
    expect(mergeMessage(thread, testMessage({ id: 'm1', created_at: at(1) }), 2)).toBe(thread);
  });

  it('goes into the page its time belongs to', () => {
    expect(
      ids(
        mergeMessage(
          data(['m9', 'm8'], ['m6', 'm5']),
          testMessage({ id: 'm7', created_at: at(7) }),
          2,
        ),
      ),
    ).toEqual([
      ['m9', 'm8'],
      ['m7', 'm6', 'm5'],
    ]);
  });

  it('leaves a thread not loaded alone', () => {
    expect(mergeMessage(undefined, testMessage(), 50)).toBeUndefined();
  });
});

describe('the thread', () => {
  it('reads oldest first', () => {
    expect(chronological(data(['m9', 'm8'], ['m7'])).map((message) => message.id)).toEqual([
      'm7',
      'm8',
      'm9',
    ]);
  });

  it('reads an event of the same instant before the message', () => {
    const reply = testMessage({ id: 'b', author: 'agent', created_at: at(5) });
    const event = testMessage({ id: 'a', author: 'system', kind: 'event', created_at: at(5) });
    expect(chronological({ pages: [[reply, event]], pageParams: [null] }).map((m) => m.id)).toEqual(
      ['a', 'b'],
    );
  });

  it('loses a send that failed', () => {
    expect(ids(removeMessage(data(['m2', 'm1']), 'm2'))).toEqual([['m1']]);
  });
});

describe('a row of the list', () => {
  it('takes what the conversation’s change says', () => {
    const summary = {
      id: 'c1',
      status: 'open',
      assignee_id: null,
      labels: [],
      unread_count: 2,
      contact_name: 'Awa',
      last_message_preview: 'Bonjour',
    } as unknown as ConversationSummary;
    const patched = patchSummary(summary, {
      status: 'resolved',
      assignee_id: 'u1',
      last_message_preview: 'Merci',
    });
    expect(patched).toMatchObject({
      status: 'resolved',
      assignee_id: 'u1',
      last_message_preview: 'Merci',
      unread_count: 2,
      contact_name: 'Awa',
    });
  });
});

describe('a row of the cached lists', () => {
  it('changes the one conversation wherever it stands, and nothing else', () => {
    const row = (id: string, unread: number) =>
      ({ id, unread_count: unread }) as unknown as ConversationSummary;
    const data = { pages: [[row('c1', 1), row('c2', 2)], [row('c3', 3)]], pageParams: [null, 'x'] };
    const patched = patchListRow(data, 'c3', (summary) => ({ ...summary, unread_count: 0 }));
    expect(patched?.pages.map((page) => page.map((summary) => summary.unread_count))).toEqual([
      [1, 2],
      [0],
    ]);
    expect(patched?.pageParams).toBe(data.pageParams);
    expect(data.pages[1]?.[0]?.unread_count).toBe(3);
    expect(patchListRow(undefined, 'c3', (summary) => summary)).toBeUndefined();
  });
});
