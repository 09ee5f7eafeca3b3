import { describe, expect, it } from 'vitest';
import { dayLabel, groupMessages } from './message-grouping';
import { testMessage } from './test-messages';

const zone = 'Africa/Douala';

describe('the thread’s items', () => {
  it('start each day with its line, in the organisation’s time zone', () => {
    const items = groupMessages(
      [
        testMessage({ id: 'a', created_at: '2026-12-08T22:30:00Z' }),
        // 23:10 UTC is already the 9th in Douala (UTC+1).
        testMessage({ id: 'b', created_at: '2026-12-08T23:10:00Z' }),
      ],
      zone,
    );
    expect(items.map((item) => item.kind)).toEqual(['day', 'message', 'day', 'message']);
  });

  it('group what one author says in a row, within five minutes', () => {
    const items = groupMessages(
      [
        testMessage({ id: 'a', created_at: '2026-12-09T09:00:00Z' }),
        testMessage({ id: 'b', created_at: '2026-12-09T09:02:00Z' }),
        testMessage({ id: 'c', created_at: '2026-12-09T09:20:00Z' }),
        testMessage({
          id: 'd',
          author: 'agent',
          author_id: 'u1',
          created_at: '2026-12-09T09:21:00Z',
        }),
        testMessage({
          id: 'e',
          author: 'agent',
          author_id: 'u1',
          private: true,
          created_at: '2026-12-09T09:21:30Z',
        }),
        testMessage({
          id: 'f',
          author: 'agent',
          author_id: 'u2',
          created_at: '2026-12-09T09:22:00Z',
        }),
      ],
      zone,
    );
    const messages = items.flatMap((item) =>
      item.kind === 'message' ? [[item.message.id, item.startsGroup, item.endsGroup]] : [],
    );
    expect(messages).toEqual([
      ['a', true, false],
      ['b', false, true],
      ['c', true, true],
      ['d', true, true],
      ['e', true, true],
      ['f', true, true],
    ]);
  });

  it('never group system events', () => {
    const event = { author: 'system' as const, kind: 'event' };
    const items = groupMessages(
      [
        testMessage({ id: 'a', ...event, created_at: '2026-12-09T09:00:00Z' }),
        testMessage({ id: 'b', ...event, created_at: '2026-12-09T09:00:10Z' }),
      ],
      zone,
    );
    expect(items.filter((item) => item.kind === 'message' && item.startsGroup)).toHaveLength(2);
  });
});

describe('day lines', () => {
  const now = Date.parse('2026-12-09T10:00:00Z');
  it('say today, yesterday, else the date', () => {
    expect(dayLabel(Date.parse('2026-12-09T07:00:00Z'), now, zone)).toBe('Aujourd’hui');
    expect(dayLabel(Date.parse('2026-12-08T07:00:00Z'), now, zone)).toBe('Hier');
    expect(dayLabel(Date.parse('2026-12-01T07:00:00Z'), now, zone)).toBe('1 décembre 2026');
  });
});
