import { describe, expect, it } from 'vitest';
import { Mailbox, type MailMessage } from './mailbox';

function message(id: string, to: string[]): MailMessage {
  const at = new Date(0).toISOString();
  return {
    id,
    from: 'a@b.c',
    to,
    subject: id,
    text: '',
    html: '',
    date: at,
    receivedAt: at,
    headers: {},
  };
}

describe('Mailbox', () => {
  it('filters by recipient whatever the case, newest first', () => {
    const box = new Mailbox();
    box.add(message('1', ['Awa@Example.cm']));
    box.add(message('2', ['paul@example.cm']));
    box.add(message('3', ['paul@example.cm', 'awa@example.cm']));
    expect(box.list(' AWA@example.CM ').map((m) => m.id)).toEqual(['3', '1']);
    expect(box.list().map((m) => m.id)).toEqual(['3', '2', '1']);
  });

  it('forgets the oldest beyond its limit, and empties on demand', () => {
    const box = new Mailbox(2);
    for (const id of ['1', '2', '3']) box.add(message(id, ['x@y.z']));
    expect(box.list().map((m) => m.id)).toEqual(['3', '2']);
    expect(box.get('1')).toBeUndefined();
    box.clear();
    expect(box.list()).toEqual([]);
  });

  it('refuses a limit that is not a whole number of at least one', () => {
    expect(() => new Mailbox(0)).toThrow();
  });
});
