import { describe, expect, it } from 'vitest';
import {
  CONTEXT_MAX,
  CONTEXT_MESSAGES,
  conversationContext,
  type ContextMessage,
} from './conversation-context';

const from = (
  author: ContextMessage['author'],
  body: string | null,
  isPrivate = false,
): ContextMessage => ({ author, body, private: isPrivate });

describe('conversationContext', () => {
  it('writes the text messages oldest first, one line each, by who said them', () => {
    expect(
      conversationContext([
        from('campaign', 'Bonjour Awa, nos soldes commencent demain.'),
        from('contact', 'Bonjour,\n\nà quelle heure ouvrez-vous ?'),
        from('system', null),
        from('agent', 'Un instant, je vérifie.', true),
        from('bot', 'Nous ouvrons à 8 h.'),
        from('contact', null),
        from('agent', '   '),
        from('contact', 'Et le samedi ?'),
      ]),
    ).toBe(
      [
        'Agent : Bonjour Awa, nos soldes commencent demain.',
        'Client : Bonjour, à quelle heure ouvrez-vous ?',
        'Agent : Nous ouvrons à 8 h.',
        'Client : Et le samedi ?',
      ].join('\n'),
    );
  });

  it('is empty without any text message', () => {
    expect(conversationContext([])).toBe('');
    expect(conversationContext([from('agent', 'Note', true), from('system', 'x')])).toBe('');
  });

  it('keeps the last messages only', () => {
    const messages = Array.from({ length: 30 }, (_, index) =>
      from(index % 2 ? 'agent' : 'contact', `message ${index + 1}`),
    );
    const lines = conversationContext(messages).split('\n');
    expect(lines).toHaveLength(CONTEXT_MESSAGES);
    expect(lines[0]).toBe('Client : message 11');
    expect(lines.at(-1)).toBe('Agent : message 30');
  });

  it('drops the oldest lines until the whole fits the function’s limit', () => {
    const long = (letter: string) => letter.repeat(3000);
    const context = conversationContext([
      from('contact', long('a')),
      from('agent', long('b')),
      from('contact', long('c')),
    ]);
    expect(context.length).toBeLessThanOrEqual(CONTEXT_MAX);
    expect(context).toBe(`Agent : ${long('b')}\nClient : ${long('c')}`);
  });

  it('cuts a line longer than the limit without splitting a character', () => {
    const context = conversationContext([from('contact', `${'a'.repeat(CONTEXT_MAX - 10)}😀😀😀`)]);
    expect(context.length).toBeLessThanOrEqual(CONTEXT_MAX);
    expect(context.endsWith('\uD83D')).toBe(false);
    expect(context.startsWith('Client : aaa')).toBe(true);
  });
});
