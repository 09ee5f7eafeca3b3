import { describe, expect, it } from 'vitest';
import { shortcutAction, type KeyLike } from './shortcuts';

const key = (init: Partial<KeyLike>): KeyLike => ({
  key: '',
  code: '',
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...init,
});

describe('keyboard shortcuts', () => {
  it('are Alt with a letter', () => {
    expect(
      ['j', 'k', 'e', 'm', 'p', 'l', 'n'].map((letter) =>
        shortcutAction(key({ key: letter, altKey: true }), false),
      ),
    ).toEqual(['previous', 'next', 'resolve', 'snooze', 'note', 'reply', 'nextTab']);
  });

  it('work while typing, and with macOS’s Option characters', () => {
    expect(shortcutAction(key({ key: 'P', altKey: true, shiftKey: true }), true)).toBe('note');
    expect(shortcutAction(key({ key: '∆', code: 'KeyJ', altKey: true }), false)).toBe('previous');
  });

  it('leave AltGr (Ctrl+Alt) to AZERTY characters', () => {
    expect(
      shortcutAction(key({ key: '€', code: 'KeyE', altKey: true, ctrlKey: true }), false),
    ).toBeNull();
    expect(shortcutAction(key({ key: 'e', altKey: true, ctrlKey: true }), false)).toBeNull();
  });

  it('open the help with « ? » outside text fields, or Ctrl+/', () => {
    expect(shortcutAction(key({ key: '?', shiftKey: true }), false)).toBe('help');
    expect(shortcutAction(key({ key: '?', shiftKey: true }), true)).toBeNull();
    expect(shortcutAction(key({ key: '/', code: 'Slash', ctrlKey: true }), true)).toBe('help');
  });

  it('go back with Escape', () => {
    expect(shortcutAction(key({ key: 'Escape' }), false)).toBe('back');
    expect(shortcutAction(key({ key: 'x', altKey: true }), false)).toBeNull();
    expect(shortcutAction(key({ key: 'j' }), false)).toBeNull();
  });
});
