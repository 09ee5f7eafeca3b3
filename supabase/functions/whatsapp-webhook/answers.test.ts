import { describe, expect, it } from 'vitest';
import {
  creditsLabel,
  fill,
  MESSAGE_LIMIT,
  numberedVariants,
  organizationLines,
  packMessages,
} from './answers.ts';

const FR = { one: '{count} crédit', other: '{count} crédits' };
const EN = { one: '{count} credit', other: '{count} credits' };

describe('fill', () => {
  it('replaces the names it is given, every time, and leaves the others', () => {
    expect(fill('{a} et {a}, {b} ; {c}', { a: 'x', b: 2 })).toBe('x et x, 2 ; {c}');
  });
});

describe('creditsLabel', () => {
  it.each([
    [0, 'fr', '0 crédit'],
    [1, 'fr', '1 crédit'],
    [2, 'fr', '2 crédits'],
    [1500, 'fr', '1\u202f500 crédits'],
    [0, 'en', '0 credits'],
    [1, 'en', '1 credit'],
    [1500, 'en', '1,500 credits'],
  ] as const)('%d in %s is %j', (count, language, label) => {
    expect(creditsLabel(count, language, language === 'fr' ? FR : EN)).toBe(label);
  });
});

describe('numberedVariants', () => {
  it('numbers the three variants from 1, trimmed', () => {
    expect(numberedVariants([' Bonjour !\n', 'Salut', 'Hello'])).toEqual([
      '*1.* Bonjour !',
      '*2.* Salut',
      '*3.* Hello',
    ]);
  });
});

describe('organizationLines', () => {
  it('lists each organisation with its number and balance, the one spent marked', () => {
    expect(
      organizationLines([
        { listNumber: 1, name: 'Awa Couture', balance: '5 crédits', spent: false },
        { listNumber: 2, name: 'Boutique Mbappé', balance: '0 crédit', spent: true },
      ]),
    ).toBe('1. Awa Couture — 5 crédits\n2. Boutique Mbappé — 0 crédit ✅');
  });
});

describe('packMessages', () => {
  it('joins paragraphs with a blank line into one message when they fit', () => {
    expect(
      packMessages(['Voici 3 propositions :', '*1.* a', '*2.* b', '*3.* c', 'Reste 9.']),
    ).toEqual(['Voici 3 propositions :\n\n*1.* a\n\n*2.* b\n\n*3.* c\n\nReste 9.']);
  });

  it('starts a new message when the next paragraph would not fit', () => {
    const long = 'x'.repeat(900);
    const messages = packMessages(['intro', long, long, 'fin']);
    expect(messages).toEqual([`intro\n\n${long}`, `${long}\n\nfin`]);
    for (const message of messages) expect(message.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
  });

  it('cuts a paragraph longer than a message at a space, never inside a word', () => {
    const words = Array.from({ length: 700 }, (_, i) => `mot${i}`).join(' ');
    const messages = packMessages([words]);
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) expect(message.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(messages.join(' ')).toBe(words);
  });

  it('cuts text without spaces at the limit, never inside an emoji', () => {
    const text = `${'a'.repeat(MESSAGE_LIMIT - 1)}😀${'b'.repeat(10)}`;
    const messages = packMessages([text]);
    expect(messages).toEqual(['a'.repeat(MESSAGE_LIMIT - 1), `😀${'b'.repeat(10)}`]);
  });

  it('leaves out empty paragraphs', () => {
    expect(packMessages(['a', '  ', 'b'])).toEqual(['a\n\nb']);
  });
});
